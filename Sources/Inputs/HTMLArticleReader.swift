import Foundation

/// Reads a news article from a saved HTML page with libxml2's HTML parser
/// (no network, no DTDs, no entity expansion), in the charset the page
/// declares (`windows-1252` and `ISO-8859-1` pages are common).
///
/// - Headline: `og:title`, else the first `<h1>`, else JSON-LD `headline`,
///   else `<title>`; a trailing `| Outlet` is cut off.
/// - Date: `article:published_time`, JSON-LD `datePublished`, `itemprop=datePublished`,
///   the article's `<time datetime>`, then other date `<meta>` tags; normalised by `ArticleDate`.
/// - Outlet: `og:site_name`, else JSON-LD `publisher.name`.
/// - URL: `<link rel="canonical">`, else `og:url`, else JSON-LD `url`.
/// - Text: the headline line, then the article's paragraphs one a line (see
///   `HTMLBodyExtractor`), without navigation, banners, captions, teasers
///   and the like (see `HTMLBoilerplate`); JSON-LD `articleBody` when the page has no paragraphs.
///
/// ```swift
/// let article = try HTMLArticleReader.article(from: data, id: "page.html", origin: "in/page.html")
/// print(article.text)  // what `newsgraph text in/page.html` prints
/// ```
public enum HTMLArticleReader {
    /// The article on the page in `data`.
    /// - Throws: `InputError` for an empty or binary file, a page libxml2 cannot
    ///   read at all, or a page without article text.
    public static func article(from data: Data, id: String, origin: String) throws(InputError) -> Article {
        guard !data.isEmpty else { throw InputError(origin: origin, reason: "empty file") }
        if !ByteScan.hasUTF16BOM(data), let offset = ByteScan.firstNUL(in: data) {
            throw InputError(origin: origin, reason: "binary file (NUL byte at offset \(offset))")
        }
        let page = HTMLDoctype.withoutInternalSubset(data)
        guard let tree = HTMLTree(parsing: page, encoding: HTMLCharset.encoding(for: page)) else {
            throw InputError(origin: origin, reason: "not readable as HTML")
        }
        let metadata = HTMLPageMetadata(tree)
        let extractor = HTMLBodyExtractor(tree)
        let root = extractor.articleRoot()
        var paragraphs = root.map(extractor.paragraphs) ?? []
        if paragraphs.isEmpty, let body = metadata.linkedData.articleBody {
            paragraphs = body.split(whereSeparator: \.isNewline).map { TextCleanup.collapsed(String($0)) }
                .filter { !$0.isEmpty }
        }
        let outlet = metadata.meta(["og:site_name"]) ?? metadata.linkedData.publisherName
        let url = nonBlank(metadata.canonicalLink) ?? metadata.meta(["og:url"]) ?? metadata.linkedData.url
        let fullTitle =
            metadata.meta(["og:title"]) ?? extractor.headline(near: root) ?? metadata.linkedData.headline
            ?? nonBlank(metadata.titleElement)
        let title = fullTitle.map { withoutOutletSuffix($0, outlet: outlet, url: url) }
        let dates =
            [
                metadata.meta(["article:published_time"]), metadata.linkedData.datePublished,
                metadata.meta(["datepublished"]),
            ]
            .lazy.compactMap { $0 }.compactMap(ArticleDate.normalized).first
            ?? extractor.timeElementDate(near: root)
            ?? metadata.meta([
                "og:article:published_time", "date", "dc.date.issued", "dc.date", "dcterms.date", "pubdate",
                "publishdate", "parsely-pub-date",
            ])
            .flatMap(ArticleDate.normalized)
        var lines: [String] = title.map { [$0] } ?? []
        for paragraph in paragraphs where paragraph != title && paragraph != lines.last {
            lines.append(paragraph)
        }
        guard lines.count > (title == nil ? 0 : 1) else {
            throw InputError(origin: origin, reason: "no article text found")
        }
        return Article(
            id: id, title: title, text: lines.joined(separator: "\n"), date: dates, url: url, outlet: outlet,
            origin: origin)
    }

    private static func nonBlank(_ text: String?) -> String? {
        text.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// `title` without a trailing ` | Outlet`, ` - Outlet` (or `–`, `—`, `·`) naming the
    /// outlet or the URL's host.
    static func withoutOutletSuffix(_ title: String, outlet: String?, url: String?) -> String {
        for separator in [" | ", " - ", " – ", " — ", " · "] {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let host = url.flatMap { URLComponents(string: $0)?.host?.lowercased() }
            let suffix = title[range.upperBound...].lowercased()
            let compact = suffix.filter { !$0.isWhitespace }
            let namesOutlet = outlet.map { suffix == $0.lowercased() } ?? false
            let namesHost = host.map { !compact.isEmpty && $0.contains(compact) } ?? false
            let head = title[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
            if namesOutlet || namesHost, !head.isEmpty { return head }
        }
        return title
    }
}
