import ExportSupport
import Foundation
import Testing
import TestSupport
import XMLSupport

@Suite("GEXF batches: elements with attributes and children, prepared in Swift")
struct GEXFBatchTests {
    /// Strings with every byte the XML escaping treats apart, in content and in attributes.
    static let hostileTexts = [
        "", "plain", "<\"&'>\n\r\t\u{1}\u{0}\u{1F}", "]]> & <x> \u{1B}ü😀\r\n", "x\u{FFFE}y\u{FFFF}z\u{FFFD}\u{FFFC}",
        "Zoë e\u{301} 😀 \u{7F}\u{85}", "&amp; &#1; \\ \"quoted\"", "ﬁ\u{EF}\u{BF}", "a\u{EF}\u{BF}\u{BE}b",
        String(repeating: "ä&<\t\u{FFFF}\n", count: 2_000),
    ]

    @Test("Nested elements with attributes come out byte for byte as libxml2 writes them, indented or not")
    func batchMatchesLibXML() throws {
        let label = TextElement("label")
        for indent in [true, false] {
            func document(batched: Bool) throws -> [UInt8] {
                let writer = try XMLWriter(indent: indent)
                try writer.startDocument()
                try writer.startElement("gexf")
                try writer.startElement("nodes")
                var batch = writer.textElementBatch(depth: writer.depth + 1)
                for (index, text) in Self.hostileTexts.enumerated() {
                    try writer.startElement("node")
                    try writer.attribute("id", "n\(index)")
                    let number = index == 0 ? Int.min : index * 7_919 - 40_000
                    if batched {
                        batch.startElement("attvalues")
                        batch.startElement("attvalue")
                        batch.attribute("for", text: text)
                        batch.attribute("value", prefix: text, text: "|" + text)
                        batch.endElement()
                        batch.startElement("attvalue")
                        batch.attribute("value", joining: [text, "", text], separator: "<&>\t")
                        batch.attribute("n", decimal: number)
                        batch.endElement()
                        batch.startElement("empty")
                        batch.startElement("inner")
                        batch.add(label, text: text)
                        batch.endElement()
                        batch.endElement()
                        batch.endElement()
                        batch.startElement("viz:size")
                        batch.endElement()
                        try writer.write(&batch)
                        let emptied = batch.isEmpty  // read first: the batch is not copyable
                        #expect(emptied)
                    } else {
                        try writer.startElement("attvalues")
                        try writer.startElement("attvalue")
                        try writer.attribute("for", text)
                        try writer.attribute("value", text + "|" + text)
                        try writer.endElement()
                        try writer.startElement("attvalue")
                        try writer.attribute("value", [text, "", text].joined(separator: "<&>\t"))
                        try writer.attribute("n", String(number))
                        try writer.endElement()
                        try writer.startElement("empty")
                        try writer.startElement("inner")
                        try writer.write(label, text: text)
                        try writer.endElement()
                        try writer.endElement()
                        try writer.endElement()
                        try writer.startElement(prefix: "viz", "size", namespace: nil)
                        try writer.endElement()
                    }
                    try writer.endElement()
                }
                return try writer.finish()
            }
            let batched = try document(batched: true)
            let libxml = try document(batched: false)
            #expect(batched == libxml, "indent: \(indent)\n\(String(decoding: batched, as: UTF8.self).prefix(3_000))")
        }
    }

    @Test("Whole elements with attributes and children, written straight into a file's sink past its chunks, come out as libxml2 writes them")
    func wholeElementsMatchLibXML() throws {
        let label = TextElement("data", attributes: [("key", "label")])
        let folder = try ProjectPaths.temporaryFolder("batch-children")
        defer { try? FileManager.default.removeItem(at: folder) }
        for indent in [true, false] {
            func document(batched: Bool) throws -> [UInt8] {
                let target = folder.appendingPathComponent("graph.gexf")
                try AtomicFile.write(to: target) { sink in
                    let writer = try XMLWriter(indent: indent)
                    try writer.startDocument()
                    try writer.startElement("graph")
                    try writer.attribute("id", "G")
                    for round in 0..<(batched ? 1 : 100) {
                        if batched {
                            try writer.writeChildren(to: &sink) { batch in
                                for round in 0..<100 {
                                    for (index, text) in Self.hostileTexts.enumerated() {
                                        batch.startElement("node")
                                        batch.attribute("id", text: "\(round)-\(index)")
                                        batch.attribute("label", text: text)
                                        batch.add(label, text: text)
                                        batch.startElement("viz:size")
                                        batch.attribute("value", decimal: index)
                                        batch.endElement()
                                        batch.endElement()
                                        batch.startElement("edge")
                                        batch.attribute("source", text: text)
                                        batch.endElement()
                                    }
                                }
                            }
                        } else {
                            for (index, text) in Self.hostileTexts.enumerated() {
                                try writer.startElement("node")
                                try writer.attribute("id", "\(round)-\(index)")
                                try writer.attribute("label", text)
                                try writer.write(label, text: text)
                                try writer.startElement(prefix: "viz", "size", namespace: nil)
                                try writer.attribute("value", String(index))
                                try writer.endElement()
                                try writer.endElement()
                                try writer.startElement("edge")
                                try writer.attribute("source", text)
                                try writer.endElement()
                            }
                            try writer.drain { sink.append($0) }
                        }
                    }
                    try writer.endElement()
                    sink.append(try writer.finish())
                }
                return try [UInt8](Data(contentsOf: target))
            }
            let batched = try document(batched: true)
            #expect(batched.count > 1 << 21, "the children passed more than one chunk of the sink")
            #expect(batched == (try document(batched: false)), "indent: \(indent)")
        }
    }

