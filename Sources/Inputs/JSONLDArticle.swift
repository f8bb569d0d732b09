import Foundation

/// The news article a page describes in JSON-LD (`<script type="application/ld+json">`):
/// the first object typed `NewsArticle`, `Article`, `ReportageNewsArticle`,
/// `BlogPosting` or the like, found at the top, in arrays, in `@graph` or
/// nested in other objects. A publisher given as `{"@id": …}` is looked up
/// among the page's other objects.
struct JSONLDArticle {
    /// `headline`.
    private(set) var headline: String?
    /// `datePublished`, as written.
    private(set) var datePublished: String?
    /// `publisher.name`.
    private(set) var publisherName: String?
    /// `url`, else `mainEntityOfPage` (a string or its `@id`).
    private(set) var url: String?
    /// `articleBody` as written (line breaks kept), when the page gives the text itself.
    private(set) var articleBody: String?

    /// Nothing known.
    init() {}

    /// What the JSON-LD `scripts` (their raw text) say; scripts that are not valid JSON are passed over.
    init(scripts: [String]) {
        var objects: [[String: Any]] = []
        var pending: [Any] = scripts.compactMap(Self.parse).reversed()
        // An iterative walk over every object in every script, in document order.
        while let value = pending.popLast() {
            if let array = value as? [Any] {
                pending.append(contentsOf: array.reversed())
            } else if let object = value as? [String: Any] {
                objects.append(object)
                pending.append(
                    contentsOf: object.keys.sorted().reversed().compactMap { key in
                        let child = object[key]
                        return child is [Any] || child is [String: Any] ? child : nil
                    })
            }
        }
        guard let article = objects.first(where: Self.isArticle) else { return }
        let byID = Dictionary(
            objects.compactMap { object in (object["@id"] as? String).map { ($0, object) } },
            uniquingKeysWith: { first, _ in first })
        headline = Self.string(article["headline"])
        datePublished = Self.string(article["datePublished"]) ?? Self.string(article["dateCreated"])
        url = Self.string(article["url"]) ?? Self.reference(article["mainEntityOfPage"])
        articleBody = (article["articleBody"] as? String).flatMap { $0.isBlank ? nil : $0 }
        publisherName = Self.publisherName(article["publisher"], byID: byID)
    }

    private static let articleTypes: Set<String> = [
        "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "backgroundnewsarticle", "reviewnewsarticle", "blogposting", "liveblogposting", "report",
    ]

    private static func isArticle(_ object: [String: Any]) -> Bool {
        let type = object["@type"]
        let types = (type as? [Any])?.compactMap { $0 as? String } ?? [type as? String].compactMap { $0 }
        return types.contains { articleTypes.contains($0.lowercased()) }
    }

    /// The JSON in a script's text, with CDATA and comment wrappers removed.
    private static func parse(_ script: String) -> Any? {
        var text = script.trimmingCharacters(in: .whitespacesAndNewlines)
        for wrapper in ["//<![CDATA[", "<![CDATA[", "<!--"] where text.hasPrefix(wrapper) {
            text.removeFirst(wrapper.count)
        }
        for wrapper in ["//]]>", "]]>", "-->"] where text.hasSuffix(wrapper) { text.removeLast(wrapper.count) }
        return try? JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    /// A non-blank string, collapsed.
    private static func string(_ value: Any?) -> String? {
        guard let text = value as? String else { return nil }
        let collapsed = TextCleanup.collapsed(text)
        return collapsed.isEmpty ? nil : collapsed
    }

    /// A string, or the `@id` or `url` of an object.
    private static func reference(_ value: Any?) -> String? {
        if let text = string(value) { return text }
        guard let object = value as? [String: Any] else { return nil }
        return string(object["@id"]) ?? string(object["url"])
    }

    /// The name of a publisher given inline, by `@id`, or as the first of an array.
    private static func publisherName(_ value: Any?, byID: [String: [String: Any]]) -> String? {
        let candidate = (value as? [Any])?.first ?? value
        if let name = string(candidate) { return name }
        guard let object = candidate as? [String: Any] else { return nil }
        if let name = string(object["name"]) { return name }
        return (object["@id"] as? String).flatMap { byID[$0] }.flatMap { string($0["name"]) }
    }
}
