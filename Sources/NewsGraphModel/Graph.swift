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
    public func node(withID id: String) -> Node? { Self.find(id, in: nodes, by: \.id) }

    /// The description of a document, by binary search.
    public func document(withID id: String) -> DocumentInfo? { Self.find(id, in: documents, by: \.id) }

    /// The element of `sorted` (sorted by `key`) whose key is `id`.
    private static func find<Element>(_ id: String, in sorted: [Element], by key: KeyPath<Element, String>) -> Element? {
        var low = 0
        var high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid][keyPath: key] < id { low = mid + 1 } else { high = mid }
        }
        return low < sorted.count && sorted[low][keyPath: key] == id ? sorted[low] : nil
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
