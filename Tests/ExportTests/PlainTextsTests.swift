import DOTExport
import ExportSupport
import GEXFExport
import GraphMLExport
import NewsGraphModel
import RDFExport
import Testing

@Suite("Plain texts: looked at once, copied as they are by every export")
struct PlainTextsTests {
    @Test("Text of every short length, with a byte some export escapes at every place, is told plain or not as byte by byte")
    func plainAtEveryLengthAndPlace() {
        // Each marker starts or is a byte that some export escapes, drops or looks at twice; "ä", "ß", "€" and „“ stay plain.
        let markers = ["\\", "\"", "&", "<", ">", "\n", "\t", "\r", "\u{1}", "\u{7F}", "\u{85}", "\u{A0}", "\u{FFFE}", "ä", "ß", "€", "„", "“"]
        for var text in markedTexts(markers, plainLength: 40, lengths: 1...34) {
            let expected = !text.utf8.contains { $0 < 0x20 || [0x22, 0x26, 0x3C, 0x3E, 0x5C, 0x7F, 0xC2, 0xEF].contains($0) }
            #expect(text.withUTF8(PlainTexts.isPlain) == expected, "\(text.debugDescription)")
        }
    }

    @Test("Every byte value, among plain bytes at every place of a short and a sixteen-byte text, is told plain or not as byte by byte")
    func everyByteValue() {
        for byte in UInt8.min...UInt8.max {
            let expected = !(byte < 0x20 || [0x22, 0x26, 0x3C, 0x3E, 0x5C, 0x7F, 0xC2, 0xEF].contains(byte))
            for length in [3, 16] {
                for place in 0..<length {
                    var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                    bytes[place] = byte
                    #expect(bytes.withUnsafeBufferPointer(PlainTexts.isPlain) == expected, "byte \(byte) at \(place) of \(length)")
                }
            }
        }
    }

    @Test("Empty and long texts")
    func emptyAndLong() {
        var empty = ""
        var long = String(repeating: "Die Straße nach Köln „lang“ – 12,5 km. ", count: 100)
        var marked = long + "<"
        let plain = (empty.withUTF8(PlainTexts.isPlain), long.withUTF8(PlainTexts.isPlain), marked.withUTF8(PlainTexts.isPlain))
        #expect(plain == (true, true, false))
    }

    @Test("A node or edge is plain when every text it is written with is")
    func nodesAndEdges() {
        let plain = PlainTexts(HostileGraph.graph)
        #expect(plain.nodes.count == HostileGraph.graph.nodes.count)
        #expect(plain.edges.count == HostileGraph.graph.edges.count)
        #expect(plain.nodes.contains(false) && plain.edges.contains(false))
        let realistic = PlainTexts(RealisticGraph.graph)
        #expect(realistic.nodes.allSatisfy { $0 } && realistic.edges.allSatisfy { $0 })
    }

    @Test("An edge's end is plain as its node's id is; a Statement's text, the label's own string or not, is looked at")
    func endsAndStatementTexts() {
        let quoted = "Er sagte: \"Nein\" und ging nach Hause."  // longer than 15 bytes: stored out of line
        let plain = "Sie sagte: Ja, und blieb in der Stadt."
        let nodes = [
            Node(id: "person-a", type: .person, label: "A"),
            Node(id: "person-\"b\"", type: .person, label: "B"),
            Node(id: "statement-c", type: .statement, label: quoted, text: quoted),
            Node(id: "statement-d", type: .statement, label: plain, text: plain),
            Node(id: "statement-e", type: .statement, label: plain, text: plain + " <mehr>"),
        ]
        let provenance = Provenance(document: "doc", evidence: "Ein Satz.", sentence: Span(start: 0, end: 9))
        let edges = [
            Edge(source: "person-a", target: "statement-d", type: .asserts, provenance: provenance),
            Edge(source: "person-\"b\"", target: "statement-d", type: .asserts, provenance: provenance),
            Edge(source: "person-a", target: "nowhere <x>", type: .asserts, provenance: provenance),
        ]
        let texts = PlainTexts(Graph(nodes: nodes, edges: edges))
        let byID = Dictionary(uniqueKeysWithValues: zip(nodes.map(\.id), texts.nodes))
        #expect(byID == ["person-a": true, "person-\"b\"": false, "statement-c": false, "statement-d": true, "statement-e": false])
        #expect(texts.edges == [true, false, false])
    }

    @Test("Every export writes the same bytes with the shared plain texts and documents as without", arguments: TestGraph.allCases)
    func sameBytes(_ testGraph: TestGraph) throws {
        let texts = SharedPlainTexts()
        let triples = SharedTriples(plainTexts: texts)
        let sharing: [any GraphExporter] = [
            GraphMLExporter(sharing: texts), GEXFExporter(sharing: texts, documents: triples.documents), DOTExporter(sharing: texts),
            NTriplesExporter(sharing: triples), TurtleExporter(sharing: triples),
        ]
        for (alone, shared) in zip(ExportedFiles.exporters, sharing) {
            #expect(try alone.export(testGraph.graph) == shared.export(testGraph.graph), "\(alone.fileExtension)")
        }
    }
}
