import Testing
@testable import NewsGraphModel

@Suite struct GraphTests {
    private let provenance = Provenance(document: "d", evidence: "e", sentence: Span(start: 0, end: 1))

    @Test("Edge ids are unique: repeats get -2, -3 in edge order")
    func uniqueEdgeIDs() {
        let first = Edge(source: "a", target: "b", type: .asserts, provenance: provenance, rule: "x")
        let second = Edge(source: "a", target: "b", type: .asserts, provenance: provenance, rule: "y")
        let third = Edge(source: "a", target: "c", type: .asserts, provenance: provenance)
        let graph = Graph(edges: [first, second, third, first])
        #expect(graph.edgeIDs == [first.id, first.id + "-2", third.id, first.id + "-3"])
        #expect(Set(graph.edgeIDs).count == 4)
        #expect(Graph().edgeIDs.isEmpty)
    }

    @Test("Ids written on several threads, in runs, are the ids written on one, repeats counted in edge order")
    func uniqueEdgeIDsOnSeveralThreads() {
        let hashes = (0..<20_000).map { UInt64($0 % 7_001) &* 0x9E37_79B9_7F4A_7C15 }
        let ids = Graph.uniqueIDs(hashes: hashes, jobs: 2)
        #expect(ids == Graph.uniqueIDs(hashes: hashes, jobs: 1))
        #expect(ids[7_001] == Edge.id(forHash: hashes[0]) + "-2")
        #expect(ids[19_999] == Edge.id(forHash: hashes[19_999]) + "-3")
        #expect(Set(ids).count == 20_000)
    }

    @Test("Repeats are counted per hash, also among hashes that fall in one slot of the table and hash 0")
    func repeatCountsOfCollidingHashes() {
        var counts = Graph.RepeatCounts(capacity: 4)
        // The same high bits after the multiply: one slot, probed in turn.
        let colliding: [UInt64] = [0, 1, 2, 3].map { $0 &* 0x1_0000_0000 }
        #expect(colliding.map { counts.increment($0) } == [1, 1, 1, 1])
        #expect(colliding.reversed().map { counts.increment($0) } == [2, 2, 2, 2])
        #expect(counts.increment(0) == 3)
        var empty = Graph.RepeatCounts(capacity: 0)
        #expect(empty.increment(.max) == 1)
    }

    @Test("Each edge knows the indices of the nodes at its ends, nil for a missing node")
    func edgeEnds() {
        let nodes = ["a", "b", "c"].map { Node(id: $0, type: .person, label: $0) }
        let edges = [
            Edge(source: "c", target: "a", type: .asserts, provenance: provenance),
            Edge(source: "b", target: "missing", type: .denies, provenance: provenance),
            Edge(source: "gone", target: "b", type: .deploys, provenance: provenance),
        ]
        let graph = Graph(nodes: nodes, edges: edges)
        #expect(graph.sourceIndices == [2, 1, nil])
        #expect(graph.targetIndices == [0, nil, 1])
        #expect(graph.degrees() == [1, 2, 1])  // ends that are no node count for none
        for (index, edge) in graph.edges.enumerated() {
            if let source = graph.sourceIndices[index] { #expect(graph.nodes[source].id == edge.source) }
            if let target = graph.targetIndices[index] { #expect(graph.nodes[target].id == edge.target) }
        }
    }
}
