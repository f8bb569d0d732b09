import Entities
import NewsGraphModel

#if canImport(Glibc)
    import Glibc
#endif

/// Turns the analyses of many documents into one graph: one node per
/// real-world referent, one Statement node per proposition, every edge with
/// its provenance. The output does not depend on the order of the analyses.
///
/// ```swift
/// let graph = Resolver().resolve(analyses: analyses)
/// ```
///
/// - Entities fold across documents by gazetteer entry, genitive, transliteration key
///   and surname (see ``resolve(analyses:)``); aliases are every name written for them.
/// - Statements: one node per normalised content; an asserted and a denied clause of one
///   document whose words cover 80 % of each other's are one Statement.
/// - Unnamed sources are one node per description and document.
/// - Each document is a `Document` node labelled with its headline (or id).
public struct Resolver: Sendable {
    /// The gazetteer whose canonical names win.
    public let gazetteer: Gazetteer
    /// The key that folds transliterations.
    public let transliteration: TransliterationKey

    /// Creates a resolver.
    public init(gazetteer: Gazetteer = .shared, transliteration: TransliterationKey = .shared) {
        self.gazetteer = gazetteer
        self.transliteration = transliteration
    }

    /// The graph of all analyses.
    ///
    /// An entity's node is named by its gazetteer entry when it has one (found by
    /// name, by a surface, or by the transliteration key of a listed name), else by
    /// the fullest form of its group (most words, then most mentions, then the
    /// smallest string). Groups form by equal transliteration key of the name
    /// without a genitive `-s`, within one type; a one-word Person name joins the
    /// one full name ending in it (in its document first, else in the corpus).
    /// Deployment edges to an entity point at that entity's node; their
    /// `destination` and `claimedBy` hold canonical names.
    ///
    /// `jobs` threads share the per-document work; the graph is the same for any number.
    /// Each analysis is let go once its nodes and edges are added, so that
    /// the analyses and the graph are not whole in memory at once.
    public func resolve(analyses: consuming [DocumentAnalysis], jobs: Int = 1) -> Graph {
        var builders = builders(for: analyses, jobs: jobs)
        var builder = builders.removeFirst()
        while !builders.isEmpty { builder.merge(builders.removeFirst()) }  // each let go once merged
        Self.returnFreedMemory()  // what resolution's tables and the merged builders held, before the graph is made
        return builder.build(jobs: jobs)
    }

    /// One builder for each job, each with a run of the documents (in document
    /// order) added; the tables of entity and statement resolution go with the call.
    private func builders(for analyses: consuming [DocumentAnalysis], jobs: Int) -> [GraphBuilder] {
        var sorted = analyses
        sorted.sort { $0.document.id < $1.document.id }
        // Entities and statements resolve independently: with two jobs or more, side by side.
        let (entities, statements) = SideBySide.run(
            parallel: jobs > 1,
            { [sorted, gazetteer, transliteration] in
                EntityResolution(analyses: sorted, gazetteer: gazetteer, transliteration: transliteration)
            },
            { StatementResolution(analyses: sorted, jobs: max(1, jobs - 1)) })
        let runs = DocumentRuns(consume sorted, count: jobs)
        return ParallelMap.map(runs.indices, jobs: jobs, chunk: 1) { run in
            var builder = GraphBuilder()
            var analyses = runs.take(run)
            for index in analyses.indices {
                let analysis = analyses[index]
                analyses[index] = DocumentAnalysis(document: analysis.document)
                if index % Self.trimInterval == Self.trimInterval - 1 || index == analyses.count - 1 {
                    Self.returnFreedMemory()
                }
                add(analysis, entities: entities, statements: statements, builder: &builder)
            }
            return builder
        }
    }

    /// Adds a document's node, the nodes of its mentions and its edges.
    private func add(
        _ analysis: DocumentAnalysis, entities: EntityResolution, statements: StatementResolution,
        builder: inout GraphBuilder
    ) {
        let document = analysis.document
        builder.addDocument(document)
        builder.addNode(
            id: Identifier.hashedID(.document, key: document.id), type: .document,
            label: document.title ?? document.id,
            document: document.id, text: document.title)
        for mention in analysis.mentions {
            addNode(
                for: mention.entity, in: document.id, surfaces: mention.isName ? [mention.surface] : [],
                roles: mention.role.map { [$0] } ?? [], entities: entities, builder: &builder)
        }
        for edge in analysis.edges {
            add(edge, of: document, entities: entities, statements: statements, builder: &builder)
        }
    }

