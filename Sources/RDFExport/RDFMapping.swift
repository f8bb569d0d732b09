import ExportSupport
import NewsGraphModel

/// How a ``NewsGraphModel/Graph`` becomes triples under the NewsGraph ontology.
///
/// - Each node: `rdf:type` its class, `rdfs:label`, `skos:altLabel` per
///   alias, `ng:text` (Statements), `ng:role`, `ng:mentionedIn` per
///   document, and the direct triples `ng:asserts`/`ng:denies`/`ng:deploys`
///   to the targets of its edges.
/// - Each edge: an n-ary relation node (IRI from its unique edge id) of class
///   `ng:Assertion`/`ng:Denial`/`ng:Deployment` with `ng:agent`,
///   `ng:object`, `ng:document` and `prov:wasDerivedFrom`, `ng:evidence`,
///   the offsets, `ng:form`, the deployment attributes and `ng:date`.
/// - Each document (listed in the graph or referred to by a node or edge):
///   `ng:Document` with `dcterms:identifier`, `dcterms:title`,
///   `dcterms:date`, `schema:url`, `schema:publisher` when known.
///
/// Subjects come sorted by IRI, each with its predicates in a fixed order,
/// so the output depends only on the graph.
struct RDFMapping {
    /// One subject of the export.
    private enum Subject {
        case node(Int)
        case edge(Int)
        case document(String)
    }

    private let graph: Graph
    private let edgeIDs: [String]
    private let documents: [String: DocumentInfo]
    /// The resource id of each document, by document id (see ``documentID(_:)``).
    private let documentIDs: [String: String]
    private let directTargets: [String: [(EdgeType, String)]]
    private let speakersByLabel: [String: String]
    private let entitiesByLabel: [String: String]

    /// Prepares the mapping of `graph`.
    init(_ graph: Graph) {
        self.graph = graph
        edgeIDs = EdgeIdentifiers.unique(for: graph.edges)
        var documents: [String: DocumentInfo] = [:]
        for document in graph.documents { documents[document.id] = document }
        for node in graph.nodes {
            for id in node.documents where documents[id] == nil { documents[id] = DocumentInfo(id: id) }
        }
        for edge in graph.edges where documents[edge.provenance.document] == nil {
            documents[edge.provenance.document] = DocumentInfo(id: edge.provenance.document)
        }
        self.documents = documents
        documentIDs = documents.mapValues { Self.documentID($0.id) }
        var direct: [String: [(EdgeType, String)]] = [:]
        for edge in graph.edges { direct[edge.source, default: []].append((edge.type, edge.target)) }
        directTargets = direct.mapValues { pairs in
            var unique: [(EdgeType, String)] = []
            for pair in pairs.sorted(by: <) where unique.last.map({ $0 != pair }) ?? true { unique.append(pair) }
            return unique
        }
        (speakersByLabel, entitiesByLabel) = Self.nodesByLabel(graph)
    }

    /// The speaking and the entity nodes whose labels name a deployment's
    /// claimant or destination, by label (first by id wins).
    private static func nodesByLabel(_ graph: Graph) -> (speakers: [String: String], entities: [String: String]) {
        var names = Set<String>()
        for edge in graph.edges {
            guard let deployment = edge.deployment else { continue }
            if let name = deployment.claimedBy { names.insert(name) }
            if let name = deployment.destination { names.insert(name) }
        }
        guard !names.isEmpty else { return ([:], [:]) }
        // Comparing lengths first spares hashing the labels that cannot match.
        let lengths = Set(names.map(\.utf8.count))
        var speakers: [String: String] = [:]
        var entities: [String: String] = [:]
        for node in graph.nodes where lengths.contains(node.label.utf8.count) && names.contains(node.label) {
            if node.type.canSpeak, speakers[node.label] == nil { speakers[node.label] = node.iri }
            if node.type.isEntity, entities[node.label] == nil { entities[node.label] = node.iri }
        }
        return (speakers, entities)
    }

    /// The id of the document resource with document id `id`.
    static func documentID(_ id: String) -> String { Identifier.hashedID(.document, key: id) }

    /// Sends every triple to `sink`, subjects sorted by IRI. Every subject's
    /// IRI is the resource namespace and its id, so sorting the ids sorts the IRIs.
    func write(to sink: inout some RDFSink) {
        var subjects: [(id: String, subject: Subject)] = []
        subjects.reserveCapacity(graph.nodes.count + graph.edges.count + documents.count)
        // Document nodes are described once, from the graph's documents, below.
        for (index, node) in graph.nodes.enumerated() where node.type != .document {
            subjects.append((node.id, .node(index)))
        }
        for (index, id) in edgeIDs.enumerated() { subjects.append((id, .edge(index))) }
        for (id, resource) in documentIDs { subjects.append((resource, .document(id))) }
        subjects.sort { $0.id < $1.id }
        for (id, subject) in subjects {
            sink.begin(subject: Identifier.iri(for: id))
            switch subject {
            case .node(let index): describe(graph.nodes[index], to: &sink)
            case .edge(let index): describe(graph.edges[index], to: &sink)
            case .document(let id): describe(documents[id] ?? DocumentInfo(id: id), to: &sink)
            }
            sink.end()
        }
    }

