import Foundation

/// A larger corpus made from real articles (JSON lines with `id` and `text`,
/// optionally `title`, `date`) by repeating them, for benchmarks on real text.
///
/// Copy `k` (from 2) of an article gets the id `ID #k` and the line
/// `(Wiederholung k)` after its text, so that the input reader neither
/// refuses the id nor skips the text as a duplicate. Other fields are dropped.
/// The result is written to a temporary folder given by the caller, never
/// into the project: real corpora keep their licence.
///
/// ```swift
/// let summary = try CorpusRepeater.write(sources: [trainURL, devURL], times: 10, to: folder)
/// ```
public enum CorpusRepeater {
    /// A source line that is not a JSON object with string `id` and `text`.
    public struct BadLine: Error, CustomStringConvertible {
        /// `PATH:LINE`.
        public var origin: String
        /// `PATH:LINE: expected a JSON object with string fields "id" and "text"`.
        public var description: String { "\(origin): expected a JSON object with string fields \"id\" and \"text\"" }
    }

    /// Writes every article of `sources`, `times` times over, into `folder` as JSON lines.
    public static func write(
        sources: [URL], times: Int, to folder: URL, articlesPerFile: Int = CorpusFormat.articlesPerJSONLinesFile
    ) throws -> CorpusWriter.Summary {
        precondition(times >= 1 && articlesPerFile > 0, "times and articlesPerFile must be positive")
        let articles = try sources.flatMap(read)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var output: BufferedOutput?
        var written = 0
        var textBytes = 0
        for copy in 1...times {
            for article in articles {
                if written % articlesPerFile == 0 {
                    try output?.close()
                    output = try BufferedOutput(
                        creating: folder.appendingPathComponent(CorpusFormat.jsonLinesFileName(written / articlesPerFile + 1)))
                }
                let id = copy == 1 ? article.id : "\(article.id) #\(copy)"
                let text = copy == 1 ? article.text : "\(article.text)\n\n(Wiederholung \(copy))"
                var line = "{\"id\":\(JSONString.quoted(id))"
                if let title = article.title { line += ",\"title\":\(JSONString.quoted(title))" }
                if let date = article.date { line += ",\"date\":\(JSONString.quoted(date))" }
                line += ",\"text\":\(JSONString.quoted(text))}\n"
                try output?.write(line)
                written += 1
                textBytes += text.utf8.count
            }
        }
        try output?.close()
        return CorpusWriter.Summary(articles: written, textBytes: textBytes, path: folder.path)
    }

    private struct SourceArticle {
        var id: String
        var text: String
        var title: String?
        var date: String?
    }

    private static func read(_ url: URL) throws -> [SourceArticle] {
        let data = try Data(contentsOf: url)
        var articles: [SourceArticle] = []
        for (number, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated()
        where line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                let id = object["id"] as? String, let text = object["text"] as? String
            else { throw BadLine(origin: "\(url.path):\(number + 1)") }
            articles.append(SourceArticle(id: id, text: text, title: object["title"] as? String, date: object["date"] as? String))
        }
        return articles
    }
}
