/// How several builders' calls become one graph, the work shared out over `jobs` threads:
///
/// 1. each builder's edges are sorted into export order and hashed, and its
///    node parts are dealt out to lanes by id range (one builder a thread);
/// 2. each lane merges its parts, builder after builder, and finishes and
///    sorts its nodes (one lane a thread);
/// 3. the lanes' nodes follow each other in id order, and the builders'
///    edges are joined in order (merged where their documents interleave),
///    repeats and edges with a missing end left out.
extension GraphBuilder {
    /// The graph of several builders' calls, as if each builder's calls had
    /// been made on the first after those of the builders before it: what
    /// ``merge(_:)`` of each into the first and then ``build(jobs:)`` give,
    /// whatever the number of jobs.
    public static func build(merging builders: consuming [GraphBuilder], jobs: Int = 1) -> Graph {
        let runs = builders.indices.map { Run(taking: &builders[$0]) }
        builders = []
        let pivots = lanePivots(of: runs, lanes: jobs)
        _ = ParallelMap.map(runs, jobs: jobs, chunk: 1) { $0.prepare(lanePivots: pivots) }
        let room = runs.reduce(0) { $0 + $1.partCount }
        var lanes = ParallelMap.map(Array(0...pivots.count), jobs: jobs, chunk: 1) { lane in
            Lane(number: lane, of: runs, room: lane == 0 ? room : 0)
        }
        let (nodes, positions) = joinNodes(of: &lanes, runs: runs)
        var pieces = ParallelMap.map(Array(runs.indices), jobs: jobs, chunk: 1) { run in
            EdgePiece(runs[run], positions: positions[run], nodes: nodes)
        }
        if !EdgePiece.inTurn(pieces) { pieces = [EdgePiece(merging: pieces)] }
        _ = ParallelMap.map(pieces, jobs: jobs, chunk: 1) { $0.dropRepeatsAndLooseEnds() }
        let edges = EdgePiece(joining: pieces)
        return Graph(
            sortedNodes: nodes, edges: edges.edges, documents: joinDocuments(of: runs),
            edgeIDs: Graph.uniqueIDs(hashes: edges.hashes, jobs: jobs), sourceIndices: edges.sources,
            targetIndices: edges.targets)
    }

    /// The documents of all builders, sorted by id; for an id several
    /// builders recorded, the later builder's. The runs' own lists (sorted
    /// when they were prepared) follow each other where their ids do, as
    /// runs of documents in order do.
    private static func joinDocuments(of runs: [Run]) -> [DocumentInfo] {
        let filled = runs.filter { !$0.documents.isEmpty }
        let inTurn = zip(filled, filled.dropFirst()).allSatisfy { earlier, later in
            earlier.documents[earlier.documents.count - 1].id < later.documents[0].id
        }
        guard inTurn else {
            var documents: [String: DocumentInfo] = [:]
            for run in runs {
                for document in run.documents { documents[document.id] = document }
            }
            return documents.values.sorted { $0.id < $1.id }
        }
        var documents: [DocumentInfo] = []
        documents.reserveCapacity(filled.reduce(0) { $0 + $1.documents.count })
        for run in filled { documents.append(contentsOf: run.documents) }
        return documents
    }

    /// Node parts of one builder dealt to one lane, and the slot each had in the builder.
    struct Dealt: Sendable {
        var parts: [NodeParts] = []
        var slots: [Int] = []
    }

    /// What one builder collected, handed over whole to the threads that build the graph.
    final class Run: @unchecked Sendable {
        /// The builder's edges; once prepared, in export order.
        var edges: [Edge] = []
        /// The slots of their ends, in the order of ``edges``.
        var ends: [EdgeEnds] = []
        /// The ``Edge/idHash`` of each edge, in the order of ``edges``.
        var hashes: [UInt64] = []
        /// The builder's node parts, until they are dealt out to ``lanes``.
        var parts: [NodeParts] = []
        /// How many node parts the builder has.
        private(set) var partCount = 0
        /// The node parts of each lane, once prepared.
        private(set) var lanes: [Handover<Dealt>] = []
        /// The builder's documents by id; once prepared, ``documents``.
        private var documentTable: [String: DocumentInfo] = [:]
        /// The builder's documents sorted by id, once prepared.
        private(set) var documents: [DocumentInfo] = []

        /// Takes what `builder` collected.
        init(taking builder: inout GraphBuilder) {
            swap(&edges, &builder.edges)
            swap(&ends, &builder.ends)
            swap(&hashes, &builder.hashes)
            swap(&parts, &builder.parts)
            swap(&documentTable, &builder.documents)
            partCount = parts.count
            builder = GraphBuilder()
        }

