import NewsGraphModel

/// The documents of a graph and which of them each node and edge refers to,
/// by index: each id looked up once for every export that needs them (GEXF's
/// timeline, the RDF documents), in an ``IDTable``, read where the graph stores it.
///
///     let documents = GraphDocuments(graph)
///     documents.infos[documents.ofEdge[0]]   // the document of the first edge
public struct GraphDocuments: Sendable {
    /// Every document listed in the graph, in graph order (of an id listed
    /// twice, the last description), then those only referred to by a node or
    /// edge, with nothing but their id.
    public let infos: [DocumentInfo]
    /// The calendar day of each of ``infos`` (``CalendarDay``): that of the last
    /// description of its id with one, should the graph list an id twice.
    public let days: [String?]
    /// The index in ``infos`` of each edge's document, in the order of the graph's edges.
    public let ofEdge: [Int]
    /// The indices in ``infos`` of the documents of every node, node after
    /// node: those of node `n` are `ofNodes[nodeStarts[n]..<nodeStarts[n + 1]]`.
    public let ofNodes: [Int]
    /// Where each node's run in ``ofNodes`` starts, and the end of the last.
    public let nodeStarts: [Int]

    /// Collects the documents of `graph`. Each id is looked up once for each
    /// node that names it and once for each run of edges from it (edges come by document).
    public init(_ graph: Graph) {
        var found: [DocumentInfo] = []
        var days: [String?] = []
        var table = IDTable(capacity: graph.documents.count)
        /// The number of the document whose id is at `id`, listed (with nothing but its id) when new.
        func index(of id: UnsafePointer<String>) -> Int {
            let (index, isNew) = table.add(id)
            if isNew {
                found.append(DocumentInfo(id: id.pointee))
                days.append(nil)
            }
            return index
        }
        graph.documents.withUnsafeBufferPointer { documents in
            for document in documents.indices {
                let (index, isNew) = table.add(documents.baseAddress!.advanced(by: document).pointer(to: \.id)!)
                let day = CalendarDay.day(of: documents[document].date)
                if isNew {
                    found.append(documents[document])
                    days.append(day)
                } else {  // a repeated id: the last description wins, and the last day
                    found[index] = documents[document]
                    if day != nil { days[index] = day }
                }
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
        infos = found
        self.days = days
        self.ofEdge = ofEdge
        self.ofNodes = ofNodes
        self.nodeStarts = nodeStarts
    }
}
