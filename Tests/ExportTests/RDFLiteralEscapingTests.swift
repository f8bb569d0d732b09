import Testing

@testable import RDFExport

@Suite("RDF literal escaping")
struct RDFLiteralEscapingTests {
    /// The escaping rules byte by byte: what the word-at-a-time writer must match.
    static func reference(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\\"): out += Array(#"\\"#.utf8)
            case UInt8(ascii: "\""): out += Array(#"\""#.utf8)
            case 0x0A: out += Array(#"\n"#.utf8)
            case 0x0D: out += Array(#"\r"#.utf8)
            case 0x09: out += Array(#"\t"#.utf8)
            case 0..<0x20, 0x7F: out += Array(String(format: "\\u%04X", byte).utf8)
            case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE:
                out += Array((bytes[index + 2] == 0xBE ? #"\uFFFE"# : #"\uFFFF"#).utf8)
                index += 2
            default: out.append(byte)
            }
            index += 1
        }
        return out
    }

    /// Checks both the writer and the test for escapes against ``reference(_:)``.
    static func check(_ bytes: [UInt8], _ comment: Comment) {
        let expected = reference(bytes)
        #expect(escaped(bytes) == expected, comment)
        #expect(bytes.withUnsafeBufferPointer { RDFSyntax.needsEscaping($0) } == (expected != bytes), comment)
    }

    static func escaped(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBufferPointer { bytes in
            let room = RDFSyntax.escapedLiteralRoom(bytes.count)
            let target = UnsafeMutablePointer<UInt8>.allocate(capacity: room)
            defer { target.deallocate() }
            let count = RDFSyntax.writeEscapedLiteral(bytes, to: target)
            #expect(count <= room)
            return Array(UnsafeBufferPointer(start: target, count: count))
        }
    }

    @Test("Every byte value at every position of texts of 1 to 19 bytes is escaped, and found to need it, as byte by byte")
    func everyByteEverywhere() {
        for length in 1..<20 {
            for position in 0..<length {
                for byte in 0...255 {
                    var bytes = Array("Grüße aus Köln, ja".utf8.prefix(length))
                    while bytes.count < length { bytes.append(UInt8(ascii: "x")) }
                    bytes[position] = UInt8(byte)
                    Self.check(bytes, "byte \(byte) at \(position) of \(length)")
                }
            }
        }
    }

    @Test("Texts with escapes, umlauts, ß, non-characters and cut sequences")
    func texts() {
        let texts = [
            "", "a", "ß", "„Zitat“", "Straße \"Nord\" \\ Süd", "line1\nline2\r\nline3\ttab", "\u{1}\u{1B}\u{7F}",
            "\u{FFFE}\u{FFFF}\u{FFFD}", "Ende \u{FFFF}", "\u{FFFE}Anfang", String(repeating: "Wörter ", count: 40),
            String(repeating: "\"", count: 17), String(repeating: "x", count: 16) + "\u{FFFE}",
        ]
        for text in texts {
            Self.check(Array(text.utf8), "\(text)")
        }
        // 0xEF B F cut by the end of the text stays as it is.
        for tail in [[0xEF], [0xEF, 0xBF], [0xEF, 0xBF, 0xBD]] as [[UInt8]] {
            for prefix in 0..<10 {
                let bytes = Array(repeating: UInt8(ascii: "a"), count: prefix) + tail
                Self.check(bytes, "\(bytes)")
            }
        }
    }
}