        /// Sorts the documents by id and the edges into export order (with their hashes), and deals the
        /// node parts out to the lanes that `lanePivots` separate (all to one, in place, when there are none).
        func prepare(lanePivots: [String]) {
            documents = documentTable.values.sorted { $0.id < $1.id }
            documentTable = [:]
            let order = GraphBuilder.exportOrder(of: edges, hashes: hashes)
            gather(&edges, order: order)
            ends = order.map { ends[$0] }
            hashes = order.map { hashes[$0] }
            var dealt = [Dealt](repeating: Dealt(), count: lanePivots.count + 1)
            if lanePivots.isEmpty {
                swap(&dealt[0].parts, &parts)
                dealt[0].slots = Array(dealt[0].parts.indices)
            }
            while let last = parts.popLast() {
                let lane = lanePivots.count { $0 <= last.node.id }
                dealt[lane].parts.append(last)
                dealt[lane].slots.append(parts.count)
            }
            lanes = dealt.map { Handover($0) }
        }
    }

    /// The nodes of one id range: the parts of every builder whose ids fall
    /// in it, merged builder after builder, finished and sorted by id.
    struct Lane: Sendable {
        /// The finished nodes, sorted by id.
        var nodes: [Node]
        /// For each builder, the position among ``nodes`` of each of its slots in the lane.
        var positions: [[(slot: Int, position: Int)]]

        /// Lane `number`, made from the parts `runs` dealt to it, with room for `room` nodes.
        init(number: Int, of runs: [Run], room: Int) {
            var slots = NodeSlots()
            var parts: [NodeParts] = []
            var merged: [[(slot: Int, part: Int)]] = []
            for run in runs {
                var dealt = run.lanes[number].take()
                var places: [(slot: Int, part: Int)] = []
                places.reserveCapacity(dealt.parts.count)
                if parts.isEmpty {
                    // The first parts are all new: their array is kept.
                    swap(&parts, &dealt.parts)
                    for part in parts.indices { places.append((dealt.slots[part], part)) }
                } else if slots.count == 0, !dealt.parts.isEmpty {
                    // The ids of the parts so far are looked up only once other parts come to merge with them.
                    slots.reserveCapacity(parts.count + dealt.parts.count)
                    slots.record(parts)
                }
                slots.reserveCapacity(slots.count + dealt.parts.count)
                parts.reserveCapacity(parts.count + dealt.parts.count)
                while let last = dealt.parts.popLast() {
                    let part = slots.slot(adding: last.node.id, in: parts)
                    if part < parts.count { parts[part].add(last) } else { parts.append(last) }
                    places.append((dealt.slots[dealt.parts.count], part))
                }
                merged.append(places)
            }
            let finished = GraphBuilder.finish(&parts, room: room)
            nodes = finished.nodes
            positions = merged.map { places in places.map { ($0.slot, finished.positions[$0.part]) } }
        }
    }

    /// Up to `lanes - 1` ids that cut the builders' node ids into ranges of
    /// about equal size, ascending: quantiles of a sample of the ids.
    private static func lanePivots(of runs: [Run], lanes: Int) -> [String] {
        guard lanes > 1 else { return [] }
        let total = runs.reduce(0) { $0 + $1.parts.count }
        let step = max(1, total / 1024)
        var sample: [String] = []
        for run in runs {
            for index in stride(from: 0, to: run.parts.count, by: step) { sample.append(run.parts[index].node.id) }
        }
        guard !sample.isEmpty else { return [] }
        sample.sort()
        var pivots: [String] = []
        for lane in 1..<lanes {
            let pivot = sample[lane * sample.count / lanes]
            if pivots.last.map({ $0 < pivot }) ?? true { pivots.append(pivot) }
        }
        return pivots
    }

    /// The lanes' nodes one after the other (in id order, as the lanes are;
    /// the first lane's array kept), and the position there of each slot of each builder.
    /// The lanes are emptied: their node arrays, held nowhere else, are moved from, not copied.
    private static func joinNodes(of lanes: inout [Lane], runs: [Run]) -> (nodes: [Node], positions: [[Int]]) {
        var positions = runs.map { [Int](repeating: 0, count: $0.partCount) }
        var nodes: [Node] = []
        for number in lanes.indices {
            for (run, places) in lanes[number].positions.enumerated() {
                for place in places { positions[run][place.slot] = nodes.count + place.position }
            }
            if number == 0 {
                swap(&nodes, &lanes[0].nodes)
            } else {
                moveAll(&lanes[number].nodes, to: &nodes, placeholder: Node(id: "", type: .document, label: ""))
            }
        }
        return (nodes, positions)
    }

    /// Edges in export order with their hashes and the positions of their ends among the graph's nodes.
    final class EdgePiece: @unchecked Sendable {
        var edges: [Edge] = []
        var hashes: [UInt64] = []
        /// The position of each edge's source; nil when no node has its id.
        var sources: [Int?] = []
        /// The position of each edge's target; nil when no node has its id.
        var targets: [Int?] = []

