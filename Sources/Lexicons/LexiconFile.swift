import Foundation

/// A data file under `Ontology/`: one entry a line, fields separated by tabs,
/// `#` starting a comment line, blank lines ignored.
///
///     # verb<TAB>kind
///     sagen	speech
///     dementieren	denial
///
/// ```swift
/// let verbs = try LexiconFile.load("lexicons/speech-verbs.tsv")
/// for row in verbs.rows { print(row[0]) }
/// ```
public struct LexiconFile: Sendable {
    /// The path under `Ontology/`.
    public let name: String
    /// The rows, each split into its tab-separated fields (trimmed).
    public let rows: [[String]]

    /// Parses the text of a lexicon file.
    public init(name: String, text: String) {
        var text = text
        self.init(name: name, rows: text.withUTF8(Self.plainRows) ?? Self.rows(text))
    }

    private init(name: String, rows: [[String]]) {
        self.name = name
        self.rows = rows
    }

    /// The rows: lines split at newlines, those blank or starting with `#`
    /// (after white space) skipped, fields split at tabs and trimmed of white space.
    static func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            rows.append(line.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            })
        }
        return rows
    }

    /// ``rows(_:)`` read from UTF-8 bytes, for text whose only white space
    /// and newlines are space, tab, LF and CR (all lexicons); nil for other
    /// text and for bytes that are not UTF-8.
    static func plainRows(_ bytes: UnsafeBufferPointer<UInt8>) -> [[String]]? {
        var rows: [[String]] = []
        let plain = forEachPlainRow(bytes) { line, _ in
            var fields: [String] = []
            var fieldStart = line.lowerBound
            for index in line where bytes[index] == 0x09 {
                fields.append(string(bytes, trimmed(bytes, fieldStart..<index)))
                fieldStart = index + 1
            }
            fields.append(string(bytes, trimmed(bytes, fieldStart..<line.upperBound)))
            rows.append(fields)
        }
        return plain ? rows : nil
    }

    /// Calls `body` with every line of `bytes` that is neither blank nor a
    /// comment, as ``rows(_:)`` splits and skips lines, and where its first
    /// field ends (its first tab, or its end), for text whose only white space
    /// and newlines are space, tab, LF and CR. LF, CR and tab are grapheme
    /// clusters of their own, so splitting bytes there splits the characters
    /// there. False for other text and for bytes that are not UTF-8, found
    /// maybe after `body` has seen some lines.
    static func forEachPlainRow(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (_ line: Range<Int>, _ firstFieldEnd: Int) -> Void) -> Bool {
        let count = bytes.count
        var lineStart = 0
        var firstTab: Int?
        var index = 0
        while true {
            // Bytes from 0x0E to 0x7F, most, need no second look: passed eight at a time, then one by one.
            index = firstByteOutsidePlainASCII(bytes, from: index)
            while index < count, bytes[index] &- 0x0E < 0x72 { index += 1 }
            if index < count {
                let byte = bytes[index]
                if byte >= 0x80 {
                    let length = plainScalarLength(bytes, at: index)
                    guard length > 0 else { return false }
                    index += length
                    continue
                }
                if byte == 0x09 {
                    firstTab = firstTab ?? index
                    index += 1
                    continue
                }
                guard byte == 0x0A || byte == 0x0D else {
                    if byte == 0x0B || byte == 0x0C { return false }
                    index += 1
                    continue
                }
            }
            let content = trimmed(bytes, lineStart..<index)
            if !content.isEmpty, bytes[content.lowerBound] == UInt8(ascii: "#") {
                // `#` and a combining mark are one character, which is no `#`: leave that to the characters.
                if content.count > 1, bytes[content.lowerBound + 1] >= 0xCC { return false }
            } else if !content.isEmpty {
                body(lineStart..<index, firstTab ?? index)
            }
            guard index < count else { return true }
            index += 1
            lineStart = index
            firstTab = nil
        }
    }

    /// A range without the spaces and tabs at its ends.
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        return start..<end
    }

    private static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// The offset of the first byte at or after `start` that is below 0x0E or
    /// above 0x7F, read eight bytes at a time (or where fewer than eight are left).
    @inline(__always)
    private static func firstByteOutsidePlainASCII(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index &+ 8 <= bytes.count {
            let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
            // A byte below 0x0E borrows and sets its high bit, as a byte above 0x7F has its own; a borrow
            // can mark bytes after the first such byte falsely, so only the lowest mark counts.
            let marks = ((word &- 0x0E0E_0E0E_0E0E_0E0E) | word) & 0x8080_8080_8080_8080
            guard marks == 0 else { return index &+ marks.trailingZeroBitCount &>> 3 }
            index &+= 8
        }
        return index
    }

    /// The length of the well-formed UTF-8 sequence that starts at the
    /// non-ASCII byte at `index` (no overlong form, surrogate or scalar above
    /// U+10FFFF), when its scalar is no white space or newline: not U+0085,
    /// U+00A0, U+1680, U+180E, U+2000–U+200B, U+2028, U+2029, U+202F, U+205F or
    /// U+3000. 0 for any other bytes.
    private static func plainScalarLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        let length = lead < 0xC2 ? 0 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : lead < 0xF5 ? 4 : 0
        guard length > 0, index + length <= bytes.count else { return 0 }
        let second = bytes[index + 1]
        let lowest: UInt8 = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80
        let highest: UInt8 = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF
        guard second >= lowest, second <= highest else { return 0 }
        for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return 0 }
        let third = length > 2 ? bytes[index + 2] : 0
        let isWhiteSpace =
            switch lead {
            case 0xC2: second == 0x85 || second == 0xA0
            case 0xE1: (second == 0x9A && third == 0x80) || (second == 0xA0 && third == 0x8E)
            case 0xE2 where second == 0x80: (0x80...0x8B).contains(third) || third == 0xA8 || third == 0xA9 || third == 0xAF
            case 0xE2: second == 0x81 && third == 0x9F
            case 0xE3: second == 0x80 && third == 0x80
            default: false
            }
        return isWhiteSpace ? 0 : length
    }

    /// Loads `name` (a path relative to the Ontology folder).
    public static func load(_ name: String, from folder: URL? = OntologyDirectory.locate()) throws -> LexiconFile {
        let data = try contents(of: name, from: folder)
        // Rows read from the bytes, checked to be UTF-8 on the way; other text goes through `String`.
        if let rows = data.withUnsafeBytes({ plainRows($0.assumingMemoryBound(to: UInt8.self)) }) {
            return LexiconFile(name: name, rows: rows)
        }
        return LexiconFile(name: name, text: try text(of: data, name: name, from: folder))
    }

    /// The bytes of file `name` (a path relative to the Ontology folder), not checked yet.
    static func contents(of name: String, from folder: URL?) throws -> Data {
        guard let folder else { throw LexiconError.ontologyNotFound }
        let path = folder.appendingPathComponent(name).path
        guard let data = FileManager.default.contents(atPath: path) else { throw LexiconError.unreadable(path) }
        return data
    }

    /// The text in `data`, the bytes of file `name` under `folder`.
    static func text(of data: Data, name: String, from folder: URL?) throws -> String {
        let text = data.withUnsafeBytes { String(validating: $0.assumingMemoryBound(to: UInt8.self), as: UTF8.self) }
        guard let text else { throw LexiconError.notUTF8(folder?.appendingPathComponent(name).path ?? name) }
        return text
    }

    /// The `|`-separated alternatives of a field, trimmed of white space as
    /// `trimmingCharacters(in: .whitespaces)` trims (tab and the space
    /// separators, scalar by scalar), the empty ones left out.
    ///
    /// A field whose scalars are all below U+0300 is split as bytes: there
    /// `|` is a character of its own, and the only white space is space, tab
    /// and U+00A0.
    ///
    ///     LexiconFile.alternatives("Nato | NATO||")   // ["Nato", "NATO"]
    public static func alternatives(_ field: String) -> [String] {
        var field = field
        let plain = field.withUTF8 { bytes -> [String]? in
            guard !bytes.contains(where: { $0 >= 0xCC }) else { return nil }
            var parts: [String] = []
            var start = 0
            for end in 0...bytes.count where end == bytes.count || bytes[end] == UInt8(ascii: "|") {
                var part = trimmed(bytes, start..<end)
                while part.count >= 2, bytes[part.lowerBound] == 0xC2, bytes[part.lowerBound + 1] == 0xA0 {
                    part = trimmed(bytes, part.lowerBound + 2..<part.upperBound)
                }
                while part.count >= 2, bytes[part.upperBound - 2] == 0xC2, bytes[part.upperBound - 1] == 0xA0 {
                    part = trimmed(bytes, part.lowerBound..<part.upperBound - 2)
                }
                if !part.isEmpty { parts.append(string(bytes, part)) }
                start = end + 1
            }
            return parts
        }
        if let plain { return plain }
        return field.split(separator: "|").compactMap { part in
            let scalars = part.unicodeScalars
            guard let first = scalars.firstIndex(where: { !isWhiteSpace($0) }),
                let last = scalars.lastIndex(where: { !isWhiteSpace($0) })
            else { return nil }
            return String(scalars[first...last])
        }
    }

    /// Whether a scalar is in `CharacterSet.whitespaces`.
    private static func isWhiteSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\t" || scalar == " " || !scalar.isASCII && scalar.properties.generalCategory == .spaceSeparator
    }

    /// The first field of every row.
    public var firstColumn: [String] { rows.compactMap { $0.first }.filter { !$0.isEmpty } }  // (a key path here costs a call per row)
}

/// Why a lexicon could not be read.
public enum LexiconError: Error, CustomStringConvertible, Equatable {
    /// No `Ontology/` folder was found (set `NEWSGRAPH_ONTOLOGY`).
    case ontologyNotFound
    /// The file is missing or unreadable.
    case unreadable(String)
    /// The file is not UTF-8.
    case notUTF8(String)
    /// Lexicons of the Ontology folder could not be read: why, for each.
    case unusable([String])

    public var description: String {
        switch self {
        case .ontologyNotFound: "cannot find the Ontology folder; set NEWSGRAPH_ONTOLOGY to its path"
        case .unreadable(let path): "cannot read lexicon \(path)"
        case .notUTF8(let path): "lexicon \(path) is not UTF-8"
        case .unusable(let problems): "the Ontology folder cannot be used: " + problems.joined(separator: "; ")
        }
    }
}
