import ExportSupport
import NewsGraphModel

/// The documents of an RDF export: every document listed in the graph or
/// referred to by a node or edge, sorted by resource id, and which of them
/// each node and edge refers to, by index, so that writing looks no id up.
struct RDFDocuments {
    /// The documents, sorted by resource id; those only referred to have nothing but their id.
    let infos: [DocumentInfo]
    /// The resource id of each of ``infos`` (see ``RDFMapping/documentID(_:)``).
    let resources: [String]
    /// ``resources`` as bytes, for writing.
    let resourceBytes: ResourceTable
    /// The calendar day of each of ``infos``, when its date starts with one.
    let days: [String?]
    /// The URL of each of ``infos`` as an IRI, when it has one that makes one (``RDFSyntax/iri(fromURL:)``).
    let urlIRIs: [String?]
    /// The index in ``infos`` of each edge's document, in the order of the graph's edges.
    let ofEdge: [Int]
    /// The indices in ``infos`` of the documents of every node, node after
    /// node: those of node `n` are `ofNodes[nodeStarts[n]..<nodeStarts[n + 1]]`.
    let ofNodes: [Int]
    /// Where each node's run in ``ofNodes`` starts, and the end of the last.
    let nodeStarts: [Int]

    /// Collects the documents of `graph`. Each id is looked up once for each
    /// node that names it and once for each run of edges from it (edges come
    /// by document), in an ``ExportSupport/IDTable``, read where the graph stores it.
    init(_ graph: Graph) {
        var found: [DocumentInfo] = []
        var table = IDTable(capacity: graph.documents.count)
        /// The number of the document whose id is at `id`, listed (with nothing but its id) when new.
        func index(of id: UnsafePointer<String>) -> Int {
            let (index, isNew) = table.add(id)
            if isNew { found.append(DocumentInfo(id: id.pointee)) }
            return index
        }
        graph.documents.withUnsafeBufferPointer { documents in
            for document in documents.indices {
                let (index, isNew) = table.add(documents.baseAddress!.advanced(by: document).pointer(to: \.id)!)
                if isNew { found.append(documents[document]) } else { found[index] = documents[document] }  // a repeated id: the last description wins
            }
        }
        var ofNodes: [Int] = []
        var nodeStarts = [0]
        nodeStarts.reserveCapacity(graph.nodes.count + 1)
        var ofEdge: [Int] = []
        ofEdge.reserveCapacity(graph.edges.count)
        graph.nodes.withUnsafeBufferPointer { nodes in
            for node in nodes.indices {
                nodes[node].documents.withUnsafeBufferPointer { ids in
                    for id in ids.indices { ofNodes.append(index(of: ids.baseAddress! + id)) }
                }
                nodeStarts.append(ofNodes.count)
            }
        }
        graph.edges.withUnsafeBufferPointer { edges in
            var previous: (id: UnsafePointer<String>, index: Int)?
            for edge in edges.indices {
                let id = (edges.baseAddress! + edge).pointer(to: \.provenance.document)!
                if let previous, previous.id.pointee == id.pointee {
                    ofEdge.append(previous.index)
                } else {
                    let found = index(of: id)
                    ofEdge.append(found)
                    previous = (id, found)
                }
            }
        }
        let resources = found.map { RDFMapping.documentID($0.id) }
        // Resource ids share a prefix, as edge ids do: ordered the same way.
        let order = EdgeIdentifiers.order(of: resources)
        var rank = [Int](repeating: 0, count: found.count)
        for (position, index) in order.enumerated() { rank[index] = position }
        infos = order.map { found[$0] }
        self.resources = order.map { resources[$0] }
        resourceBytes = ResourceTable(self.resources)
        days = infos.map { CalendarDay.day(of: $0.date) }
        urlIRIs = infos.map { $0.url.flatMap(RDFSyntax.iri(fromURL:)) }
        self.ofEdge = ofEdge.map { rank[$0] }
        self.ofNodes = ofNodes.map { rank[$0] }
        self.nodeStarts = nodeStarts
    }
}
