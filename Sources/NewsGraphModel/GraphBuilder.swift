/// Collects nodes and edges in any order and yields a ``Graph`` whose
/// content and order depend only on what was added, never on the order.
///
///     var builder = GraphBuilder()
///     let id = builder.addEntity(.person, name: "Mark Rutte", surface: "Rutte", document: "a.txt")
///     builder.add(edge)
///     let graph = builder.build()
///
/// Builders filled on separate threads (each with a run of the documents)
/// are joined with ``merge(_:)`` before the graph is built.
public struct GraphBuilder: Sendable {
    /// The index in ``parts`` of every node id added.
    private var slots: [String: Int] = [:]
    /// Each node with the names, documents and roles its calls brought, in the order first added.
    private var parts: [NodeParts] = []
    private var edges: [Edge] = []
    private var documents: [String: DocumentInfo] = [:]

    /// A node and the sets of its list attributes, gathered call by call.
    private struct NodeParts: Sendable {
        var node: Node
        var aliases: Set<String> = []
        var documents: Set<String> = []
        var roles: Set<String> = []

        /// Adds what another call (or another builder) brought for the same id:
        /// the smallest text wins, the sets join.
        mutating func add(text: String?, surfaces: [String], document: String?, roles: [String]) {
            if let text, node.text.map({ text < $0 }) ?? true { node.text = text }
            for surface in surfaces { aliases.insert(surface) }
            if let document { documents.insert(document) }
            for role in roles { self.roles.insert(role) }
        }

        /// The node with its aliases (without its label and empty names), documents and roles, sorted.
        func finished() -> Node {
            var node = node
            var names: [String] = []
            names.reserveCapacity(aliases.count)
            for alias in aliases where !alias.isEmpty && alias != node.label { names.append(alias) }
            node.aliases = names.sorted()
            node.documents = documents.sorted()
            node.roles = roles.sorted()
            return node
        }
    }

    /// Creates an empty builder.
    public init() {}

    /// Adds (or extends) a node and returns its id. The label of the first
    /// call wins only if later calls give the same id with the same label;
    /// ids are derived from the label, so they do.
    @discardableResult
    public mutating func addNode(
        id: String, type: NodeType, label: String, surfaces: [String] = [], document: String? = nil,
        text: String? = nil, roles: [String] = []
    ) -> String {
        if let slot = slots[id] {
            parts[slot].add(text: text, surfaces: surfaces, document: document, roles: roles)
        } else {
            slots[id] = parts.count
            parts.append(NodeParts(node: Node(id: id, type: type, label: label, text: text)))
            parts[parts.count - 1].add(text: nil, surfaces: surfaces, document: document, roles: roles)
        }
        return id
    }

    /// Adds an entity under its canonical name; the id comes from type and name.
    @discardableResult
    public mutating func addEntity(
        _ type: NodeType, name: String, surfaces: [String] = [], document: String? = nil, roles: [String] = []
    ) -> String {
        addNode(
            id: Identifier.nodeID(type, name), type: type, label: name, surfaces: surfaces, document: document,
            roles: roles)
    }

    /// Adds an edge. Both ends must be added as nodes before ``build(jobs:)``.
    public mutating func add(_ edge: Edge) { edges.append(edge) }

    /// Records a document that was read.
    public mutating func addDocument(_ document: DocumentInfo) { documents[document.id] = document }

    /// Adds everything `later` collected, as if its calls had been made on
    /// this builder after this builder's own.
    public mutating func merge(_ later: consuming GraphBuilder) {
        for part in later.parts {
            if let slot = slots[part.node.id] {
                parts[slot].node.text = [parts[slot].node.text, part.node.text].compactMap { $0 }.min()
                parts[slot].aliases.formUnion(part.aliases)
                parts[slot].documents.formUnion(part.documents)
                parts[slot].roles.formUnion(part.roles)
            } else {
                slots[part.node.id] = parts.count
                parts.append(part)
            }
        }
        edges.append(contentsOf: later.edges)
        documents.merge(later.documents) { _, later in later }
    }

    /// The graph, sorted. Edges whose ends are missing are dropped, and so
    /// are repeats of an edge. The builder's storage becomes the graph's:
    /// edges are filtered, sorted and deduplicated in place, with no copy.
    ///
    /// With more than one job the nodes are finished and sorted on another
    /// thread while the edges are sorted and named on this one.
    public consuming func build(jobs: Int = 1) -> Graph {
        let (parts, slots) = (self.parts, self.slots)
        let (sortedNodes, ends) = SideBySide.run(
            parallel: jobs > 1, { Self.sortedNodes(parts) }, { self.sortEdges(slots: slots) })
        return Graph(
            sortedNodes: sortedNodes.nodes, edges: edges, documents: documents.values.sorted { $0.id < $1.id },
            edgeIDs: ends.ids, sourceIndices: ends.sources.map { sortedNodes.positions[$0] },
            targetIndices: ends.targets.map { sortedNodes.positions[$0] })
    }

    /// The finished nodes sorted by id, and the position there of each part.
    private static func sortedNodes(_ parts: [NodeParts]) -> (nodes: [Node], positions: [Int]) {
        var nodes = parts.map { $0.finished() }
        var order = Array(nodes.indices)
        order.sort { nodes[$0].id < nodes[$1].id }
        var positions = [Int](repeating: 0, count: nodes.count)
        for (position, slot) in order.enumerated() { positions[slot] = position }
        nodes = order.map { nodes[$0] }
        return (nodes, positions)
    }

    /// Sorts the edges into export order, drops repeats and edges with a
    /// missing end, and returns the slot of each edge's ends and the edges' unique ids.
    private mutating func sortEdges(slots: [String: Int]) -> (sources: [Int], targets: [Int], ids: [String]) {
        edges.sort(by: Edge.exportOrder)
        var sources: [Int] = []
        var targets: [Int] = []
        sources.reserveCapacity(edges.count)
        targets.reserveCapacity(edges.count)
        var kept = 0
        for index in edges.indices where kept == 0 || edges[kept - 1] != edges[index] {
            guard let source = slots[edges[index].source], let target = slots[edges[index].target] else { continue }
            if kept != index { edges.swapAt(kept, index) }
            sources.append(source)
            targets.append(target)
            kept += 1
        }
        edges.removeSubrange(kept...)
        return (sources, targets, Graph.uniqueIDs(of: edges))
    }
}
