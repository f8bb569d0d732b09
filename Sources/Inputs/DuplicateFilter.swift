import Foundation

/// Remembers the articles read so far and tells which new one repeats an
/// earlier one: by URL, by text (compared by letters and digits only, case
/// folded), or by document id.
struct DuplicateFilter {
    /// Whether a repeated URL or text makes a duplicate; repeated ids are always refused.
    var checksContent: Bool

    private var idsByURL: [String: String] = [:]
    private var idsByText: [TextDigest: String] = [:]
    private var originsByID: [String: String] = [:]

    init(checksContent: Bool) {
        self.checksContent = checksContent
    }

    /// `article` itself when it is new (and remembered), `.skipped` when it
    /// duplicates an earlier article, `.failure` when another article already has its id.
    /// - Parameter digest: the digest of the article's text (see ``TextSurvey``).
    mutating func admit(_ article: Article, digest: TextDigest?) -> InputItem {
        let url = article.url.flatMap(Self.normalizedURL)
        if checksContent {
            if let url, let first = idsByURL[url] {
                return .skipped(origin: article.origin, reason: "duplicate of \(first)")
            }
            if let digest, let first = idsByText[digest] {
                return .skipped(origin: article.origin, reason: "duplicate of \(first)")
            }
        }
        if let firstOrigin = originsByID[article.id] {
            return .failure(
                InputError(
                    origin: article.origin, reason: "document id \"\(article.id)\" is already used by \(firstOrigin)"))
        }
        originsByID[article.id] = article.origin
        if checksContent {
            if let url { idsByURL[url] = article.id }
            if let digest { idsByText[digest] = article.id }
        }
        return .article(article)
    }

    /// The URL without fragment and trailing slash, scheme and host in lower case; nil when blank.
    static func normalizedURL(_ url: String) -> String? {
        var text = url.trimmingWhitespaceAndNewlines
        if let hash = text.firstIndex(of: "#") { text = String(text[..<hash]) }
        while text.hasSuffix("/") { text.removeLast() }
        guard !text.isEmpty else { return nil }
        if let schemeEnd = text.range(of: "://") {
            let hostEnd = text[schemeEnd.upperBound...].firstIndex(of: "/") ?? text.endIndex
            text = text[..<hostEnd].lowercased() + text[hostEnd...]
        }
        return text
    }
}
