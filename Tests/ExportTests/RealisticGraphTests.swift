import NewsGraphModel
import Testing

@Suite("The realistic test graph is what it claims")
struct RealisticGraphTests {
    @Test("Every evidence and span matches the document text")
    func spans() {
        let documents = [RealisticGraph.kiew.id: RealisticGraph.kiew, RealisticGraph.bruessel.id: RealisticGraph.bruessel]
        for edge in RealisticGraph.graph.edges {
            guard let document = documents[edge.provenance.document] else {
                Issue.record("unknown document \(edge.provenance.document)")
                continue
            }
            #expect(edge.provenance.sentence.length > 0)
            #expect(document.text(of: edge.provenance.sentence) == edge.provenance.evidence)
            for span in [edge.sourceSpan, edge.cueSpan, edge.contentSpan].compactMap({ $0 }) {
                #expect(span.length > 0)
                #expect(edge.provenance.sentence.contains(span))
            }
        }
        #expect(RealisticGraph.graph.edges.count == RealisticGraph.edges.count)
        #expect(RealisticGraph.graph.nodes.count == 10)
    }
}