        /// The edges of `run`, whose slots went to `positions` among `nodes`.
        /// An end added after the edge, or by another builder, is looked up by its id.
        init(_ run: Run, positions: [Int], nodes: [Node]) {
            swap(&edges, &run.edges)
            swap(&hashes, &run.hashes)
            sources.reserveCapacity(edges.count)
            targets.reserveCapacity(edges.count)
            nodes.withUnsafeBufferPointer { nodes in
                for index in edges.indices {
                    let ends = run.ends[index]
                    sources.append(ends.source.map { positions[$0] } ?? Graph.index(of: edges[index].source, in: nodes))
                    targets.append(ends.target.map { positions[$0] } ?? Graph.index(of: edges[index].target, in: nodes))
                }
            }
            run.ends = []
        }

        /// The edges of `pieces` (each sorted) in the order of a stable sort
        /// of all: an edge of a later piece goes after the edges of earlier pieces it does not precede.
        init(merging pieces: [EdgePiece]) {
            var next = [Int](repeating: 0, count: pieces.count)
            while true {
                var earliest: Int?
                for piece in pieces.indices where next[piece] < pieces[piece].edges.count {
                    if let best = earliest,
                        !Edge.exportOrder(pieces[piece].edges[next[piece]], pieces[best].edges[next[best]])
                    {
                        continue
                    }
                    earliest = piece
                }
                guard let piece = earliest else { return }
                append(pieces[piece], at: next[piece])
                next[piece] += 1
            }
        }

        /// The edges of `pieces` one after the other (the first piece's arrays kept,
        /// with room made for all at once), without the repeat of the last edge before each piece that starts with one.
        /// A later piece's edges are moved, not copied (a copy would retain all their strings):
        /// reversed in place, then popped off the end; its numbers are copied at once.
        init(joining pieces: [EdgePiece]) {
            let count = pieces.reduce(0) { $0 + $1.edges.count }
            var edges: [Edge] = []
            for piece in pieces {
                if edges.isEmpty {
                    swap(&edges, &piece.edges)
                    swap(&hashes, &piece.hashes)
                    swap(&sources, &piece.sources)
                    swap(&targets, &piece.targets)
                    edges.reserveCapacity(count)
                    hashes.reserveCapacity(count)
                    sources.reserveCapacity(count)
                    targets.reserveCapacity(count)
                    continue
                }
                var later: [Edge] = []
                swap(&later, &piece.edges)
                guard !later.isEmpty else { continue }
                let start = hashes.last == piece.hashes[0] && edges[edges.count - 1] == later[0] ? 1 : 0
                hashes.append(contentsOf: piece.hashes[start...])
                sources.append(contentsOf: piece.sources[start...])
                targets.append(contentsOf: piece.targets[start...])
                later.reverse()
                if start == 1 { later.removeLast() }
                while let edge = later.popLast() { edges.append(edge) }
            }
            self.edges = edges
        }

        /// Whether the pieces are in turn: each begins where the one before ends, or later.
        static func inTurn(_ pieces: [EdgePiece]) -> Bool {
            let filled = pieces.filter { !$0.edges.isEmpty }
            return zip(filled, filled.dropFirst()).allSatisfy { earlier, later in
                !Edge.exportOrder(later.edges[0], earlier.edges[earlier.edges.count - 1])
            }
        }

        /// Moves edge `index` of `piece` (leaving a placeholder) to the end of this piece.
        private func append(_ piece: EdgePiece, at index: Int) {
            edges.append(Self.placeholder)
            swap(&edges[edges.count - 1], &piece.edges[index])
            hashes.append(piece.hashes[index])
            sources.append(piece.sources[index])
            targets.append(piece.targets[index])
        }

        /// What an edge moved away leaves behind.
        private static let placeholder = Edge(
            source: "", target: "", type: .asserts,
            provenance: Provenance(document: "", evidence: "", sentence: Span(start: 0, end: 0)))

        /// Leaves out, in place, each repeat of the edge kept before it, and edges with an end missing.
        func dropRepeatsAndLooseEnds() {
            var kept = 0
            for index in edges.indices {
                if kept > 0, hashes[kept - 1] == hashes[index], edges[kept - 1] == edges[index] { continue }
                guard sources[index] != nil, targets[index] != nil else { continue }
                if kept != index {
                    edges.swapAt(kept, index)
                    hashes[kept] = hashes[index]
                    sources[kept] = sources[index]
                    targets[kept] = targets[index]
                }
                kept += 1
            }
            edges.removeSubrange(kept...)
            hashes.removeSubrange(kept...)
            sources.removeSubrange(kept...)
            targets.removeSubrange(kept...)
        }
    }

