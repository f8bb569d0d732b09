import Dispatch

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
        /// The surfaces brought but the label, which is no alias.
        var aliases: Set<String> = []
        /// Whether a call brought the label as a surface: an alias should another builder's label win.
        var surfacedLabel = false
        var documents = DocumentList()
        var roles: Set<String> = []

        /// Adds what another call brought for the same id: the smallest text wins, the sets join.
        mutating func add(text: String?, surfaces: [String], document: String?, roles: [String]) {
            if let text, node.text.map({ text < $0 }) ?? true { node.text = text }
            for surface in surfaces {
                if surface == node.label { surfacedLabel = true } else { aliases.insert(surface) }
            }
            if let document { documents.add(document) }
            for role in roles { self.roles.insert(role) }
        }

        /// Adds what another builder collected for the same id (its calls after this one's).
        mutating func add(_ later: NodeParts) {
            node.text = [node.text, later.node.text].compactMap { $0 }.min()
            for alias in later.aliases where alias != node.label { aliases.insert(alias) }
            if later.surfacedLabel {
                if later.node.label == node.label { surfacedLabel = true } else { aliases.insert(later.node.label) }
            }
            documents.add(later.documents)
            roles.formUnion(later.roles)
        }

        /// The parts of a node first added with these fields and nothing else yet.
        init(id: String, type: NodeType, label: String, text: String?) {
            node = Node(id: id, type: type, label: label, text: text)
        }

        /// The node with its aliases (without its label and empty names), documents and roles,
        /// sorted. It is made from the fields of ``node``, which is neither copied nor moved
        /// (either would copy all of it); the sets are let go, so that their memory is reused
        /// by the nodes made next.
        mutating func takeFinished() -> Node {
            var names: [String] = []
            names.reserveCapacity(aliases.count)
            for alias in aliases where !alias.isEmpty { names.append(alias) }
            let finished = Node(
                id: node.id, type: node.type, label: node.label, aliases: names.sorted(),
                documents: documents.sorted(), text: node.text, roles: roles.sorted())
            aliases = []
            documents = DocumentList()
            roles = []
            return finished
        }
    }

    /// The documents of a node, in the order added, each once as long as they
    /// come in ascending order (as a resolver that adds documents in id order
    /// gives them): then neither hashing nor sorting is needed. Ids that come
    /// out of order are sorted and made unique when the list is read.
    private struct DocumentList: Sendable {
        private var ids: [String] = []
        private var ascending = true

        /// Adds a document id.
        mutating func add(_ id: String) {
            if let last = ids.last, !(last < id) {
                if last == id { return }
                ascending = false
            }
            ids.append(id)
        }

        /// Adds the ids of another list, after this one's.
        mutating func add(_ other: DocumentList) {
            for id in other.ids { add(id) }
        }

        /// The ids, sorted, each once.
        func sorted() -> [String] { ascending ? ids : Set(ids).sorted() }
    }

    /// Creates an empty builder.
    public init() {}

    /// Makes room for `nodes` distinct node ids, so that the table of ids need not grow as they come.
    public mutating func reserveCapacity(nodes: Int) {
        slots.reserveCapacity(nodes)
        parts.reserveCapacity(nodes)
    }

    /// Adds (or extends) a node and returns its id. The label of the first
    /// call wins only if later calls give the same id with the same label;
    /// ids are derived from the label, so they do.
    @discardableResult
    public mutating func addNode(
        id: String, type: NodeType, label: String, surfaces: [String] = [], document: String? = nil,
        text: String? = nil, roles: [String] = []
    ) -> String {
        let slot = Self.slot(of: id, in: &slots, next: parts.count)
        if slot < parts.count {
            parts[slot].add(text: text, surfaces: surfaces, document: document, roles: roles)
        } else {
            parts.append(NodeParts(id: id, type: type, label: label, text: text))
            parts[slot].add(text: nil, surfaces: surfaces, document: document, roles: roles)
        }
        return id
    }

    /// The slot of `id`, given `next` (the number of slots) if it is new: one lookup either way.
    private static func slot(of id: String, in slots: inout [String: Int], next: Int) -> Int {
        func read(_ slot: inout Int) -> Int { slot }
        return read(&slots[id, default: next])  // a mutating access, which stores the default when the id is new
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
        edges.append(contentsOf: later.edges)
        mergeNodes(of: later)
    }

    /// Adds the nodes and documents `later` collected (not its edges), as if
    /// its calls had been made on this builder after this builder's own.
    private mutating func mergeNodes(of later: consuming GraphBuilder) {
        parts.reserveCapacity(parts.count + later.parts.count)
        for part in later.parts {
            let slot = Self.slot(of: part.node.id, in: &slots, next: parts.count)
            if slot < parts.count { parts[slot].add(part) } else { parts.append(part) }
        }
        documents.merge(later.documents) { _, later in later }
    }

    /// The graph, sorted. Edges whose ends are missing are dropped, and so
    /// are repeats of an edge. The builder's storage becomes the graph's:
    /// edges are filtered, sorted and deduplicated in place, with no copy,
    /// and the nodes' parts are let go once the nodes are made.
    ///
    /// With more than one job the edges are sorted and named on another
    /// thread while the nodes are finished and sorted on this one.
    public consuming func build(jobs: Int = 1) -> Graph {
        Self.build(merging: [self], jobs: jobs)
    }

    /// The graph of several builders' calls, as if each builder's calls had
    /// been made on the first after those of the builders before it: what
    /// ``merge(_:)`` of each into the first and then ``build(jobs:)`` give.
    ///
    /// With more than one job the edges of all the builders are put together
    /// and sorted on another thread while the nodes are merged and finished on
    /// this one; the edges wait for the merged nodes only to drop those
    /// whose ends are missing.
    public static func build(merging builders: consuming [GraphBuilder], jobs: Int = 1) -> Graph {
        builders.reverse()  // so that each is taken from the end, in order
        var builder = builders.popLast() ?? GraphBuilder()
        guard jobs > 1 else {
            while let later = builders.popLast() { builder.merge(later) }
            let slots = builder.slots
            var edges = builder.edges
            builder.edges = []
            let ends = sortEdges(&edges, slots: { slots })
            return builder.graph(edges: edges, ends: ends, nodes: builder.finishNodes())
        }
        var edgeRuns = [builder.edges]
        builder.edges = []
        for index in builders.indices.reversed() {
            edgeRuns.append(builders[index].edges)
            builders[index].edges = []
        }
        let handedOver = Handover(edgeRuns)
        let mergedSlots = Pending<[String: Int]>()
        let (edges, nodes) = SideBySide.run(
            parallel: true,
            {
                let runs = handedOver.take()
                var edges: [Edge] = []
                edges.reserveCapacity(runs.reduce(0) { $0 + $1.count })
                for run in runs { edges.append(contentsOf: run) }
                let ends = sortEdges(&edges, slots: mergedSlots.value)
                return (edges, ends)
            },
            {
                while let later = builders.popLast() { builder.mergeNodes(of: later) }
                mergedSlots.set(builder.slots)
                return builder.finishNodes()
            })
        return builder.graph(edges: edges.0, ends: edges.1, nodes: nodes)
    }

    /// The graph of the sorted edges and their ends, and the finished nodes, with this builder's documents.
    private func graph(
        edges: [Edge], ends: (sources: [Int], targets: [Int], ids: [String]), nodes: (nodes: [Node], positions: [Int])
    ) -> Graph {
        Graph(
            sortedNodes: nodes.nodes, edges: edges, documents: documents.values.sorted { $0.id < $1.id },
            edgeIDs: ends.ids, sourceIndices: ends.sources.map { nodes.positions[$0] },
            targetIndices: ends.targets.map { nodes.positions[$0] })
    }

    /// The finished nodes sorted by id, and the position there of each part.
    /// Each node is made in its sorted place from its parts, which are emptied on the way.
    private mutating func finishNodes() -> (nodes: [Node], positions: [Int]) {
        var ids: [String] = []
        ids.reserveCapacity(parts.count)
        for slot in parts.indices { ids.append(parts[slot].node.id) }
        var nodes: [Node] = []
        nodes.reserveCapacity(parts.count)
        var positions = [Int](repeating: 0, count: parts.count)
        for (position, slot) in Self.orderByID(ids).enumerated() {
            nodes.append(parts[slot].takeFinished())
            positions[slot] = position
        }
        parts = []
        return (nodes, positions)
    }

    /// The indices of `ids` in their order (String `<`). Ids all in ASCII,
    /// as ``Identifier`` makes them, are ordered by their first sixteen bytes
    /// as two numbers (which order them as their bytes do), and only where
    /// those are equal by the strings: no string is retained or decoded for
    /// most comparisons.
    private static func orderByID(_ ids: [String]) -> [Int] {
        var heads: [IDHead] = []
        heads.reserveCapacity(ids.count)
        for index in ids.indices {
            guard let head = IDHead(ids[index], index: index) else {
                return ids.indices.sorted { ids[$0] < ids[$1] }
            }
            heads.append(head)
        }
        heads.sort { lhs, rhs in
            if lhs.first != rhs.first { return lhs.first < rhs.first }
            if lhs.second != rhs.second { return lhs.second < rhs.second }
            return ids[lhs.index] < ids[rhs.index]
        }
        return heads.map(\.index)
    }

    /// The first sixteen bytes of an ASCII id as two numbers, the first byte
    /// the highest, zeros past its end, and the id's index.
    private struct IDHead {
        var first: UInt64 = 0
        var second: UInt64 = 0
        var index: Int

        /// The head of `id`, or nil when it is not all ASCII.
        init?(_ id: String, index: Int) {
            self.index = index
            var id = id
            let isASCII = id.withUTF8 { bytes in
                var high: UInt8 = 0
                for position in bytes.indices {
                    let byte = bytes[position]
                    high |= byte
                    if position < 8 {
                        first |= UInt64(byte) << (56 - 8 * position)
                    } else if position < 16 {
                        second |= UInt64(byte) << (120 - 8 * position)
                    }
                }
                return high < 0x80
            }
            if !isASCII { return nil }
        }
    }

    /// Sorts `edges` into export order in place, drops repeats and edges
    /// with a missing end, and returns the slot of each edge's ends and the edges' unique ids.
    ///
    /// The order is that of a stable sort by ``Edge/exportOrder(_:_:)``, found
    /// mostly by comparing numbers (see ``ExportKey``): edges are compared
    /// whole only where their keys are equal.
    /// `slots` gives the slot of each node id; it is asked once the edges are sorted.
    private static func sortEdges(_ edges: inout [Edge], slots: () -> [String: Int])
        -> (sources: [Int], targets: [Int], ids: [String])
    {
        let keys = ExportKey.keys(of: edges)
        var order = Array(edges.indices)
        order.sort { a, b in
            if keys[a] != keys[b] { return keys[a] < keys[b] }
            if Edge.exportOrder(edges[a], edges[b]) { return true }
            if Edge.exportOrder(edges[b], edges[a]) { return false }
            return a < b
        }
        gather(&edges, order: order)
        let slots = slots()
        var sources: [Int] = []
        var targets: [Int] = []
        sources.reserveCapacity(edges.count)
        targets.reserveCapacity(edges.count)
        var kept = 0
        var keptKey: ExportKey?
        for index in edges.indices {
            let key = keys[order[index]]
            if key == keptKey, edges[kept - 1] == edges[index] { continue }
            guard let source = slots[edges[index].source], let target = slots[edges[index].target] else { continue }
            if kept != index { edges.swapAt(kept, index) }
            sources.append(source)
            targets.append(target)
            keptKey = key
            kept += 1
        }
        edges.removeSubrange(kept...)
        return (sources, targets, Graph.uniqueIDs(of: edges))
    }

    /// Puts element `order[position]` at each position, by swaps along the
    /// permutation's cycles: no element is copied.
    private static func gather(_ edges: inout [Edge], order: [Int]) {
        var done = [Bool](repeating: false, count: order.count)
        for start in order.indices where !done[start] {
            var current = start
            while order[current] != start {
                let next = order[current]
                edges.swapAt(current, next)
                done[current] = true
                current = next
            }
            done[current] = true
        }
    }

    /// The leading part of ``Edge/exportOrder(_:_:)``, mostly in numbers: the
    /// rank of the edge's document among all edges' documents (by id), the
    /// starts of its sentence and cue, and its type (whose name is compared
    /// only where the rest is equal). Two edges' keys compare as those parts of the edges do.
    private struct ExportKey: Comparable {
        var document: Int
        var sentence: Int
        var cue: Int
        var type: EdgeType

        static func < (lhs: ExportKey, rhs: ExportKey) -> Bool {
            let (left, right) = ((lhs.document, lhs.sentence, lhs.cue), (rhs.document, rhs.sentence, rhs.cue))
            return left != right ? left < right : lhs.type < rhs.type
        }

        /// The key of each edge. A document is looked up only where it
        /// differs from the previous edge's (edges come in runs of one document).
        static func keys(of edges: [Edge]) -> [ExportKey] {
            var numbers: [String: Int] = [:]
            var documents: [String] = []
            var documentNumbers: [Int] = []
            documentNumbers.reserveCapacity(edges.count)
            for index in edges.indices {
                let document = edges[index].provenance.document
                if index > 0, documents[documentNumbers[index - 1]] == document {
                    documentNumbers.append(documentNumbers[index - 1])
                } else if let number = numbers[document] {
                    documentNumbers.append(number)
                } else {
                    numbers[document] = documents.count
                    documentNumbers.append(documents.count)
                    documents.append(document)
                }
            }
            var ranks = [Int](repeating: 0, count: documents.count)
            for (rank, number) in documents.indices.sorted(by: { documents[$0] < documents[$1] }).enumerated() {
                ranks[number] = rank
            }
            return edges.indices.map { index in
                ExportKey(
                    document: ranks[documentNumbers[index]], sentence: edges[index].provenance.sentence.start,
                    cue: edges[index].cueSpan?.start ?? -1, type: edges[index].type)
            }
        }
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

    /// A value one thread sets and another waits for.
    private final class Pending<Value>: @unchecked Sendable {
        private var stored: Value?
        private let ready = DispatchSemaphore(value: 0)

        /// Sets the value and wakes the thread waiting for it.
        func set(_ value: Value) {
            stored = value
            ready.signal()
        }

        /// The value, once it is set.
        func value() -> Value {
            ready.wait()
            defer { ready.signal() }  // for any later reader
            return stored!
        }
    }
}
