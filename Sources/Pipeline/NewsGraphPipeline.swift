import ExportSupport
import Entities
import Extraction
import Foundation
import GermanText
import Inputs
import Lexicons
import NewsGraphModel
import RDFExport
import Resolution

/// The whole job: read the inputs, analyse every article (in parallel),
/// resolve entities across articles, and write the exports.
///
/// ```swift
/// let pipeline = NewsGraphPipeline()
/// let report = try pipeline.run(inputs: ["Corpus/seeds"], outputFolder: URL(fileURLWithPath: "Exports/seeds"))
/// print(report.nodes, report.edges)
/// ```
///
/// The graph, and so every export, depends only on the set of articles read:
/// not on the number of jobs, nor on the order the inputs are given in.
public struct NewsGraphPipeline: Sendable {
    /// The per-document analysis.
    public let extractor: Extractor
    /// The cross-document resolution.
    public let resolver: Resolver

    /// Creates a pipeline with the lexicons and gazetteers under `Ontology/`.
    public init(extractor: Extractor = Extractor(), resolver: Resolver = Resolver()) {
        self.extractor = extractor
        self.resolver = resolver
    }

    /// Reads, analyses, resolves and exports. `onProblem` hears of each input
    /// that failed or was skipped, as soon as it is met.
    public func run(
        inputs: [String], outputFolder: URL, options: PipelineOptions = PipelineOptions(),
        onProblem: (InputItem) -> Void = { _ in }
    ) throws -> RunReport {
        let start = DispatchTime.now()
        var report = RunReport()
        let graph = try buildGraph(inputs: inputs, options: options, report: &report, onProblem: onProblem)
        try FileManager.default.createDirectory(at: outputFolder, withIntermediateDirectories: true)
        InterruptCleanup.removeStale(in: outputFolder)
        report.exportSeconds = try export(graph, to: outputFolder, formats: options.formats, jobs: options.jobs)
        Self.releaseInBackground(graph)
        report.totalSeconds = seconds(since: start)
        return report
    }

    /// Throws when the `Ontology/` folder is missing or one of the lexicons the
    /// pipeline reads from it could not be read.
    static func checkOntology() throws {
        guard OntologyDirectory.locate() != nil else { throw LexiconError.ontologyNotFound }
        let problems = [
            GermanLexicon.loaded.problem, EntityLexicon.loaded.problem, Gazetteer.loaded.problem,
            ExtractionLexicon.loaded.problem, TransliterationKey.loaded.problem,
        ].compactMap { $0 }
        guard problems.isEmpty else { throw LexiconError.unusable(problems) }
    }

    /// Lets `graph` go on a background thread. Freeing the nodes and edges of
    /// a large graph takes a while (about 0.1 s for 10,000 articles) that a
    /// caller done with the graph need not wait for; a process that exits
    /// meanwhile does not free it at all.
    public static func releaseInBackground(_ graph: consuming Graph) {
        let handedOver = graph
        DispatchQueue.global(qos: .utility).async { withExtendedLifetime(handedOver) {} }
    }

