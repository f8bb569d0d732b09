import ExportSupport
import Foundation
import Testing
import TestSupport
import XMLSupport

@Suite("ByteSink: streamed atomic files and XML escaping")
struct ByteSinkTests {
    /// Strings with every byte the XML escaping treats apart.
    static let hostileTexts = [
        "", "plain", "<\"&'>\n\r\t\u{1}\u{0}\u{1F}", "]]> & <x> \u{1B}ü😀\r\n", "x\u{FFFE}y\u{FFFF}z\u{FFFD}\u{FFFC}",
        "Zoë e\u{301} 😀 \u{7F}\u{85}", "&amp; &#1; \\ \"quoted\"", "ﬁ\u{EF}\u{BF}",
    ]

    @Test("Text and attribute values are escaped byte for byte as libxml2's xmlTextWriter escapes them")
    func xmlEscaping() throws {
        for text in Self.hostileTexts {
            let writer = try XMLWriter(indent: false)
            try writer.startDocument()
            try writer.startElement("e")
            try writer.attribute("a", text)
            try writer.text(text)
            try writer.endElement()
            var sink = ByteSink()
            sink.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<e")
            sink.appendXMLAttribute("a", text)
            sink.append(">")
            sink.appendXMLText(text)
            sink.append("</e>\n")
            #expect(sink.bytes == (try writer.finish()), "\(text.debugDescription)")
        }
    }

    @Test("A streamed file larger than the buffer arrives whole, atomically, with no temporary file left")
    func streamedFile() throws {
        let folder = try ProjectPaths.temporaryFolder("byte-sink")
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("graph.nt")
        let line = Array("<a> <b> \"Zoë\" .\n".utf8)
        try AtomicFile.write(to: target) { sink in
            for number in 0..<200_000 {
                sink.append(line)
                sink.append(decimal: number)
            }
        }
        var expected: [UInt8] = []
        for number in 0..<200_000 { expected += line + Array(String(number).utf8) }
        #expect(try [UInt8](Data(contentsOf: target)) == expected)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["graph.nt"])
    }

    @Test("An export that fails midway leaves the previous file and no temporary file")
    func failedExport() throws {
        struct Failure: Error {}
        let folder = try ProjectPaths.temporaryFolder("byte-sink-failure")
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("graph.ttl")
        try AtomicFile.write(Array("old\n".utf8), to: target)
        #expect(throws: Failure.self) {
            try AtomicFile.write(to: target) { sink in
                sink.append(String(repeating: "x", count: 3_000_000))
                throw Failure()
            }
        }
        #expect(try String(contentsOf: target, encoding: .utf8) == "old\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["graph.ttl"])
    }
}
