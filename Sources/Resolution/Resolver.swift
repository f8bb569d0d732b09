import Entities
import NewsGraphModel

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
    /// The gazetteer's names by transliteration key: made once, with the resolver.
    let keyIndex: GazetteerKeyIndex

    /// Creates a resolver.
    public init(gazetteer: Gazetteer = .shared, transliteration: TransliterationKey = .shared) {
        self.gazetteer = gazetteer
        self.transliteration = transliteration
        keyIndex = GazetteerKeyIndex(gazetteer: gazetteer, transliteration: transliteration)
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
    /// Document ids are unique (the input readers refuse a repeated id).
    public func resolve(analyses: consuming [DocumentAnalysis], jobs: Int = 1) -> Graph {
        resolve(prepared: ParallelMap.map(analyses, jobs: jobs) { PreparedDocument($0) }, jobs: jobs)
    }

    /// The graph of all documents, each prepared (see ``PreparedDocument``)
    /// on the thread that analysed it: what ``resolve(analyses:jobs:)`` gives for their analyses.
    public func resolve(prepared documents: consuming [PreparedDocument], jobs: Int = 1) -> Graph {
        GraphBuilder.build(merging: builders(for: documents, jobs: jobs), jobs: jobs)
    }

    /// One builder for each job, each with a run of the documents (in document
    /// order) added, once their entities are resolved across documents.
    private func builders(for documents: consuming [PreparedDocument], jobs: Int) -> [GraphBuilder] {
        var sorted = documents
        sorted.sort { $0.id < $1.id }
        let entities = EntityResolution(
            documents: sorted.map(\.entities), gazetteer: gazetteer, keyIndex: keyIndex,
            transliteration: transliteration, jobs: jobs)
        let allEdges = sorted.reduce(0) { $0 + $1.analysis.edges.count }
        let runs = DocumentRuns(consume sorted, count: jobs)
        return ParallelMap.map(runs.indices, jobs: jobs, chunk: 1) { run in
            var builder = GraphBuilder()
            var documents = runs.take(run)
            // The first builder's edges become the graph's: it makes room for all.
            builder.reserveCapacity(
                nodes: Self.mostNodes(of: documents, entities: entities),
                edges: run == 0 ? allEdges : documents.reduce(0) { $0 + $1.analysis.edges.count })
            for index in documents.indices {
                let analysis = documents[index].takeAnalysis()
                let added = AddedDocument(
                    analysis: analysis, number: runs.start(of: run) + index, entities: documents[index].entities,
                    statements: documents[index].statements, nodeID: documents[index].nodeID, resolution: entities)
                add(added, builder: &builder)
            }
            return builder
        }
    }

    /// Room for the nodes some documents add: a document node each, about
    /// one Statement or unnamed source an edge, and at most every group of entities.
    private static func mostNodes(of documents: [PreparedDocument], entities: EntityResolution) -> Int {
        documents.reduce(entities.groupCount) { $0 + 1 + $1.analysis.edges.count }
    }

    /// A document being added, with its entities and what they resolve to.
    private struct AddedDocument {
        /// The analysis.
        var analysis: DocumentAnalysis
        /// Its position in document order.
        var number: Int
        /// Its entities.
        var entities: DocumentEntityList
        /// The Statement each edge points at (see ``StatementResolution/statements(of:)``).
        var statements: StatementResolution.DocumentStatements
        /// The id of the document's node.
        var nodeID: String
        /// The resolution of all documents' entities.
        var resolution: EntityResolution

        /// The document id.
        var id: String { analysis.document.id }

        /// The canonical name of local entity `index`: its resolved name, or its own for unnamed sources.
        func name(of index: Int) -> String {
            resolution.resolved(index, in: number)?.name ?? entities.locals[index].ref.name
        }
    }

    /// Adds a document's node, the nodes of its entities and its edges.
    private func add(_ document: AddedDocument, builder: inout GraphBuilder) {
        let info = document.analysis.document
        builder.addDocument(info)
        builder.addNode(id: document.nodeID, type: .document, label: info.title ?? info.id, document: info.id, text: info.title)
        var nodes = [GraphBuilder.AddedNode?](repeating: nil, count: document.entities.locals.count)
        for index in document.entities.nodeOrder {
            nodes[index] = addNode(for: index, of: document, builder: &builder)
        }
        let edges = document.analysis.edges
        for number in edges.indices {
            let ends = document.entities.ends[number]
            guard let source = nodes[ends.source] else { continue }
            let target: GraphBuilder.AddedNode
            let local: Int?
            if let text = document.statements.edgeTexts[number] {
                // The Statement's fields are read in place: a copy would retain and release its strings.
                target = builder.insertNode(
                    id: document.statements.byText[text].id, label: document.statements.byText[text].label,
                    document: info.id, text: document.statements.byText[text].text)
                local = nil
            } else {
                guard let entity = ends.target, let node = nodes[entity] else { continue }
                target = node
                local = entity
            }
            let deployment = edges[number].deployment.map { resolved($0, target: local, in: document) }
            builder.add(
                Self.edge(number, of: edges, from: source.id, to: target.id, deployment: deployment, in: info),
                from: source, to: target)
        }
    }

    /// Deployment attributes with canonical names: the destination (when none
    /// is stated, the entity the edge points at, local entity `target`) and the claimant.
    private func resolved(_ extracted: Deployment, target: Int?, in document: AddedDocument) -> Deployment {
        var deployment = extracted
        if deployment.destination == nil, let target { deployment.destination = document.name(of: target) }
        if let destination = deployment.destination {
            deployment.destination = canonicalName(destination, in: document, types: Self.destinationTypes)
        }
        if let claimant = deployment.claimedBy {
            deployment.claimedBy = canonicalName(claimant, in: document, types: Self.claimantTypes)
        }
        return deployment
    }

    /// The graph's edge of extracted edge `number` of document `info`, between
    /// the nodes `source` and `target`: its fields read in place, for a copy of
    /// the extracted edge would retain and release all its strings.
    private static func edge(
        _ number: Int, of edges: [ExtractedEdge], from source: String, to target: String, deployment: Deployment?,
        in info: DocumentInfo
    ) -> Edge {
        Edge(
            source: source, target: target, type: edges[number].type,
            provenance: Provenance(
                document: info.id, evidence: edges[number].evidence, sentence: edges[number].sentence, date: info.date),
            sourceSpan: edges[number].sourceSpan, cueSpan: edges[number].cueSpan,
            contentSpan: edges[number].contentSpan, form: edges[number].form, deployment: deployment,
            rule: edges[number].rule)
    }

    /// Adds the node of local entity `index` with all its mentions brought
    /// and returns it (nil for types that are no actors or places).
    private func addNode(for index: Int, of document: AddedDocument, builder: inout GraphBuilder)
        -> GraphBuilder.AddedNode?
    {
        let local = document.entities.locals[index]
        let ref = local.ref
        if let resolved = document.resolution.resolved(index, in: document.number) {
            return builder.insertNode(
                id: resolved.nodeID, idHash: resolved.nodeIDHash, type: ref.type, label: resolved.name,
                surfaces: local.surfaces, document: document.id, roles: local.roles)
        }
        guard let own = document.entities.ownNode(of: index) else { return nil }
        return builder.insertNode(
            id: own.id, idHash: own.idHash, type: .unnamedSource, label: ref.name, surfaces: local.surfaces,
            document: document.id, roles: local.roles)
    }

    /// The entity types a deployment's destination is looked for in, in order of preference.
    private static let destinationTypes = entityTypes(preferring: [.country, .location])
    /// The entity types a deployment's claimant is looked for in, in order of preference.
    private static let claimantTypes = entityTypes(preferring: [.person, .organization, .country])

    /// Every entity type, the `preferred` first (in their order), then the others.
    private static func entityTypes(preferring preferred: [NodeType]) -> [NodeType] {
        preferred + NodeType.allCases.filter { $0.isEntity && !preferred.contains($0) }
    }

    /// The canonical name of an entity a document names in a deployment
    /// attribute: the entity of that name in the document (the first of
    /// `types`, see ``entityTypes(preferring:)``), else the gazetteer's name, else the name itself.
    private func canonicalName(_ name: String, in document: AddedDocument, types: [NodeType]) -> String {
        for type in types {
            if let local = document.entities.local(EntityRef(type, name)) { return document.name(of: local) }
        }
        return gazetteer.lookup(name)?.canonical ?? name
    }
}
