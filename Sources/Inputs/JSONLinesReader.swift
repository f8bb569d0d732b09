import Foundation

/// Reads JSON lines: one article an object, in the fields of news-please
/// (`title`, `maintext`, `description`, `date_publish`, `url`,
/// `source_domain`, `language`) or plain ones (`id`, `title`, `text`, `date`,
/// `url`, `outlet`). Unknown fields are ignored.
///
/// The document text is `text`, else `maintext`, else `description` (the
/// first that is not blank); the title is never part of it. The id is `id`,
/// else `url`, else `FILE:LINE`. A line that is not a JSON object, or whose
/// fields have the wrong types, becomes one failure naming `PATH:LINE`; the
/// other lines are still read.
///
/// ```swift
/// let items = JSONLinesReader.articles(from: data, fileName: "news.jsonl", origin: "in/news.jsonl")
/// ```
public enum JSONLinesReader {
    /// One item for every line of `data` that is not blank, in order.
    /// - Parameters:
    ///   - fileName: the file's name, for the `FILE:LINE` ids of lines without `id` or `url`.
    ///   - origin: the file's path, for messages (`PATH:LINE`).
    public static func articles(from data: Data, fileName: String, origin: String) -> [InputItem] {
        var cursor = JSONLinesCursor(data: data, fileName: fileName, origin: origin)
        var items: [InputItem] = []
        while let item = cursor.next() { items.append(item) }
        return items
    }

    /// Whether `data` looks like JSON lines rather than plain text: its first
    /// character other than white space is `{`.
    public static func looksLikeJSONLines(_ data: Data) -> Bool {
        let body = ByteScan.hasUTF8BOM(data) ? data.dropFirst(ByteScan.utf8BOM.count) : data
        return body.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) == UInt8(ascii: "{")
    }

    /// The article in one line of JSON (valid UTF-8, no line break): read by
    /// ``JSONLineScanner`` when it can, else by `JSONSerialization` after
    /// ``JSONSurrogateRepair``; both read the same fields.
    static func article(
        fromLine line: [UInt8], fallbackID: @autoclosure () -> String, origin: String
    ) throws(InputError) -> Article {
        if let fields = JSONLineScanner(line: line) {
            return try article(from: fields, fallbackID: fallbackID(), origin: origin)
        }
        return try article(
            from: parsedFields(fromLine: line, origin: origin), fallbackID: fallbackID(), origin: origin)
    }

    /// The fields of one line of JSON as `JSONSerialization` reads it, lone surrogate escapes repaired first.
    static func parsedFields(fromLine line: [UInt8], origin: String) throws(InputError) -> JSONFields {
        let value: Any
        do {
            value = try JSONSerialization.jsonObject(
                with: Data(JSONSurrogateRepair.repaired(line)), options: .fragmentsAllowed)
        } catch {
            throw InputError(origin: origin, reason: "invalid JSON: \(parserMessage(error))")
        }
        guard let object = value as? [String: Any] else {
            throw InputError(origin: origin, reason: "not a JSON object but \(JSONFields.kind(of: value))")
        }
        return JSONFields(object: object, origin: origin)
    }

    /// The article made of one JSON object's fields.
    static func article(
        from fields: some ArticleFieldSource, fallbackID: @autoclosure () -> String, origin: String
    ) throws(InputError) -> Article {
        let textFields: [ArticleField] = [.text, .maintext, .description]
        guard let text = try fields.firstNonBlank(textFields) else {
            let present = textFields.filter(fields.isPresent)
            throw InputError(
                origin: origin,
                reason: present.isEmpty
                    ? "no text (expected a \"text\" or \"maintext\" field)" : "empty text in \"\(present[0].name)\"")
        }
        let url = try fields.firstNonBlank([.url])
        let id = try fields.identifier(.id).flatMap { $0.isBlank ? nil : $0 }
        let title = try fields.firstNonBlank([.title])?.trimmingWhitespaceAndNewlines
        let date = try fields.firstNonBlank([.date, .datePublish, .datePublished]).flatMap(ArticleDate.normalized)
        return Article(
            id: id ?? url ?? fallbackID(), title: title, text: text, date: date, url: url,
            outlet: try fields.firstNonBlank([.outlet, .sourceDomain]),
            language: try fields.firstNonBlank([.language]),
            origin: origin)
    }

    /// The parser's own explanation, without the generic Cocoa wording.
    private static func parserMessage(_ error: any Error) -> String {
        let nsError = error as NSError
        let detail = (nsError.userInfo[NSDebugDescriptionErrorKey] as? String) ?? nsError.localizedDescription
        return detail.hasSuffix(".") ? String(detail.dropLast()) : detail
    }
}
