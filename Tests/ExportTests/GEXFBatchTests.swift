import ExportSupport
import Testing
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

    @Test("Whole elements with attributes and children, batched beside each other and written in parts, come out as libxml2 writes them")
    func wholeElementsMatchLibXML() throws {
        let label = TextElement("data", attributes: [("key", "label")])
        for indent in [true, false] {
            func document(batched: Bool) throws -> (bytes: [UInt8], parts: Int) {
                var streamed = ByteSink()
                var parts = 0
                let writer = try XMLWriter(indent: indent)
                try writer.startDocument()
                try writer.startElement("graph")
                try writer.attribute("id", "G")
                var batch = writer.textElementBatch(depth: writer.depth)
                for round in 0..<40 {
                    for (index, text) in Self.hostileTexts.enumerated() {
                        if batched {
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
                            try writer.write(&batch, drainingTo: { part in
                                streamed.append(part)
                                parts += 1
                            })
                        } else {
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
                    }
                }
                try writer.write(&batch, handingTo: { streamed.append($0) })
                try writer.endElement()
                streamed.append(try writer.finish())
                return (streamed.bytes, parts)
            }
            let batched = try document(batched: true)
            #expect(batched.parts > 1, "the batch was written in parts")
            #expect(batched.bytes == (try document(batched: false)).bytes, "indent: \(indent)")
        }
    }

    @Test("Text of every short length, with a byte that needs care at every place, is escaped as libxml2 escapes it")
    func escapingAtEveryLengthAndPlace() throws {
        // Lengths around the 4- and 8-byte tests, each marker (an entity, a character
        // reference, a dropped control, U+FFFE dropped, an umlaut and ß kept) at each place.
        let markers = ["&", "\"", "<", ">", "\t", "\n", "\r", "\u{1}", "\u{FFFE}", "ä", "ß", "\u{FFFD}"]
        var texts = (0...24).map { String(repeating: "x", count: $0) }
        for length in 1...20 {
            for place in 0..<length {
                for marker in markers {
                    texts.append(String(repeating: "a", count: place) + marker + String(repeating: "b", count: length - place - 1))
                }
            }
        }
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

    @Test("Handing a batch over gives the bytes of writing it through libxml2, start tag closed first")
    func handingOver() throws {
        for indent in [false, true] {
            func document(handed: Bool) throws -> [UInt8] {
                let writer = try XMLWriter(indent: indent)
                var bytes: [UInt8] = []
                try writer.startDocument()
                try writer.startElement("nodes")
                try writer.attribute("count", "2")
                var batch = writer.textElementBatch(depth: writer.depth)
                for id in ["a&b", "c<d"] {
                    batch.startElement("node")
                    batch.attribute("id", text: id)
                    batch.endElement()
                }
                if handed {
                    try writer.write(&batch, handingTo: { bytes.append(contentsOf: $0) })
                } else {
                    try writer.write(&batch)
                }
                try writer.endElement()
                bytes.append(contentsOf: try writer.finish())
                return bytes
            }
            #expect(try document(handed: true) == document(handed: false), "indent: \(indent)")
        }
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