    /// Moves every element of `source` to the end of `target`, leaving
    /// `placeholder`s behind: no element is copied (which would retain every reference it holds).
    static func moveAll<Element>(_ source: inout [Element], to target: inout [Element], placeholder: Element) {
        for index in source.indices {
            target.append(placeholder)
            swap(&target[target.count - 1], &source[index])
        }
    }

    /// The finished nodes of `parts` sorted by id (in an array with room for
    /// `room` nodes), and the position there of each part. Each node is finished
    /// and moved to its sorted place from its parts, which are emptied on the way.
    static func finish(_ parts: inout [NodeParts], room: Int) -> (nodes: [Node], positions: [Int]) {
        var ids: [String] = []
        ids.reserveCapacity(parts.count)
        for slot in parts.indices { ids.append(parts[slot].node.id) }
        var nodes: [Node] = []
        nodes.reserveCapacity(max(room, parts.count))
        var positions = [Int](repeating: 0, count: parts.count)
        let placeholder = Node(id: "", type: .document, label: "")
        for (position, slot) in orderByID(ids).enumerated() {
            parts[slot].finishNode()
            // The node is moved, not copied (a copy would retain all its strings).
            nodes.append(placeholder)
            swap(&nodes[position], &parts[slot].node)
            positions[slot] = position
        }
        parts = []
        return (nodes, positions)
    }

    /// The indices of `ids` in their order (String `<`). Ids all in ASCII,
    /// as ``Identifier`` makes them, are ordered by their first 24 bytes as
    /// three numbers (which order them as their bytes do; 24 reach past
    /// the 15 of the prefix "unnamed-source-" into the hash), and only where
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
            if lhs.third != rhs.third { return lhs.third < rhs.third }
            return ids[lhs.index] < ids[rhs.index]
        }
        return heads.map(\.index)
    }

    /// The first 24 bytes of an ASCII id as three numbers, the first byte
    /// the highest, zeros past its end, and the id's index.
    private struct IDHead {
        var first: UInt64 = 0
        var second: UInt64 = 0
        var third: UInt64 = 0
        var index: Int

        /// The head of `id`, or nil when it is not all ASCII.
        init?(_ id: String, index: Int) {
            self.index = index
            var id = id
            guard
                let words = id.withUTF8({ bytes -> (UInt64, UInt64, UInt64)? in
                    guard Self.isASCII(bytes) else { return nil }
                    return (Self.word(of: bytes, from: 0), Self.word(of: bytes, from: 8), Self.word(of: bytes, from: 16))
                })
            else { return nil }
            (first, second, third) = words
        }

        /// Bytes `start..<start + 8` of `bytes` as a number, the first byte the highest, zeros past the end.
        private static func word(of bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> UInt64 {
            if start + 8 <= bytes.count {
                return UInt64(bigEndian: UnsafeRawBufferPointer(bytes).loadUnaligned(fromByteOffset: start, as: UInt64.self))
            }
            var word: UInt64 = 0
            for position in start..<(start + 8) {
                word = word << 8 | (position < bytes.count ? UInt64(bytes[position]) : 0)
            }
            return word
        }

        /// Whether all of `bytes` are ASCII: eight at a time, then one by one.
        private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            let raw = UnsafeRawBufferPointer(bytes)
            var high: UInt64 = 0
            var start = 0
            while start + 8 <= bytes.count {
                high |= raw.loadUnaligned(fromByteOffset: start, as: UInt64.self)
                start += 8
            }
            for index in start..<bytes.count { high |= UInt64(bytes[index]) }
            return high & 0x8080_8080_8080_8080 == 0
        }
    }

    /// The order of `edges` (whose ``Edge/idHash``es are `hashes`) in a
    /// stable sort by ``Edge/exportOrder(_:_:)``, found mostly by comparing
    /// numbers (see ``ExportKey``). Where their keys are equal, edges are of
    /// one document, sentence, cue and type, and are ordered as
    /// ``Edge/exportOrder(_:_:)`` goes on: by source, target and id (whose
    /// sixteen hexadecimal digits order as the hash does), their fields
    /// read in place (a copy of an edge would retain all its strings).
    private static func exportOrder(of edges: [Edge], hashes: [UInt64]) -> [Int] {
        let keys = ExportKey.keys(of: edges)
        var order = Array(edges.indices)
        edges.withUnsafeBufferPointer { edges in
            order.sort { a, b in
                if keys[a] != keys[b] { return keys[a] < keys[b] }
                if edges[a].source != edges[b].source { return edges[a].source < edges[b].source }
                if edges[a].target != edges[b].target { return edges[a].target < edges[b].target }
                return (hashes[a], a) < (hashes[b], b)
            }
        }
        return order
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
    final class Handover<Value>: @unchecked Sendable {
        private var value: Value?

        init(_ value: Value) { self.value = value }

        func take() -> Value {
            defer { value = nil }
            return value!
        }
    }
}
