import ExportSupport
import NewsGraphModel
import Testing
@testable import XMLSupport

/// Text read where it is stored (``TextElementBatch``'s `textAt:` calls,
/// ``AttributeValue``'s places) and escaped in pieces (the path of strings
/// without contiguous UTF-8) comes out as the same text handed over whole.
@Suite("XMLSupport: text read in place and escaped in pieces")
struct TextInPlaceTests {
    /// Texts around the 32-byte pieces: U+FFFE, U+FFFF (dropped), ß, umlauts,
    /// emoji and entities at every offset across a piece's end, long texts, empty.
    static let texts: [String] = {
        var texts = ["", "ß", "Zoë & Straße <ä> \"ü\"\t\n\r\u{1}", String(repeating: "ä&<\u{FFFF}ß😀", count: 700)]
        for scalar in ["\u{FFFE}", "\u{FFFF}", "\u{FFFD}", "ß", "😀", "&", "\u{EF}"] {
            for offset in 20..<40 { texts.append(String(repeating: "a", count: offset) + scalar + "b\u{FFFF}c") }
        }
        return texts
    }()

    /// `text` escaped in `context`, whole or in pieces of a byte sequence.
    static func escaped(_ text: String, in context: XMLEscaping.Context, inPieces: Bool) -> [UInt8] {
        var bytes = MarkupBytes(capacity: 16)
        bytes.reserve(XMLEscaping.limit(text.utf8.count))
        if inPieces {
            XMLEscaping.appendInPieces(Array(text.utf8), in: context, to: &bytes)
        } else {
            XMLEscaping.append(text, in: context, to: &bytes)
        }
        bytes.commit()
        return bytes.sink.bytes
    }

    @Test("Escaping in pieces that end where scalars end gives the bytes of escaping whole")
    func piecesMatchWhole() {
        for text in Self.texts {
            for context in [XMLEscaping.Context.content, .attribute] {
                #expect(Self.escaped(text, in: context, inPieces: true) == Self.escaped(text, in: context, inPieces: false))
            }
        }
        #expect(Self.escaped("a\u{FFFE}b", in: .content, inPieces: true) == Array("ab".utf8))
    }

    @Test("Text, optional text and lists read where they are stored come out as handed over whole")
    func inPlaceMatchesWhole() {
        let label = TextElement("data", attributes: [("key", "n-label")])
        let value = TextElement("attvalue", attributes: [("for", "type")], valueAttribute: "value")
        for element in [label, value] {
            for text in Self.texts {
                let optional: String? = text
                let items = [text, "", text]
                var inPlace = TextElementBatch(depth: 1, indent: true)
                var whole = TextElementBatch(depth: 1, indent: true)
                withUnsafePointer(to: text) { inPlace.add(element, textAt: $0) }
                whole.add(element, text: text)
                withUnsafePointer(to: optional) { inPlace.add(element, textAt: $0) }
                whole.add(element, text: text)
                withUnsafePointer(to: text) { inPlace.add(element, prefix: "p&", textAt: $0) }
                whole.add(element, text: "p&" + text)
                withUnsafePointer(to: items) { inPlace.add(element, joiningAt: $0, separator: "|") }
                whole.add(element, text: items.joined(separator: "|"))
                inPlace.startElement("node")
                whole.startElement("node")
                withUnsafePointer(to: text) { inPlace.attribute("id", textAt: $0) }
                whole.attribute("id", text: text)
                withUnsafePointer(to: optional) { inPlace.attribute("label", textAt: $0) }
                whole.attribute("label", text: text)
                inPlace.endElement()
                whole.endElement()
                #expect(inPlace.gathered() == whole.gathered())
            }
        }
        let missing: String? = nil
        var empty = TextElementBatch(depth: 0, indent: false)
        withUnsafePointer(to: missing) { empty.add(value, textAt: $0) }
        #expect(String(decoding: empty.gathered(), as: UTF8.self) == #"<attvalue for="type" value=""/>"#)
    }