    /// Reads and analyses the inputs and resolves them into one graph.
    ///
    /// Articles are read in batches; while one batch is analysed on `jobs`
    /// threads, the next is read, so reading never leaves a core idle.
    /// Throws before reading anything when there is no `Ontology/` folder or one
    /// of its lexicons cannot be read (``LexiconError``): without them the graph
    /// would be a fraction of itself, and nothing would say why.
    public func buildGraph(
        inputs: [String], options: PipelineOptions = PipelineOptions(), report: inout RunReport,
        onProblem: (InputItem) -> Void = { _ in }
    ) throws -> Graph {
        try Self.checkOntology()
        var progress = ProgressLine(enabled: options.showProgress)
        var documents: [PreparedDocument] = []
        var batch: [Article] = []
        batch.reserveCapacity(options.batchSize)
        var inFlight: (group: DispatchGroup, result: BatchResult)?
        func collect() {
            guard let (group, result) = inFlight else { return }
            group.wait()
            documents.append(contentsOf: result.documents)
            report.extractSeconds += result.seconds
            report.documents += result.documents.count
            progress.update(documents: report.documents, bytes: report.textBytes)
            inFlight = nil
        }
        func dispatch() {
            collect()
            guard !batch.isEmpty else { return }
            let work = batch
            batch.removeAll(keepingCapacity: true)
            let result = BatchResult()
            let group = DispatchGroup()
            DispatchQueue.global().async(group: group) {
                let start = DispatchTime.now()
                result.documents = prepare(work, jobs: options.jobs)
                result.seconds = seconds(since: start)
            }
            inFlight = (group, result)
        }
        var items = InputReader(paths: inputs).makeIterator()
        while true {
            let readStart = DispatchTime.now()
            guard let item = items.next() else { break }
            report.readSeconds += seconds(since: readStart)
            switch item {
            case .article(let article):
                report.textBytes += article.text.utf8.count
                batch.append(article)
                if batch.count >= options.batchSize { dispatch() }
            case .failure(let error):
                onProblem(item)
                report.failures.append(error)
                if options.strict {
                    collect()
                    progress.finish()
                    throw PipelineError.strictStop(error)
                }
            case .skipped(let origin, let reason):
                onProblem(item)
                report.skipped.append((origin, reason))
            }
        }
        dispatch()
        collect()
        progress.finish()
        let resolveStart = DispatchTime.now()
        // Hand the documents over, so that resolution can let each analysis go once it is added.
        var collected: [PreparedDocument] = []
        swap(&collected, &documents)
        let graph = resolver.resolve(prepared: consume collected, jobs: options.jobs)
        report.resolveSeconds = seconds(since: resolveStart)
        report.nodes = graph.nodes.count
        report.edges = graph.edges.count
        return graph
    }

    /// Analyses one article on its own: what `newsgraph explain` shows.
    public func analyze(_ article: Article) -> DocumentAnalysis {
        extractor.analyze(document: article.documentInfo, text: article.text)
    }

    /// Analyses a batch on `jobs` threads and prepares each analysis for
    /// resolution on the thread that made it; results keep the batch's order.
    private func prepare(_ batch: [Article], jobs: Int) -> [PreparedDocument] {
        ParallelMap.map(batch, jobs: jobs, chunk: 1) { PreparedDocument(analyze($0)) }
    }

    /// Writes the formats as one set: each is written in full to a temporary
    /// file, and only when all are written are they renamed over the previous
    /// exports, together (see ``AtomicFile/commit(_:)``). A format that fails
    /// leaves every previous export as it was; a format named twice is written once. Returns the
    /// seconds each format took.
    ///
    /// With more than one job the formats are written on `jobs` threads at
    /// once, the longest first (see ``ExportFormat/relativeCost``): each
    /// thread takes the next format as soon as it is done with one, so the
    /// threads finish at about the same time.
    ///
    /// N-Triples and Turtle list the same triples: they share them through
    /// `triples`, which a caller writing the formats of one graph in several
    /// calls can pass to each.
    public func export(
        _ graph: Graph, to folder: URL, formats: [ExportFormat], jobs: Int = 1, triples: SharedTriples = SharedTriples()
    ) throws -> [ExportFormat: Double] {
        let distinct = formats.enumerated().filter { formats.firstIndex(of: $0.element) == $0.offset }.map(\.element)
        let queue = distinct.sorted { $0.relativeCost > $1.relativeCost }
        let outcomes = ParallelMap.map(queue, jobs: max(1, jobs), chunk: 1) {
            format -> Result<(file: AtomicFile.StagedFile, seconds: Double), PipelineError> in
            let start = DispatchTime.now()
            do {
                let file = try format.exporter(sharing: triples).stage(
                    graph, to: folder.appendingPathComponent(format.fileName))
                return .success((file, seconds(since: start)))
            } catch {
                return .failure(.exportFailed(format, error))
            }
        }
        let outcome = Dictionary(uniqueKeysWithValues: zip(queue, outcomes))
        let results = distinct.map { outcome[$0]! }
        let staged = results.compactMap { try? $0.get().file }
        for case .failure(let error) in results {
            AtomicFile.discard(staged)
            throw error
        }
        do {
            try AtomicFile.commit(staged)
        } catch {
            throw PipelineError.commitFailed(error)
        }
        var timings: [ExportFormat: Double] = [:]
        for (format, result) in zip(distinct, results) {
            timings[format] = try result.get().seconds
        }
        return timings
    }
}

extension Article {
    /// The article's description for the graph.
    public var documentInfo: DocumentInfo {
        DocumentInfo(id: id, title: title, date: date, url: url, outlet: outlet, origin: origin)
    }
}
