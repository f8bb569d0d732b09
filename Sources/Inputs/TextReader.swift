import Foundation
import Lexicons

/// Reads a plain-text article: UTF-8, the first line is the headline, and the
/// document text is the whole file, headline line included.
///
/// Saved pages often start with a dateline (`18. Oktober, 2024`,
/// `21 Oktober 2024    Gelesen: 695`): a short line among the first five
/// that begins with a day or weekday and holds a date gives the article's
/// date, and the headline is then the first line that is not such a line.
///
/// ```swift
/// let article = try TextReader.article(from: data, id: "000_415b.txt", origin: "corpus/000_415b.txt")
/// ```
public enum TextReader {
    /// The article in `data`. A leading UTF-8 byte order mark is dropped; nothing
    /// else of the text is changed, so offsets count in the file as it is.
    ///
    /// - Throws: `InputError` for an empty file, a binary file (NUL bytes),
    ///   UTF-16 text, bytes that are not UTF-8, or a file of white space only.
    public static func article(from data: Data, id: String, origin: String) throws(InputError) -> Article {
        let text = try decodeUTF8(data, origin: origin)
        guard !text.isBlank else {
            throw InputError(origin: origin, reason: "no text (only white space)")
        }
        let lines = leadingLines(of: text, count: 5)
        let date = lines.lazy.compactMap(datelineDate).first
        let headline = lines.first { datelineDate($0) == nil } ?? lines.first
        return Article(id: id, title: headline, text: text, date: date, origin: origin)
    }

    /// The first `count` lines that are not blank, trimmed.
    static func leadingLines(of text: String, count: Int) -> [String] {
        var lines: [String] = []
        var rest = text[...]
        while !rest.isEmpty && lines.count < count {
            let end = rest.firstIndex(where: \.isNewline) ?? rest.endIndex
            let trimmed = rest[..<end].trimmingCharacters(in: .whitespacesAndNewlines)
            if !trimmed.isEmpty { lines.append(trimmed) }
            rest = end < rest.endIndex ? rest[rest.index(after: end)...] : rest[end...]
        }
        return lines
    }

    /// The date of a dateline: a line of at most 40 characters that starts
    /// with a digit or a weekday and holds a full date; nil for other lines.
    static func datelineDate(_ line: String) -> String? {
        guard line.count <= 40, let first = line.first,
            first.isNumber || weekdays.contains(where: { line.hasPrefix($0) })
        else { return nil }
        return ArticleDate.normalized(line)
    }

    private static let weekdays = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]

    /// `data` as UTF-8 text without its byte order mark, or the reason it is not text.
    static func decodeUTF8(_ data: Data, origin: String) throws(InputError) -> String {
        guard !data.isEmpty else { throw InputError(origin: origin, reason: "empty file") }
        if ByteScan.hasUTF16BOM(data) {
            throw InputError(origin: origin, reason: "UTF-16 text is not supported (save it as UTF-8)")
        }
        if let offset = ByteScan.firstNUL(in: data) {
            throw InputError(origin: origin, reason: "binary file (NUL byte at offset \(offset))")
        }
        if let offset = ByteScan.firstInvalidUTF8(in: data) {
            throw InputError(origin: origin, reason: "not valid UTF-8 at byte \(offset)")
        }
        let bodyStart = ByteScan.hasUTF8BOM(data) ? ByteScan.utf8BOM.count : 0
        return data.withUnsafeBytes { bytes in
            String(validUTF8: UnsafeBufferPointer(rebasing: bytes.assumingMemoryBound(to: UInt8.self)[bodyStart...]))
        }
    }
}
