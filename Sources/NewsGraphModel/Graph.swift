/// The knowledge graph: nodes sorted by id, edges in export order, and the
/// documents they were read from. Build one with ``GraphBuilder``.
public struct Graph: Hashable, Sendable {
    /// Every node, sorted by id.
    public var nodes: [Node]
    /// Every edge, in ``Edge/exportOrder(_:_:)``.
    public var edges: [Edge]
    /// The documents read, sorted by id.
    public var documents: [DocumentInfo]

    /// Creates a graph from parts already in order.
    public init(nodes: [Node] = [], edges: [Edge] = [], documents: [DocumentInfo] = []) {
        self.nodes = nodes
        self.edges = edges
        self.documents = documents
    }

    /// The node with an id, by binary search.
    public func node(withID id: String) -> Node? {
        var low = 0
        var high = nodes.count
        while low < high {
            let mid = (low + high) / 2
            if nodes[mid].id < id { low = mid + 1 } else { high = mid }
        }
        return low < nodes.count && nodes[low].id == id ? nodes[low] : nil
    }

    /// The description of a document, by binary search.
    public func document(withID id: String) -> DocumentInfo? {
        var low = 0
        var high = documents.count
        while low < high {
            let mid = (low + high) / 2
            if documents[mid].id < id { low = mid + 1 } else { high = mid }
        }
        return low < documents.count && documents[low].id == id ? documents[low] : nil
    }

    /// The number of edges that touch each node id.
    public func degrees() -> [String: Int] {
        var degree: [String: Int] = [:]
        for edge in edges {
            degree[edge.source, default: 0] += 1
            degree[edge.target, default: 0] += 1
        }
        return degree
    }
}
