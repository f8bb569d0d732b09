import Testing

@testable import NewsGraphModel

/// ``GraphBuilder/build(merging:jobs:)`` with many nodes: ids cut into lanes
/// by range, edges joined in turn or merged, the same graph for any number of jobs.
@Suite struct GraphBuilderMergingTests {
    private func edge(_ source: String, _ target: String, document: String, at start: Int) -> Edge {
        Edge(
            source: source, target: target, type: .asserts,
            provenance: Provenance(document: document, evidence: "s", sentence: Span(start: start, end: start + 1)))
    }

    /// A fixed stream of numbers below `bound` (a linear congruential generator).
    private struct Numbers {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15

        mutating func next(below bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    /// The calls of `documents` documents, each made on the builder `builderOf` names and
    /// on one builder that sees them all: nodes of a few hundred ids (some not in ASCII,
    /// some shared by documents), edges to them, some added before their ends, some repeated, some to no node.
    private func builders(documents: Int, count: Int, builderOf: (Int) -> Int) -> (whole: GraphBuilder, parts: [GraphBuilder]) {
        var numbers = Numbers()
        var whole = GraphBuilder()
        var parts = [GraphBuilder](repeating: GraphBuilder(), count: count)
        for number in 0..<documents {
            let document = "doc-\(1000 + number)"
            let builder = builderOf(number)
            func add(_ call: (inout GraphBuilder) -> Void) {
                call(&whole)
                call(&parts[builder])
            }
            add { $0.addDocument(DocumentInfo(id: document)) }
            var ids: [String] = []
            for _ in 0..<6 {
                let kind = ["person", "statement", "country", "organization\u{FC}"][numbers.next(below: 4)]
                let id = "\(kind)-\(numbers.next(below: 400))"
                let label = "L\(numbers.next(below: 3))"
                if numbers.next(below: 4) == 0, let earlier = ids.last {
                    let early = edge(earlier, id, document: document, at: numbers.next(below: 50))
                    add { $0.add(early) }
                }
                add { $0.addNode(id: id, type: .person, label: label, surfaces: [label, "S\(number)"], document: document) }
                ids.append(id)
            }
            for _ in 0..<5 {
                let start = numbers.next(below: 50)
                let target = numbers.next(below: 8) == 0 ? "missing-\(number)" : ids[numbers.next(below: ids.count)]
                let made = edge(ids[numbers.next(below: ids.count)], target, document: document, at: start)
                add { $0.add(made) }
                if numbers.next(below: 3) == 0 { add { $0.add(made) } }
            }
        }
        return (whole, parts)
    }

    @Test(
        "Builders of runs of documents in turn give the graph of one builder that saw every call, whatever the jobs",
        arguments: [1, 2, 3, 4])
    func buildersInTurn(jobs: Int) {
        let (whole, parts) = builders(documents: 120, count: 3) { $0 / 40 }
        let graph = GraphBuilder.build(merging: parts, jobs: jobs)
        #expect(graph == whole.build())
        #expect(graph.nodes.count > 300)
        #expect(graph.edges.count > 400)
    }

    @Test(
        "An empty builder between others changes nothing: the parts before it are merged with those after",
        arguments: [1, 2])
    func emptyBuilderBetweenOthers(jobs: Int) {
        let (whole, parts) = builders(documents: 120, count: 4) { [0, 2, 3][$0 / 40] }
        #expect(GraphBuilder.build(merging: parts, jobs: jobs) == whole.build())
    }

    @Test(
        "Builders whose documents interleave give the graph of one builder that saw every call, whatever the jobs",
        arguments: [1, 2, 3])
    func buildersInterleaved(jobs: Int) {
        let (whole, parts) = builders(documents: 90, count: 3) { $0 % 3 }
        // The calls of each builder come after those of the builders before it: a later one's label loses.
        var merged = parts[0]
        for later in parts.dropFirst() { merged.merge(later) }
        let graph = GraphBuilder.build(merging: parts, jobs: jobs)
        #expect(graph == merged.build(jobs: jobs))
        #expect(graph.edges == whole.build().edges)
        #expect(graph.nodes.map(\.id) == whole.build().nodes.map(\.id))
    }

    @Test("A repeat of one builder's last edge at the start of the next builder's is dropped")
    func repeatAcrossBuilders() {
        var first = GraphBuilder()
        var second = GraphBuilder()
        for index in [0, 1] {
            first.addNode(id: "a\(index)", type: .person, label: "a")
            second.addNode(id: "a\(index)", type: .person, label: "a")
        }
        first.add(edge("a0", "a1", document: "d", at: 1))
        second.add(edge("a0", "a1", document: "d", at: 1))
        second.add(edge("a0", "a1", document: "d", at: 2))
        first.addDocument(DocumentInfo(id: "d", title: "first"))
        second.addDocument(DocumentInfo(id: "d", title: "second"))
        second.addDocument(DocumentInfo(id: "c"))
        let graph = GraphBuilder.build(merging: [first, second], jobs: 2)
        #expect(graph.documents == [DocumentInfo(id: "c"), DocumentInfo(id: "d", title: "second")])
        #expect(graph.edges.map(\.provenance.sentence.start) == [1, 2])
        #expect(graph.sourceIndices == [0, 0])
        #expect(graph.targetIndices == [1, 1])
    }
}
