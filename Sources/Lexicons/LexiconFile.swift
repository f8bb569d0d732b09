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
        self.name = name
        rows = Self.plainRows(text) ?? Self.rows(text)
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

    /// ``rows(_:)`` read from the UTF-8 bytes, for text whose only white
    /// space and newlines are space, tab, LF and CR (all lexicons); nil for
    /// other text. LF, CR and tab are grapheme clusters of their own, so
    /// splitting bytes there splits the characters there.
    static func plainRows(_ text: String) -> [[String]]? {
        var text = text
        return text.withUTF8 { bytes -> [[String]]? in
            var rows: [[String]] = []
            var lineStart = 0
            var index = 0
            let count = bytes.count
            while index <= count {
                if index < count {
                    let byte = bytes[index]
                    if byte >= 0x80 {
                        if !isPlainScalar(bytes, at: index) { return nil }
                    } else if byte == 0x0B || byte == 0x0C {
                        return nil
                    }
                    if byte != 0x0A && byte != 0x0D {
                        index += 1
                        continue
                    }
                }
                let line = trimmed(bytes, lineStart..<index)
                // `#` and a combining mark are one character, which is no `#`: leave that to the characters.
                if !line.isEmpty, bytes[line.lowerBound] == UInt8(ascii: "#"), line.count > 1, bytes[line.lowerBound + 1] >= 0xCC {
                    return nil
                }
                if let row = row(bytes, lineStart..<index) { rows.append(row) }
                index += 1
                lineStart = index
            }
            return rows
        }
    }

    /// The fields of one line, or nil when it is blank or a comment.
    private static func row(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> [String]? {
        let content = trimmed(bytes, line)
        guard !content.isEmpty, bytes[content.lowerBound] != UInt8(ascii: "#") else { return nil }
        var fields: [String] = []
        var fieldStart = line.lowerBound
        for index in line where bytes[index] == 0x09 {
            fields.append(string(bytes, trimmed(bytes, fieldStart..<index)))
            fieldStart = index + 1
        }
        fields.append(string(bytes, trimmed(bytes, fieldStart..<line.upperBound)))
        return fields
    }

    /// A range without the spaces and tabs at its ends.
    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        return start..<end
    }

    private static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// Whether the non-ASCII scalar whose UTF-8 starts at `index` is no white
    /// space or newline: not U+0085, U+00A0, U+1680, U+180E, U+2000–U+200B,
    /// U+2028, U+2029, U+202F, U+205F or U+3000.
    private static func isPlainScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = bytes[index]
        guard byte == 0xC2 || byte == 0xE1 || byte == 0xE2 || byte == 0xE3 else { return true }
        let second = index + 1 < bytes.count ? bytes[index + 1] : 0
        let third = index + 2 < bytes.count ? bytes[index + 2] : 0
        switch byte {
        case 0xC2: return second != 0x85 && second != 0xA0
        case 0xE1: return !(second == 0x9A && third == 0x80) && !(second == 0xA0 && third == 0x8E)
        case 0xE2:
            if second == 0x80 { return !((0x80...0x8B).contains(third) || third == 0xA8 || third == 0xA9 || third == 0xAF) }
            return !(second == 0x81 && third == 0x9F)
        default: return !(second == 0x80 && third == 0x80)
        }
    }

    /// Loads `name` (a path relative to the Ontology folder).
    public static func load(_ name: String, from folder: URL? = OntologyDirectory.locate()) throws -> LexiconFile {
        guard let folder else { throw LexiconError.ontologyNotFound }
        let url = folder.appendingPathComponent(name)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw LexiconError.unreadable(url.path)
        }
        guard let text = String(data: data, encoding: .utf8) else { throw LexiconError.notUTF8(url.path) }
        return LexiconFile(name: name, text: text)
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

    public var description: String {
        switch self {
        case .ontologyNotFound: "cannot find the Ontology folder; set NEWSGRAPH_ONTOLOGY to its path"
        case .unreadable(let path): "cannot read lexicon \(path)"
        case .notUTF8(let path): "lexicon \(path) is not UTF-8"
        }
    }
}