    /// How many documents are added between two ``returnFreedMemory()`` calls.
    static let trimInterval = 20_000

    /// Hands the memory of the analyses let go so far back to the system.
    /// They were allocated by the extraction threads, so the graph being
    /// built on this one could not reuse it; glibc's `malloc_trim` releases
    /// the free pages of every thread's arena.
    private static func returnFreedMemory() {
        #if canImport(Glibc)
            _ = mallocTrim?(0)
        #endif
    }

    #if canImport(Glibc)
        /// glibc's `malloc_trim`, which its Swift module does not export (nil where it is missing).
        private static let mallocTrim: (@convention(c) (Int) -> Int32)? = dlsym(nil, "malloc_trim").map {
            unsafeBitCast($0, to: (@convention(c) (Int) -> Int32).self)
        }
    #endif

    /// Adds the node of a document-level entity and returns its id (nil for types that are no actors or places).
    @discardableResult
    private func addNode(
        for ref: EntityRef, in document: String, surfaces: [String], roles: [String], entities: EntityResolution,
        builder: inout GraphBuilder
    ) -> String? {
        switch ref.type {
        case .person, .organization, .country, .location:
            let resolved = entities.resolve(ref, in: document)
            return builder.addNode(
                id: entities.nodeID(of: resolved), type: resolved.type, label: resolved.name,
                surfaces: surfaces + [ref.name], document: document, roles: roles)
        case .unnamedSource:
            return builder.addNode(
                id: Identifier.hashedID(.unnamedSource, key: document + "|" + ref.name), type: .unnamedSource,
                label: ref.name, surfaces: surfaces, document: document, roles: roles)
        case .statement, .document:
            return nil
        }
    }

    /// Adds an edge with its target node.
    private func add(
        _ edge: ExtractedEdge, of document: DocumentInfo, entities: EntityResolution, statements: StatementResolution,
        builder: inout GraphBuilder
    ) {
        guard
            let source = addNode(
                for: edge.source, in: document.id, surfaces: [], roles: [], entities: entities, builder: &builder)
        else { return }
        var deployment = edge.deployment
        let target: String
        switch edge.target {
        case .statement(let content):
            let statement = statements.statement(for: content, in: document.id)
            target = builder.addNode(
                id: statement.id, type: .statement, label: statement.label, document: document.id, text: statement.text)
        case .entity(let ref):
            guard
                let id = addNode(
                    for: ref, in: document.id, surfaces: [], roles: [], entities: entities, builder: &builder)
            else { return }
            target = id
            if deployment != nil, deployment?.destination == nil {
                deployment?.destination = entities.resolve(ref, in: document.id).name
            }
        }
        if let destination = deployment?.destination {
            deployment?.destination = canonicalName(
                destination, in: document.id, preferring: [.country, .location], entities: entities)
        }
        if let claimant = deployment?.claimedBy {
            deployment?.claimedBy = canonicalName(
                claimant, in: document.id, preferring: [.person, .organization, .country], entities: entities)
        }
        builder.add(
            Edge(
                source: source, target: target, type: edge.type,
                provenance: Provenance(
                    document: document.id, evidence: edge.evidence, sentence: edge.sentence, date: document.date),
                sourceSpan: edge.sourceSpan, cueSpan: edge.cueSpan, contentSpan: edge.contentSpan, form: edge.form,
                deployment: deployment, rule: edge.rule))
    }

    /// The canonical name of an entity a document names in a deployment
    /// attribute: the entity of that name in the document (by type
    /// preference), else the gazetteer's name, else the name itself.
    private func canonicalName(
        _ name: String, in document: String, preferring types: [NodeType], entities: EntityResolution
    ) -> String {
        for type in types + NodeType.allCases.filter({ $0.isEntity && !types.contains($0) }) {
            let ref = EntityRef(type, name)
            if entities.canonical[LocalEntity(document: document, ref: ref)] != nil {
                return entities.resolve(ref, in: document).name
            }
        }
        return gazetteer.lookup(name)?.canonical ?? name
    }
}
