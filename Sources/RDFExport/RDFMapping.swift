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
    enum Subject {
        case node(Int)
        case edge(Int)
        case document(String)
    }

    private let graph: Graph
    private let edgeIDs: [String]
    private let documents: [String: DocumentInfo]
    private let directTargets: [String: [(EdgeType, String)]]
    private let speakersByLabel: [String: String]
    private let entitiesByLabel: [String: String]

    /// Prepares the mapping of `graph`.
    init(_ graph: Graph) {
        self.graph = graph
        edgeIDs = EdgeIdentifiers.unique(for: graph.edges)
        var documents: [String: DocumentInfo] = [:]
        for document in graph.documents { documents[document.id] = document }
        for id in graph.nodes.flatMap(\.documents) + graph.edges.map(\.provenance.document) where documents[id] == nil {
            documents[id] = DocumentInfo(id: id)
        }
        self.documents = documents
        var direct: [String: [(EdgeType, String)]] = [:]
        for edge in graph.edges { direct[edge.source, default: []].append((edge.type, edge.target)) }
        directTargets = direct.mapValues { pairs in
            var unique: [(EdgeType, String)] = []
            for pair in pairs.sorted(by: <) where unique.last.map({ $0 != pair }) ?? true { unique.append(pair) }
            return unique
        }
        var speakers: [String: String] = [:]
        var entities: [String: String] = [:]
        for node in graph.nodes {
            if node.type.canSpeak, speakers[node.label] == nil { speakers[node.label] = node.iri }
            if node.type.isEntity, entities[node.label] == nil { entities[node.label] = node.iri }
        }
        speakersByLabel = speakers
        entitiesByLabel = entities
    }

    /// The IRI of the document with id `id`.
    static func documentIRI(_ id: String) -> String {
        Identifier.iri(for: Identifier.hashedID(.document, key: id))
    }

    /// Every subject with its IRI, sorted by IRI.
    func subjects() -> [(iri: String, subject: Subject)] {
        var all: [(iri: String, subject: Subject)] = []
        all.reserveCapacity(graph.nodes.count + graph.edges.count + documents.count)
        for (index, node) in graph.nodes.enumerated() { all.append((node.iri, .node(index))) }
        for (index, id) in edgeIDs.enumerated() { all.append((Identifier.iri(for: id), .edge(index))) }
        for id in documents.keys { all.append((Self.documentIRI(id), .document(id))) }
        all.sort { $0.iri.utf8.lexicographicallyPrecedes($1.iri.utf8) }
        return all
    }

    /// The triples of one subject.
    func description(of subject: Subject, iri: String) -> RDFDescription {
        var description = RDFDescription(subject: iri)
        switch subject {
        case .node(let index): describe(graph.nodes[index], into: &description)
        case .edge(let index): describe(graph.edges[index], into: &description)
        case .document(let id): describe(documents[id] ?? DocumentInfo(id: id), into: &description)
        }
        return description
    }

    private func describe(_ node: Node, into description: inout RDFDescription) {
        description.add(RDFVocabulary.type, .iri(RDFVocabulary.nodeClass(node.type)))
        description.add(RDFVocabulary.label, .string(node.label))
        for alias in node.aliases { description.add(RDFVocabulary.altLabel, text: alias) }
        description.add(RDFVocabulary.ng("text"), text: node.text)
        for role in node.roles { description.add(RDFVocabulary.ng("role"), text: role) }
        for document in node.documents {
            description.add(RDFVocabulary.ng("mentionedIn"), .iri(Self.documentIRI(document)))
        }
        for (type, target) in directTargets[node.id] ?? [] {
            description.add(RDFVocabulary.directProperty(type), .iri(Identifier.iri(for: target)))
        }
    }

    private func describe(_ edge: Edge, into description: inout RDFDescription) {
        let document = Self.documentIRI(edge.provenance.document)
        description.add(RDFVocabulary.type, .iri(RDFVocabulary.relationClass(edge.type)))
        description.add(RDFVocabulary.ng("agent"), .iri(Identifier.iri(for: edge.source)))
        description.add(RDFVocabulary.ng("object"), .iri(Identifier.iri(for: edge.target)))
        description.add(RDFVocabulary.ng("document"), .iri(document))
        description.add(RDFVocabulary.wasDerivedFrom, .iri(document))
        description.add(RDFVocabulary.ng("evidence"), .string(edge.provenance.evidence))
        addSpan(edge.provenance.sentence, "sentence", into: &description)
        addSpan(edge.sourceSpan, "source", into: &description)
        addSpan(edge.cueSpan, "cue", into: &description)
        addSpan(edge.contentSpan, "content", into: &description)
        description.add(RDFVocabulary.ng("form"), text: edge.form?.rawValue)
        if let deployment = edge.deployment {
            if let quantity = deployment.quantity { description.add(RDFVocabulary.ng("quantity"), .integer(quantity)) }
            description.add(RDFVocabulary.ng("approximate"), .boolean(deployment.approximate))
            description.add(RDFVocabulary.ng("unit"), text: deployment.unit)
            if let destination = destinationIRI(of: edge, deployment) {
                description.add(RDFVocabulary.ng("destination"), .iri(destination))
            }
            description.add(RDFVocabulary.ng("destinationName"), text: deployment.destination)
            if let claimant = deployment.claimedBy.flatMap({ speakersByLabel[$0] ?? entitiesByLabel[$0] }) {
                description.add(RDFVocabulary.ng("claimedBy"), .iri(claimant))
            }
            description.add(RDFVocabulary.ng("claimedByName"), text: deployment.claimedBy)
        }
        let day = CalendarDay.day(of: edge.provenance.date) ?? CalendarDay.day(of: documents[edge.provenance.document]?.date)
        if let day { description.add(RDFVocabulary.ng("date"), .date(day)) }
        description.add(RDFVocabulary.ng("rule"), text: edge.rule)
    }

    /// A deployment's destination: the edge's target when that is an entity,
    /// else the entity whose label is the destination's name.
    private func destinationIRI(of edge: Edge, _ deployment: Deployment) -> String? {
        if let target = graph.node(withID: edge.target), target.type.isEntity { return target.iri }
        return deployment.destination.flatMap { entitiesByLabel[$0] }
    }

    private func addSpan(_ span: Span?, _ name: String, into description: inout RDFDescription) {
        guard let span else { return }
        description.add(RDFVocabulary.ng(name + "Start"), .integer(span.start))
        description.add(RDFVocabulary.ng(name + "End"), .integer(span.end))
    }

    private func describe(_ document: DocumentInfo, into description: inout RDFDescription) {
        description.add(RDFVocabulary.type, .iri(RDFVocabulary.ng("Document")))
        description.add(RDFVocabulary.identifier, .string(document.id))
        description.add(RDFVocabulary.title, text: document.title)
        if let day = CalendarDay.day(of: document.date) {
            description.add(RDFVocabulary.dateTerm, .date(day))
        } else {
            description.add(RDFVocabulary.dateTerm, text: document.date)
        }
        if let url = document.url {
            if let iri = RDFSyntax.iri(fromURL: url) {
                description.add(RDFVocabulary.url, .iri(iri))
            } else {
                description.add(RDFVocabulary.url, text: url)
            }
        }
        description.add(RDFVocabulary.publisher, text: document.outlet)
    }
}
