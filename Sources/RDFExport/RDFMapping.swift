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
        case document(Int)
    }

    private let graph: Graph
    private let edgeIDs: [String]
    /// Every document listed in the graph or referred to by a node or edge, sorted by resource id.
    private let documents: [DocumentInfo]
    /// The resource id of each of ``documents`` (see ``documentID(_:)``).
    private let documentResources: [String]
    /// The index in ``documents`` of each document, by document id.
    private let documentIndex: [String: Int]
    /// The edges each node is the source of, with distinct type and target,
    /// sorted by type and target: those of node `n` are
    /// `directEdges[directStarts[n]..<directStarts[n + 1]]` (edge indices).
    private let directEdges: [Int]
    /// Where each node's run in ``directEdges`` starts, and the end of the last.
    private let directStarts: [Int]
    private let speakersByLabel: [String: String]
    private let entitiesByLabel: [String: String]

    /// Prepares the mapping of `graph`.
    init(_ graph: Graph) {
        self.graph = graph
        edgeIDs = EdgeIdentifiers.unique(for: graph.edges)
        var infos: [String: DocumentInfo] = [:]
        for document in graph.documents { infos[document.id] = document }
        // By index, not `for node in`, which copies every node; `index(forKey:)`, not the
        // subscript, which would copy the DocumentInfo only to compare it with nil.
        for index in graph.nodes.indices {
            for id in graph.nodes[index].documents where infos.index(forKey: id) == nil { infos[id] = DocumentInfo(id: id) }
        }
        var previous: String?  // edges come by document: look each up once
        for index in graph.edges.indices where graph.edges[index].provenance.document != previous {
            let id = graph.edges[index].provenance.document
            if infos.index(forKey: id) == nil { infos[id] = DocumentInfo(id: id) }
            previous = id
        }
        let sorted = infos.values.map { (resource: Self.documentID($0.id), info: $0) }.sorted { $0.resource < $1.resource }
        documents = sorted.map(\.info)
        documentResources = sorted.map(\.resource)
        documentIndex = Dictionary(uniqueKeysWithValues: sorted.enumerated().map { ($1.info.id, $0) })
        (directEdges, directStarts) = Self.directEdges(graph)
        (speakersByLabel, entitiesByLabel) = Self.nodesByLabel(graph)
    }

    /// The edges of each node as a source, grouped by node (nodes in graph
    /// order) and sorted by type and target within a node, repeats dropped;
    /// with the start of each node's run. Edges whose source is no node are left out.
    private static func directEdges(_ graph: Graph) -> (edges: [Int], starts: [Int]) {
        let edges = graph.edges
        var nodeIndex: [String: Int] = [:]
        nodeIndex.reserveCapacity(graph.nodes.count)
        for index in graph.nodes.indices { nodeIndex[graph.nodes[index].id] = index }
        let sources = edges.indices.map { nodeIndex[edges[$0].source] }
        // Counting sort by source node, then each node's run by type and target.
        var starts = [Int](repeating: 0, count: graph.nodes.count + 1)
        for case let source? in sources { starts[source + 1] += 1 }
        for index in starts.indices.dropFirst() { starts[index] += starts[index - 1] }
        var next = starts
        var grouped = [Int](repeating: 0, count: starts[graph.nodes.count])
        for (edge, source) in sources.enumerated() {
            guard let source else { continue }
            grouped[next[source]] = edge
            next[source] += 1
        }
        var unique: [Int] = []
        unique.reserveCapacity(grouped.count)
        var uniqueStarts = [0]
        uniqueStarts.reserveCapacity(starts.count)
        for node in graph.nodes.indices {
            let run = grouped[starts[node]..<starts[node + 1]]
            guard run.count > 1 else {  // most nodes have one edge or none: nothing to sort
                unique.append(contentsOf: run)
                uniqueStarts.append(unique.count)
                continue
            }
            let sorted = run.sorted { left, right in
                edges[left].type != edges[right].type
                    ? edges[left].type < edges[right].type : edges[left].target < edges[right].target
            }
            for edge in sorted {
                if let last = unique.last, unique.count > uniqueStarts[node], edges[last].type == edges[edge].type,
                    edges[last].target == edges[edge].target
                {
                    continue
                }
                unique.append(edge)
            }
            uniqueStarts.append(unique.count)
        }
        return (unique, uniqueStarts)
    }

    /// The speaking and the entity nodes whose labels name a deployment's
    /// claimant or destination: their ids by label (first by id wins).
    private static func nodesByLabel(_ graph: Graph) -> (speakers: [String: String], entities: [String: String]) {
        var names = Set<String>()
        for index in graph.edges.indices {
            guard let deployment = graph.edges[index].deployment else { continue }
            if let name = deployment.claimedBy { names.insert(name) }
            if let name = deployment.destination { names.insert(name) }
        }
        guard !names.isEmpty else { return ([:], [:]) }
        // Comparing lengths first spares hashing the labels that cannot match.
        let lengths = Set(names.map(\.utf8.count))
        var speakers: [String: String] = [:]
        var entities: [String: String] = [:]
        for node in graph.nodes where lengths.contains(node.label.utf8.count) && names.contains(node.label) {
            if node.type.canSpeak, speakers[node.label] == nil { speakers[node.label] = node.id }
            if node.type.isEntity, entities[node.label] == nil { entities[node.label] = node.id }
        }
        return (speakers, entities)
    }

    /// The id of the document resource with document id `id`.
    static func documentID(_ id: String) -> String { Identifier.hashedID(.document, key: id) }

    /// Sends every triple to `sink`, subjects sorted by IRI. Every subject's
    /// IRI is the resource namespace and its id, so sorting the ids sorts the
    /// IRIs: the nodes (sorted by id in the graph), the edges and the
    /// documents are each sorted, then merged.
    func write(to sink: inout some RDFSink) {
        graph.nodes.withUnsafeBufferPointer { nodes in
            graph.edges.withUnsafeBufferPointer { edges in write(nodes: nodes, edges: edges, to: &sink) }
        }
    }

    /// ``write(to:)`` with the graph's nodes and edges in place: reading them through buffer pointers copies none.
    private func write(nodes: UnsafeBufferPointer<Node>, edges: UnsafeBufferPointer<Edge>, to sink: inout some RDFSink) {
        // Document nodes are described once, from the documents, below.
        let nodeOrder = Self.sorted(Array(nodes.indices.filter { nodes[$0].type != .document })) { nodes[$0].id < nodes[$1].id }
        let edgeOrder = EdgeIdentifiers.order(of: edgeIDs)
        var nextNode = 0
        var nextEdge = 0
        var nextDocument = 0
        while true {
            var subject: Subject?
            var id = ""
            if nextNode < nodeOrder.count {
                subject = .node(nodeOrder[nextNode])
                id = nodes[nodeOrder[nextNode]].id
            }
            if nextEdge < edgeOrder.count, subject == nil || edgeIDs[edgeOrder[nextEdge]] < id {
                subject = .edge(edgeOrder[nextEdge])
                id = edgeIDs[edgeOrder[nextEdge]]
            }
            if nextDocument < documents.count, subject == nil || documentResources[nextDocument] < id {
                subject = .document(nextDocument)
                id = documentResources[nextDocument]
            }
            guard let subject else { return }
            sink.begin(subject: id)
            switch subject {
            case .node(let index):
                describe(nodes.baseAddress! + index, at: index, to: &sink)
                nextNode += 1
            case .edge(let index):
                describe(edges.baseAddress! + index, to: &sink)
                nextEdge += 1
            case .document(let index):
                describe(documents[index], to: &sink)
                nextDocument += 1
            }
            sink.end()
        }
    }

    /// `indices` in the order `precedes` gives; checked in one pass first, as the graph's nodes are sorted already.
    private static func sorted(_ indices: [Int], by precedes: (Int, Int) -> Bool) -> [Int] {
        for position in indices.indices.dropFirst() where !precedes(indices[position - 1], indices[position]) {
            return indices.sorted(by: precedes)
        }
        return indices
    }

    /// The resource id of a document.
    private func resource(ofDocument id: String) -> String {
        guard let index = documentIndex[id] else { return Self.documentID(id) }
        return documentResources[index]
    }

    /// The triples of a node, read in place (passing the `Node` itself would copy it).
    private func describe(_ node: UnsafePointer<Node>, at nodeIndex: Int, to sink: inout some RDFSink) {
        sink.add(RDFVocabulary.type, term: RDFVocabulary.nodeClass(node.pointee.type))
        sink.add(RDFVocabulary.label, string: node.pointee.label)
        for alias in node.pointee.aliases { sink.add(RDFVocabulary.altLabel, text: alias) }
        sink.add(RDFVocabulary.text, text: node.pointee.text)
        for role in node.pointee.roles { sink.add(RDFVocabulary.role, text: role) }
        for document in node.pointee.documents {
            sink.add(RDFVocabulary.mentionedIn, resource: resource(ofDocument: document))
        }
        for index in directEdges[directStarts[nodeIndex]..<directStarts[nodeIndex + 1]] {
            sink.add(RDFVocabulary.directProperty(graph.edges[index].type), resource: graph.edges[index].target)
        }
    }

    /// The triples of an edge's relation node, read in place.
    private func describe(_ edge: UnsafePointer<Edge>, to sink: inout some RDFSink) {
        let document = resource(ofDocument: edge.pointee.provenance.document)
        sink.add(RDFVocabulary.type, term: RDFVocabulary.relationClass(edge.pointee.type))
        sink.add(RDFVocabulary.agent, resource: edge.pointee.source)
        sink.add(RDFVocabulary.object, resource: edge.pointee.target)
        sink.add(RDFVocabulary.document, resource: document)
        sink.add(RDFVocabulary.wasDerivedFrom, resource: document)
        sink.add(RDFVocabulary.evidence, string: edge.pointee.provenance.evidence)
        addSpan(edge.pointee.provenance.sentence, RDFVocabulary.sentenceStart, RDFVocabulary.sentenceEnd, to: &sink)
        addSpan(edge.pointee.sourceSpan, RDFVocabulary.sourceStart, RDFVocabulary.sourceEnd, to: &sink)
        addSpan(edge.pointee.cueSpan, RDFVocabulary.cueStart, RDFVocabulary.cueEnd, to: &sink)
        addSpan(edge.pointee.contentSpan, RDFVocabulary.contentStart, RDFVocabulary.contentEnd, to: &sink)
        sink.add(RDFVocabulary.form, text: edge.pointee.form?.rawValue)
        if let deployment = edge.pointee.deployment {
            if let quantity = deployment.quantity { sink.add(RDFVocabulary.quantity, integer: quantity) }
            sink.add(RDFVocabulary.approximate, boolean: deployment.approximate)
            sink.add(RDFVocabulary.unit, text: deployment.unit)
            if let destination = destinationID(of: edge.pointee.target, deployment) {
                sink.add(RDFVocabulary.destination, resource: destination)
            }
            sink.add(RDFVocabulary.destinationName, text: deployment.destination)
            if let claimant = deployment.claimedBy.flatMap({ speakersByLabel[$0] ?? entitiesByLabel[$0] }) {
                sink.add(RDFVocabulary.claimedBy, resource: claimant)
            }
            sink.add(RDFVocabulary.claimedByName, text: deployment.claimedBy)
        }
        let provenance = edge.pointee.provenance
        if let day = CalendarDay.day(of: provenance.date) ?? CalendarDay.day(of: documentDate(provenance.document)) {
            sink.add(RDFVocabulary.date, date: day)
        }
        sink.add(RDFVocabulary.rule, text: edge.pointee.rule)
    }

    /// The date of a document, if it has one.
    private func documentDate(_ id: String) -> String? { documentIndex[id].flatMap { documents[$0].date } }

    /// A deployment's destination: the edge's `target` when that is an entity,
    /// else the entity whose label is the destination's name.
    private func destinationID(of target: String, _ deployment: Deployment) -> String? {
        if let index = nodeIndex(target), graph.nodes[index].type.isEntity { return target }
        return deployment.destination.flatMap { entitiesByLabel[$0] }
    }

    /// The index of the node with id `id`, by binary search (the nodes are sorted by id).
    private func nodeIndex(_ id: String) -> Int? {
        let nodes = graph.nodes
        var low = 0
        var high = nodes.count
        while low < high {
            let middle = (low + high) / 2
            if nodes[middle].id < id { low = middle + 1 } else { high = middle }
        }
        return low < nodes.count && nodes[low].id == id ? low : nil
    }

    private func addSpan(_ span: Span?, _ start: RDFPredicate, _ end: RDFPredicate, to sink: inout some RDFSink) {
        guard let span else { return }
        sink.add(start, integer: span.start)
        sink.add(end, integer: span.end)
    }

    private func describe(_ document: DocumentInfo, to sink: inout some RDFSink) {
        sink.add(RDFVocabulary.type, term: RDFVocabulary.documentClass)
        sink.add(RDFVocabulary.identifier, string: document.id)
        sink.add(RDFVocabulary.title, text: document.title)
        if let day = CalendarDay.day(of: document.date) {
            sink.add(RDFVocabulary.dctermsDate, date: day)
        } else {
            sink.add(RDFVocabulary.dctermsDate, text: document.date)
        }
        if let url = document.url {
            if let iri = RDFSyntax.iri(fromURL: url) {
                sink.add(RDFVocabulary.url, iri: iri)
            } else {
                sink.add(RDFVocabulary.url, text: url)
            }
        }
        sink.add(RDFVocabulary.publisher, text: document.outlet)
    }
}