    @Test("Text of every short length, with a byte that needs care at every place, is escaped as libxml2 escapes it")
    func escapingAtEveryLengthAndPlace() throws {
        // Lengths around the 4-, 8-, 16- and 32-byte tests, each marker (an entity, a character
        // reference, a dropped control, U+FFFE dropped, an umlaut and ß kept) at each place.
        let markers = ["&", "\"", "<", ">", "\t", "\n", "\r", "\u{1}", "\u{FFFE}", "ä", "ß", "\u{FFFD}"]
        let texts = markedTexts(markers, plainLength: 48, lengths: 1...40)
        let value = TextElement("data", attributes: [("key", "k")])
        try Self.expectBatchMatchesLibXML { writer, batch, batched in
            for text in texts {
                if batched {
                    batch.startElement("node")
                    batch.attribute("id", text: text)
                    batch.add(value, text: text)
                    batch.endElement()
                } else {
                    try writer.startElement("node")
                    try writer.attribute("id", text)
                    try writer.write(value, text: text)
                    try writer.endElement()
                }
            }
        }
    }

    @Test("Children written straight into a sink give the bytes of writing their batch through libxml2, start tag closed first")
    func childrenIntoSink() throws {
        for indent in [false, true] {
            func document(intoSink: Bool) throws -> [UInt8] {
                let writer = try XMLWriter(indent: indent)
                var sink = ByteSink()
                try writer.startDocument()
                try writer.startElement("nodes")
                try writer.attribute("count", "2")
                func addNodes(to batch: inout TextElementBatch) {
                    for id in ["a&b", "c<d"] {
                        batch.startElement("node")
                        batch.attribute("id", text: id)
                        batch.endElement()
                    }
                }
                if intoSink {
                    try writer.writeChildren(to: &sink) { addNodes(to: &$0) }
                } else {
                    var batch = writer.textElementBatch(depth: writer.depth)
                    addNodes(to: &batch)
                    try writer.write(&batch)
                }
                try writer.endElement()
                sink.append(try writer.finish())
                return sink.bytes
            }
            #expect(try document(intoSink: true) == document(intoSink: false), "indent: \(indent)")
        }
    }

    @Test("Writing no children, or leaving one not ended, is refused")
    func childrenRefused() throws {
        let writer = try XMLWriter()
        try writer.startElement("nodes")
        var sink = ByteSink()
        #expect(throws: XMLWriterError.self) { try writer.writeChildren(to: &sink) { _ in } }
        #expect(throws: XMLWriterError.self) { try writer.writeChildren(to: &sink) { $0.startElement("node") } }
    }

    @Test("A batch with an element not ended is refused")
    func unendedElementRefused() throws {
        let writer = try XMLWriter()
        try writer.startElement("nodes")
        try writer.startElement("node")
        var batch = writer.textElementBatch(depth: writer.depth)
        batch.startElement("attvalues")
        let completeWhileOpen = batch.isComplete
        #expect(!completeWhileOpen)
        #expect(throws: XMLWriterError.self) { try writer.write(&batch) }
        batch.endElement()
        let completeWhenEnded = batch.isComplete
        #expect(completeWhenEnded)
        try writer.write(&batch)
        try writer.endElement()
        let text = String(decoding: try writer.finish(), as: UTF8.self)
        #expect(text.contains("<node>\n    <attvalues/>\n  </node>"))
    }

    @Test("Elements nested deeper than a batch first makes room for close as libxml2 closes them")
    func deepNestingMatchesLibXML() throws {
        let names: [StaticString] = ["a", "b", "viz:c"]
        try Self.expectBatchMatchesLibXML { writer, batch, batched in
            for level in 0..<40 {
                let name = names[level % names.count]
                if batched {
                    batch.startElement(name)
                    batch.attribute("level", decimal: level)
                } else {
                    try writer.startElement(name.description)
                    try writer.attribute("level", String(level))
                }
            }
            for _ in 0..<40 {
                if batched { batch.endElement() } else { try writer.endElement() }
            }
        }
    }

    /// Expects the children of a `<root>` that `write` adds, through the batch
    /// when `batched`, else through the writer's own calls, to come out byte
    /// for byte the same both ways, indented or not.
    static func expectBatchMatchesLibXML(
        _ write: (_ writer: XMLWriter, _ batch: inout TextElementBatch, _ batched: Bool) throws -> Void
    ) throws {
        for indent in [true, false] {
            func document(batched: Bool) throws -> [UInt8] {
                let writer = try XMLWriter(indent: indent)
                try writer.startDocument()
                try writer.startElement("root")
                var batch = writer.textElementBatch(depth: writer.depth)
                try write(writer, &batch, batched)
                if batched { try writer.write(&batch) }
                return try writer.finish()
            }
            #expect(try document(batched: true) == document(batched: false), "indent: \(indent)")
        }
    }
}
