/// One news article as read from an input, ready for analysis.
///
/// `text` is the document text that every offset counts in (Unicode scalar
/// values, end exclusive): the whole file for `.txt` (headline line
/// included), the `text`/`maintext` field for JSON lines, the extracted text
/// (headline line, then one paragraph a line) for HTML.
///
/// ```swift
/// let article = try TextReader.article(from: Data("Titel\nText.".utf8), id: "a.txt", origin: "in/a.txt")
/// article.title  // "Titel"
/// article.text   // "Titel\nText."
/// ```
public struct Article: Sendable, Hashable {
    /// The document id: the file name, or for a JSON line its `id`, else its `url`, else `FILE:LINE`.
    public var id: String
    /// The headline, when the input has one.
    public var title: String?
    /// The document text that offsets count in.
    public var text: String
    /// The publication date, ISO 8601: `YYYY-MM-DD`, or the full timestamp when the input gives one in ISO form.
    public var date: String?
    /// The article's canonical URL, when known.
    public var url: String?
    /// The publishing outlet (site name or source domain), when known.
    public var outlet: String?
    /// The language the input declares for itself (a JSON line's `language` field), when it does.
    public var language: String?
    /// Where the article came from, for messages: the path, `PATH:LINE` for a JSON line, or `stdin`.
    public var origin: String

    /// Creates an article.
    public init(
        id: String, title: String? = nil, text: String, date: String? = nil, url: String? = nil,
        outlet: String? = nil, language: String? = nil, origin: String
    ) {
        self.id = id
        self.title = title
        self.text = text
        self.date = date
        self.url = url
        self.outlet = outlet
        self.language = language
        self.origin = origin
    }
}
