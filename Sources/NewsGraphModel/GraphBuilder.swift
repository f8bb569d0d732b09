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

        /// Empties the sets, once ``finished()`` has made their lists.
        mutating func letSetsGo() {
            aliases = []
            documents = []
            roles = []
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
        parts.reserveCapacity(parts.count + later.parts.count)
        edges.reserveCapacity(edges.count + later.edges.count)
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
    /// edges are filtered, sorted and deduplicated in place, with no copy,
    /// and each node's sets are let go once its lists are made.
    ///
    /// With more than one job the edges are sorted and named on another
    /// thread while the nodes are finished and sorted on this one.
    public consuming func build(jobs: Int = 1) -> Graph {
        let handedOver = Handover(edges)
        edges = []
        let slots = self.slots
        let (ends, sortedNodes) = SideBySide.run(
            parallel: jobs > 1,
            {
                var edges = handedOver.take()
                let ends = Self.sortEdges(&edges, slots: slots)
                return (edges: edges, sources: ends.sources, targets: ends.targets, ids: ends.ids)
            },
            { self.finishNodes() })
        return Graph(
            sortedNodes: sortedNodes.nodes, edges: ends.edges, documents: documents.values.sorted { $0.id < $1.id },
            edgeIDs: ends.ids, sourceIndices: ends.sources.map { sortedNodes.positions[$0] },
            targetIndices: ends.targets.map { sortedNodes.positions[$0] })
    }

    /// The finished nodes sorted by id, and the position there of each part.
    /// The parts are emptied on the way, and the nodes sorted in place.
    private mutating func finishNodes() -> (nodes: [Node], positions: [Int]) {
        var nodes: [Node] = []
        nodes.reserveCapacity(parts.count)
        for slot in parts.indices {
            nodes.append(parts[slot].finished())
            parts[slot].letSetsGo()
        }
        parts = []
        var order = Array(nodes.indices)
        order.sort { nodes[$0].id < nodes[$1].id }
        var positions = [Int](repeating: 0, count: nodes.count)
        for (position, slot) in order.enumerated() { positions[slot] = position }
        // Each node to its position, cycle by cycle: no second array of nodes.
        var destinations = positions
        for start in nodes.indices {
            while destinations[start] != start {
                let destination = destinations[start]
                nodes.swapAt(start, destination)
                destinations.swapAt(start, destination)
            }
        }
        return (nodes, positions)
    }

    /// Sorts `edges` into export order in place, drops repeats and edges
    /// with a missing end, and returns the slot of each edge's ends and the edges' unique ids.
    private static func sortEdges(_ edges: inout [Edge], slots: [String: Int])
        -> (sources: [Int], targets: [Int], ids: [String])
    {
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

    /// A value handed whole to another thread: once taken, the taker holds the only reference.
    private final class Handover<Value>: @unchecked Sendable {
        private var value: Value?

        init(_ value: Value) { self.value = value }

        func take() -> Value {
            defer { value = nil }
            return value!
        }
    }
}
