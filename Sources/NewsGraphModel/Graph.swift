/// The knowledge graph: nodes sorted by id, edges in export order, and the
/// documents they were read from. Build one with ``GraphBuilder``.
///
/// A graph is immutable: what every exporter needs about its edges (unique
/// ids, the nodes at their ends) is derived once, when it is made, and read
/// by index from then on.
public struct Graph: Hashable, Sendable {
    /// Every node, sorted by id.
    public let nodes: [Node]
    /// Every edge, in ``Edge/exportOrder(_:_:)``.
    public let edges: [Edge]
    /// The documents read, sorted by id.
    public let documents: [DocumentInfo]
    /// The id of each edge, unique in the graph, in the order of ``edges``.
    ///
    /// ``Edge/id`` hashes what locates an edge, so two edges that differ only
    /// in their attributes share it; repeats get `-2`, `-3`, ... in edge
    /// order, which keeps the ids deterministic. GraphML, GEXF and the RDF
    /// exports use these ids.
    public let edgeIDs: [String]
    /// The index in ``nodes`` of each edge's source, in the order of
    /// ``edges``; nil when no node has that id.
    public let sourceIndices: [Int?]
    /// The index in ``nodes`` of each edge's target, in the order of
    /// ``edges``; nil when no node has that id.
    public let targetIndices: [Int?]

    /// Creates a graph from parts already in order, and derives the edges' ids and ends.
    public init(nodes: [Node] = [], edges: [Edge] = [], documents: [DocumentInfo] = []) {
        var nodeIndex: [String: Int] = [:]
        nodeIndex.reserveCapacity(nodes.count)
        for index in nodes.indices { nodeIndex[nodes[index].id] = index }
        self.init(
            sortedNodes: nodes, edges: edges, documents: documents, edgeIDs: Self.uniqueIDs(of: edges),
            sourceIndices: edges.map { nodeIndex[$0.source] }, targetIndices: edges.map { nodeIndex[$0.target] })
    }

    /// A graph whose derived parts (``edgeIDs``, ``sourceIndices``,
    /// ``targetIndices``) are already worked out, as ``GraphBuilder`` does.
    init(
        sortedNodes: [Node], edges: [Edge], documents: [DocumentInfo], edgeIDs: [String], sourceIndices: [Int?],
        targetIndices: [Int?]
    ) {
        nodes = sortedNodes
        self.edges = edges
        self.documents = documents
        self.edgeIDs = edgeIDs
        self.sourceIndices = sourceIndices
        self.targetIndices = targetIndices
    }

    /// The id of each of `edges`, made unique by numbering repeats (see ``edgeIDs``).
    static func uniqueIDs(of edges: [Edge]) -> [String] {
        // Each edge is read in place: a copy of it would retain every string it holds.
        uniqueIDs(hashes: edges.withUnsafeBufferPointer { edges in edges.indices.map { edges[$0].idHash } })
    }

    /// The unique id of each edge, given the ``Edge/idHash`` of each (see
    /// ``edgeIDs``): the repeats counted in edge order, the ids written on `jobs` threads.
    static func uniqueIDs(hashes: [UInt64], jobs: Int = 1) -> [String] {
        var seen = RepeatCounts(capacity: hashes.count)
        let counts = hashes.map { seen.increment($0) }
        // Runs of ids are written on the threads (a slot an id would take a lock an id).
        let run = 8192
        var runs = ParallelMap.map(Array(stride(from: 0, to: hashes.count, by: run)), jobs: jobs, chunk: 1) { start in
            (start..<min(start + run, hashes.count)).map { index in
                let base = Edge.id(forHash: hashes[index])
                return counts[index] == 1 ? base : "\(base)-\(counts[index])"
            }
        }
        // The ids are moved out of the runs, not copied (a copy retains each).
        var ids: [String] = []
        ids.reserveCapacity(hashes.count)
        for index in runs.indices { GraphBuilder.moveAll(&runs[index], to: &ids, placeholder: "") }
        return ids
    }

    /// How often each edge hash has come so far: the hashes themselves are the
    /// keys of a ``HashSlots`` table (no `Hasher` runs), numbering each
    /// distinct hash's count.
    struct RepeatCounts {
        private var slots: HashSlots
        /// The count of each distinct hash, by the number the table gives it.
        private var counts: [Int] = []

        /// A table with room for `capacity` distinct hashes before it grows.
        init(capacity: Int) {
            slots = HashSlots(capacity: capacity)
            counts.reserveCapacity(capacity)
        }

        /// Counts one more `hash` and returns how often it has come, this time included.
        mutating func increment(_ hash: UInt64) -> Int {
            // (The key is the hash: equal hashes are the same key.)
            let entry = slots.entry(of: hash) { _ in true }
            if let number = slots.number(at: entry) {
                counts[number] += 1
                return counts[number]
            }
            slots.insert(counts.count, hash: hash, at: entry)
            counts.append(1)
            return 1
        }
    }

    /// The node with an id, by binary search.
    public func node(withID id: String) -> Node? {
        nodes.withUnsafeBufferPointer { nodes in Self.index(of: id, in: nodes).map { nodes[$0] } }
    }

    /// The description of a document, by binary search.
    public func document(withID id: String) -> DocumentInfo? {
        documents.withUnsafeBufferPointer { documents in Self.index(of: id, in: documents).map { documents[$0] } }
    }

    /// The index of the element of `sorted` (sorted by id) whose id is `id`, by
    /// binary search. Each probe reads the element's id in place, not a copy
    /// of the element (which would retain every string it holds).
    @inlinable
    public static func index<Element: Identifiable>(of id: String, in sorted: UnsafeBufferPointer<Element>) -> Int?
    where Element.ID == String {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle].id < id { low = middle + 1 } else { high = middle }
        }
        return low < sorted.count && sorted[low].id == id ? low : nil
    }

    /// The number of edges that touch each node, in the order of ``nodes``
    /// (found through ``sourceIndices`` and ``targetIndices``: no id is looked up).
    public func degrees() -> [Int] {
        var degrees = [Int](repeating: 0, count: nodes.count)
        for index in edges.indices {
            if let source = sourceIndices[index] { degrees[source] += 1 }
            if let target = targetIndices[index] { degrees[target] += 1 }
        }
        return degrees
    }
}