    /// The resource id of a document.
    private func resource(ofDocument id: String) -> String { documentIDs[id] ?? Self.documentID(id) }

    private func describe(_ node: Node, to sink: inout some RDFSink) {
        sink.add(RDFVocabulary.type, .iri(RDFVocabulary.nodeClass(node.type)))
        sink.add(RDFVocabulary.label, .string(node.label))
        for alias in node.aliases { sink.add(RDFVocabulary.altLabel, text: alias) }
        sink.add(RDFVocabulary.text, text: node.text)
        for role in node.roles { sink.add(RDFVocabulary.role, text: role) }
        for document in node.documents { sink.add(RDFVocabulary.mentionedIn, .resource(resource(ofDocument: document))) }
        for (type, target) in directTargets[node.id] ?? [] {
            sink.add(RDFVocabulary.directProperty(type), .resource(target))
        }
    }

    private func describe(_ edge: Edge, to sink: inout some RDFSink) {
        let document = RDFTerm.resource(resource(ofDocument: edge.provenance.document))
        sink.add(RDFVocabulary.type, .iri(RDFVocabulary.relationClass(edge.type)))
        sink.add(RDFVocabulary.agent, .resource(edge.source))
        sink.add(RDFVocabulary.object, .resource(edge.target))
        sink.add(RDFVocabulary.document, document)
        sink.add(RDFVocabulary.wasDerivedFrom, document)
        sink.add(RDFVocabulary.evidence, .string(edge.provenance.evidence))
        addSpan(edge.provenance.sentence, RDFVocabulary.sentenceStart, RDFVocabulary.sentenceEnd, to: &sink)
        addSpan(edge.sourceSpan, RDFVocabulary.sourceStart, RDFVocabulary.sourceEnd, to: &sink)
        addSpan(edge.cueSpan, RDFVocabulary.cueStart, RDFVocabulary.cueEnd, to: &sink)
        addSpan(edge.contentSpan, RDFVocabulary.contentStart, RDFVocabulary.contentEnd, to: &sink)
        sink.add(RDFVocabulary.form, text: edge.form?.rawValue)
        if let deployment = edge.deployment {
            if let quantity = deployment.quantity { sink.add(RDFVocabulary.quantity, .integer(quantity)) }
            sink.add(RDFVocabulary.approximate, .boolean(deployment.approximate))
            sink.add(RDFVocabulary.unit, text: deployment.unit)
            if let destination = destinationIRI(of: edge, deployment) {
                sink.add(RDFVocabulary.destination, .iri(destination))
            }
            sink.add(RDFVocabulary.destinationName, text: deployment.destination)
            if let claimant = deployment.claimedBy.flatMap({ speakersByLabel[$0] ?? entitiesByLabel[$0] }) {
                sink.add(RDFVocabulary.claimedBy, .iri(claimant))
            }
            sink.add(RDFVocabulary.claimedByName, text: deployment.claimedBy)
        }
        let day = CalendarDay.day(of: edge.provenance.date) ?? CalendarDay.day(of: documents[edge.provenance.document]?.date)
        if let day { sink.add(RDFVocabulary.date, .date(day)) }
        sink.add(RDFVocabulary.rule, text: edge.rule)
    }

    /// A deployment's destination: the edge's target when that is an entity,
    /// else the entity whose label is the destination's name.
    private func destinationIRI(of edge: Edge, _ deployment: Deployment) -> String? {
        if let target = graph.node(withID: edge.target), target.type.isEntity { return target.iri }
        return deployment.destination.flatMap { entitiesByLabel[$0] }
    }

    private func addSpan(_ span: Span?, _ start: RDFPredicate, _ end: RDFPredicate, to sink: inout some RDFSink) {
        guard let span else { return }
        sink.add(start, .integer(span.start))
        sink.add(end, .integer(span.end))
    }

    private func describe(_ document: DocumentInfo, to sink: inout some RDFSink) {
        sink.add(RDFVocabulary.type, .iri(RDFVocabulary.documentClass))
        sink.add(RDFVocabulary.identifier, .string(document.id))
        sink.add(RDFVocabulary.title, text: document.title)
        if let day = CalendarDay.day(of: document.date) {
            sink.add(RDFVocabulary.dctermsDate, .date(day))
        } else {
            sink.add(RDFVocabulary.dctermsDate, text: document.date)
        }
        if let url = document.url {
            if let iri = RDFSyntax.iri(fromURL: url) {
                sink.add(RDFVocabulary.url, .iri(iri))
            } else {
                sink.add(RDFVocabulary.url, text: url)
            }
        }
        sink.add(RDFVocabulary.publisher, text: document.outlet)
    }
}