    @Test("Every attribute value of a node and an edge is written as its text")
    func attributeValuesMatchTheirText() {
        let node = Node(
            id: "person/zoë", type: .person, label: "Zoë", aliases: ["Zoë B.", "Z & B"], documents: ["a.txt", "b.txt"],
            text: "Straße <1>", roles: ["Ministerin"])
        let edge = Edge(
            source: "a", target: "b", type: .deploys,
            provenance: Provenance(document: "d.txt", evidence: "Satz & ß.", sentence: Span(start: 3, end: 8), date: "2024-01-02"),
            cueSpan: Span(start: 4, end: 5),
            deployment: Deployment(quantity: 11000, approximate: true, unit: "Soldaten", destination: "Mali", claimedBy: "X"),
            rule: "deploy.rule")
        let element = TextElement("attvalue", attributes: [("for", "x")], valueAttribute: "value")
        func check(_ column: Int, _ value: AttributeValue) {
            var byValue = TextElementBatch(depth: 0, indent: false)
            var byText = TextElementBatch(depth: 0, indent: false)
            byValue.add(element, value: value)
            byText.add(element, text: value.text)
            #expect(byValue.gathered() == byText.gathered(), "column \(column)")
        }
        var columns: [Int] = []
        withUnsafePointer(to: node) { node in
            GraphAttributes.forEachValue(of: node, documents: UnsafeBufferPointer(start: nil, count: 0)) { column, value in
                columns.append(column)
                check(column, value)
            }
        }
        #expect(columns == [0, 1, 2, 3, 4, 5])
        columns = []
        withUnsafePointer(to: edge) { edge in
            GraphAttributes.forEachValue(of: edge) { column, value in
                columns.append(column)
                check(column, value)
            }
        }
        #expect(columns == [0, 1, 2, 3, 4, 7, 8, 12, 13, 14, 15, 16, 17, 18])
    }

    @Test("Size texts found again by degree are those of each degree, formatted as String formats them")
    func sizeTextsByDegree() {
        let degrees = [0, 4, 9, 4, 100, 0, 1, 100, -3]
        #expect(NodeStyle.sizeTexts(degrees: degrees) == degrees.map { String(NodeStyle.size(degree: $0)) })
        #expect(NodeStyle.sizeTexts(degrees: []) == [])
        #expect(NodeStyle.sizeTexts(degrees: [-2]) == ["10.0"])
    }

    @Test("Children and attributes prepared once come out as the same added in place")
    func preparedMatchesInPlace() throws {
        let label = TextElement("data", attributes: [("key", "label")])
        for indent in [true, false] {
            for text in GEXFBatchTests.hostileTexts {
                let writer = try XMLWriter(indent: indent)
                try writer.startElement("graph")
                var direct = writer.textElementBatch(depth: writer.depth)
                var prepared = writer.textElementBatch(depth: writer.depth)
                func addChildren(to batch: inout TextElementBatch) {
                    batch.add(label, text: text)
                    batch.startElement("viz:shape")
                    batch.attribute("value", text: text)
                    batch.endElement()
                }
                let children = prepared.prepareChildren(addChildren)
                let attributes = TextElementBatch.prepareAttributes([("label", text), ("weight", "1.0")])
                for _ in 0..<2 {
                    direct.startElement("edge")
                    direct.attribute("label", text: text)
                    direct.attribute("weight", text: "1.0")
                    addChildren(to: &direct)
                    direct.endElement()
                    prepared.startElement("edge")
                    prepared.add(attributes: attributes.buffer)
                    prepared.add(children: children.buffer)
                    prepared.endElement()
                }
                #expect(prepared.gathered() == direct.gathered(), "indent: \(indent), \(text.debugDescription.prefix(80))")
            }
        }
    }

    @Test("The constant names of attribute values (types, forms, booleans) and the IRI namespace need no escaping, as their fast paths assume")
    func constantNamesArePlain() {
        let names = NodeType.allCases.map(\.rawValue) + EdgeType.allCases.map(\.rawValue)
            + SpeechForm.allCases.map(\.rawValue) + ["true", "false", AttributeValue.iriPrefix]
        for var name in names {
            let plain = name.withUTF8(XMLEscaping.isPlain)
            #expect(plain, "\(name)")
        }
        var notPlain = "a&b"
        let plain = notPlain.withUTF8(XMLEscaping.isPlain)
        #expect(!plain)
    }
}
