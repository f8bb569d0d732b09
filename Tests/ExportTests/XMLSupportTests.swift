import Foundation
import Testing
import TestSupport
import XMLSupport

@Suite("XMLSupport: writer, sanitiser, validators")
struct XMLSupportTests {
    @Test("The sanitiser drops exactly the characters XML 1.0 forbids")
    func sanitiser() {
        #expect(XMLText.sanitized("a\u{0}b\u{1}c\u{8}d\u{B}e\u{C}f\u{1B}g\u{1F}h") == "abcdefgh")
        #expect(XMLText.sanitized("tab\tLF\nCR\r") == "tab\tLF\nCR\r")
        #expect(XMLText.sanitized("x\u{FFFE}y\u{FFFF}z\u{FFFD}") == "xyz\u{FFFD}")
        #expect(XMLText.sanitized("Zoë e\u{301} 😀 \u{7F}\u{85}") == "Zoë e\u{301} 😀 \u{7F}\u{85}")
        #expect(XMLText.sanitized("") == "")
        #expect(!XMLText.isLegal(Unicode.Scalar(0x1B)!))
        #expect(XMLText.isLegal(Unicode.Scalar(0x1F600)!))
    }

    @Test("Prepared elements made alike are equal, others not, and each writes its own tags")
    func preparedElementsAreInterned() throws {
        let made = (0..<3).map { _ in TextElement("data", attributes: [("key", "n-label")]) }
        #expect(Set(made).count == 1)
        let others = [
            TextElement("data", attributes: [("key", "n-type")]), TextElement("data"),
            TextElement("data", attributes: [("key", "n-label")], valueAttribute: "value"),
        ]
        #expect(Set(made + others).count == 4)
        let writer = try XMLWriter(indent: false)
        try writer.startElement("node")
        var batch = writer.textElementBatch(depth: writer.depth)
        for element in made + others { batch.add(element, text: "x") }
        try writer.write(&batch)
        let text = String(decoding: try writer.finish(), as: UTF8.self)
        let expected = #"<data key="n-label">x</data>"#
        #expect(text.contains("<node>" + String(repeating: expected, count: 3) + #"<data key="n-type">x</data><data>x</data><data key="n-label" value="x"/></node>"#))
    }

    @Test("The writer escapes markup, keeps CR and newlines, and yields well-formed UTF-8")
    func writerEscapes() throws {
        let writer = try XMLWriter(indent: false)
        try writer.startDocument()
        try writer.startElement("root", namespace: "urn:test")
        try writer.attribute("a", "<\"&'>\n\r\t\u{1}")
        try writer.element("t", text: "]]> & <x> \u{1B}ü😀\r\n")
        try writer.endElement()
        let text = String(decoding: try writer.finish(), as: UTF8.self)
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"))
        #expect(text.contains("xmlns=\"urn:test\""))
        #expect(text.contains(" a=\"&lt;&quot;&amp;'&gt;&#10;&#13;&#9;\""))
        #expect(text.contains("<t>]]&gt; &amp; &lt;x&gt; ü😀&#13;\n</t>"))
        #expect(throws: XMLWriterError.self) { try writer.text("after the end") }
    }

    @Test("The XSD validator accepts valid GraphML and reports why invalid GraphML fails")
    func schemaValidator() throws {
        let validator = try XMLSchemaValidator(schemaPath: ProjectPaths.graphMLSchema.path)
        let valid = #"<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed"><node id="a"/></graph></graphml>"#
        try validator.validate(Array(valid.utf8))
        let invalid = #"<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph><node id="a b"/></graph></graphml>"#
        let error = try #require(throws: XMLValidationError.self) { try validator.validate(Array(invalid.utf8)) }
        #expect(error.messages.contains { $0.contains("edgedefault") })
        let broken = try #require(throws: XMLValidationError.self) { try validator.validate(Array("<graphml><".utf8)) }
        #expect(!broken.messages.isEmpty)
        #expect(throws: XMLValidationError.self) { try XMLSchemaValidator(schemaPath: "/nonexistent.xsd") }
    }

    @Test("The RELAX NG validator accepts valid GEXF and rejects an unknown attribute")
    func relaxNGValidator() throws {
        let validator = try RelaxNGValidator(schemaPath: ProjectPaths.gexfSchema.path)
        let valid = #"<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes/><edges/></graph></gexf>"#
        try validator.validate(Array(valid.utf8))
        let invalid = #"<gexf xmlns="http://gexf.net/1.3" version="1.3" colour="red"><graph><nodes/><edges/></graph></gexf>"#
        let error = try #require(throws: XMLValidationError.self) { try validator.validate(Array(invalid.utf8)) }
        #expect(!error.messages.isEmpty)
    }
}
