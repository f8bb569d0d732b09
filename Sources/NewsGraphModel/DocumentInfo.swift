/// What is known about one input article, beyond its text.
public struct DocumentInfo: Hashable, Sendable, Identifiable {
    /// The document id: a file's name, a JSON line's `id` (else `url`, else `FILE:LINE`).
    public var id: String
    /// The headline, when known.
    public var title: String?
    /// The publication date as ISO 8601 (`2024-10-21` or a full timestamp), when known.
    public var date: String?
    /// The canonical URL, when known.
    public var url: String?
    /// The outlet (site name or publisher), when known.
    public var outlet: String?
    /// Where the article was read from (a path, or `-` for standard input).
    public var origin: String?

    /// Creates the description of one article.
    public init(
        id: String, title: String? = nil, date: String? = nil, url: String? = nil,
        outlet: String? = nil, origin: String? = nil
    ) {
        self.id = id
        self.title = title
        self.date = date
        self.url = url
        self.outlet = outlet
        self.origin = origin
    }

    /// The date part (`YYYY-MM-DD`) of ``date``, when it starts with one.
    public var day: String? {
        guard let date, date.count >= 10 else { return nil }
        let day = String(date.prefix(10))
        let parts = day.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts.map(\.count) == [4, 2, 2],
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
        else { return nil }
        return day
    }
}
