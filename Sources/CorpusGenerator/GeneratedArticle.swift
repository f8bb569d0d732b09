/// One article made by ``CorpusGenerator``: headline, date and paragraphs.
///
/// ```swift
/// var generator = CorpusGenerator(seed: 1)
/// let article = generator.next()
/// article.plainText   // "Headline\n\nFirst paragraph.\n\nSecond paragraph.\n"
/// article.jsonLine    // {"id":"gen-000001","title":"…","date":"2019-01-01","text":"…"}
/// ```
public struct GeneratedArticle: Sendable, Hashable {
    /// The document id: `gen-000001` (the file name without `.txt`).
    public var id: String
    /// The headline.
    public var title: String
    /// The publication date, `YYYY-MM-DD`.
    public var date: String
    /// The paragraphs of the body, each of one or more sentences.
    public var paragraphs: [String]

    /// Creates an article.
    public init(id: String, title: String, date: String, paragraphs: [String]) {
        self.id = id
        self.title = title
        self.date = date
        self.paragraphs = paragraphs
    }

    /// The body: paragraphs separated by a blank line.
    public var body: String { paragraphs.joined(separator: "\n\n") }

    /// The `.txt` file: the headline line, a blank line, the body, a final newline.
    public var plainText: String { "\(title)\n\n\(body)\n" }

    /// The file name for ``plainText``: `gen-000001.txt`.
    public var fileName: String { "\(id).txt" }

    /// One JSON object, without the newline: `id`, `title`, `date`, `text` (the body).
    public var jsonLine: String {
        "{\"id\":\(JSONString.quoted(id)),\"title\":\(JSONString.quoted(title)),\"date\":\"\(date)\",\"text\":\(JSONString.quoted(body))}"
    }
}
