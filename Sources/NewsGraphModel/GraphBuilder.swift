/// Collects nodes and edges in any order and yields a ``Graph`` whose
/// content and order depend only on what was added, never on the order.
///
///     var builder = GraphBuilder()
///     let id = builder.addEntity(.person, name: "Mark Rutte", surface: "Rutte", document: "a.txt")
///     builder.add(edge)
///     let graph = builder.build()
public struct GraphBuilder: Sendable {
    private var nodes: [String: Node] = [:]
    private var aliasSets: [String: Set<String>] = [:]
    private var documentSets: [String: Set<String>] = [:]
    private var roleSets: [String: Set<String>] = [:]
    private var edges: [Edge] = []
    private var documents: [String: DocumentInfo] = [:]

    /// Creates an empty builder.
    public init() {}

    /// Adds (or extends) a node and returns its id. The label of the first
    /// call wins only if later calls give the same id with the same label;
    /// ids are derived from the label, so they do.
    @discardableResult
    public mutating func addNode(
        id: String, type: NodeType, label: String, surfaces: some Sequence<String> = [String](),
        document: String? = nil, text: String? = nil, roles: some Sequence<String> = [String]()
    ) -> String {
        if nodes[id] == nil {
            nodes[id] = Node(id: id, type: type, label: label, text: text)
        } else if let text, nodes[id]?.text == nil || text < nodes[id]!.text! {
            nodes[id]?.text = text
        }
        aliasSets[id, default: []].formUnion(surfaces)
        if let document { documentSets[id, default: []].insert(document) }
        roleSets[id, default: []].formUnion(roles)
        return id
    }

    /// Adds an entity under its canonical name; the id comes from type and name.
    @discardableResult
    public mutating func addEntity(
        _ type: NodeType, name: String, surfaces: some Sequence<String> = [String](), document: String? = nil,
        roles: some Sequence<String> = [String]()
    ) -> String {
        addNode(
            id: Identifier.nodeID(type, name), type: type, label: name, surfaces: surfaces, document: document,
            roles: roles)
    }

    /// Adds an edge. Both ends must be added as nodes before ``build()``.
    public mutating func add(_ edge: Edge) { edges.append(edge) }

    /// Records a document that was read.
    public mutating func addDocument(_ document: DocumentInfo) { documents[document.id] = document }

    /// The graph, sorted. Edges whose ends are missing are dropped, and so
    /// are repeats of an edge. The builder's storage becomes the graph's:
    /// edges are filtered, sorted and deduplicated in place, with no copy.
    public consuming func build() -> Graph {
        var finished: [Node] = []
        finished.reserveCapacity(nodes.count)
        for (id, var node) in nodes {
            var aliases = aliasSets.removeValue(forKey: id) ?? []
            aliases.remove(node.label)
            node.aliases = aliases.filter { !$0.isEmpty }.sorted()
            node.documents = (documentSets.removeValue(forKey: id) ?? []).sorted()
            node.roles = (roleSets.removeValue(forKey: id) ?? []).sorted()
            finished.append(node)
        }
        finished.sort { $0.id < $1.id }
        let present = nodes
        nodes = [:]
        edges.removeAll { present[$0.source] == nil || present[$0.target] == nil }
        edges.sort(by: Edge.exportOrder)
        var kept = 0
        for index in edges.indices where kept == 0 || edges[kept - 1] != edges[index] {
            if kept != index { edges.swapAt(kept, index) }
            kept += 1
        }
        edges.removeSubrange(kept...)
        return Graph(nodes: finished, edges: edges, documents: documents.values.sorted { $0.id < $1.id })
    }
}
