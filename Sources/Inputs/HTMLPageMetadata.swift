import Foundation

/// What a page says about itself outside the article text: `<meta>` tags,
/// the canonical link, the `<title>`, and its JSON-LD.
struct HTMLPageMetadata {
    /// `<meta>` contents by `property`, `name` or `itemprop` (lower case); the first of each wins.
    private(set) var metas: [String: String] = [:]
    /// The `href` of the first `<link rel="canonical">`.
    private(set) var canonicalLink: String?
    /// The text of the first `<title>`.
    private(set) var titleElement: String?
    /// What the page's JSON-LD says about the article.
    private(set) var linkedData = JSONLDArticle()

    init(_ tree: HTMLTree) {
        var scripts: [String] = []
        for index in 0..<tree.count where !tree[index].isText {
            let node = tree[index]
            switch node.name {
            case "meta":
                guard let content = node.attributes["content"] else { continue }
                for key in ["property", "name", "itemprop"] {
                    if let name = node.attributes[key]?.lowercased(), metas[name] == nil { metas[name] = content }
                }
            case "link":
                let rel = node.attributes["rel"]?.lowercased().split(separator: " ") ?? []
                if canonicalLink == nil, rel.contains("canonical"), let href = node.attributes["href"] {
                    canonicalLink = href.trimmingCharacters(in: .whitespacesAndNewlines)
                }
            case "title":
                if titleElement == nil { titleElement = TextCleanup.collapsed(tree.rawText(of: index)) }
            case "script":
                if node.attributes["type"]?.lowercased().contains("ld+json") == true {
                    scripts.append(tree.rawText(of: index))
                }
            default:
                break
            }
        }
        linkedData = JSONLDArticle(scripts: scripts)
    }

    /// The first of the `<meta>` names that is set and not blank, collapsed.
    func meta(_ names: [String]) -> String? {
        for name in names {
            if let value = metas[name].map(TextCleanup.collapsed), !value.isEmpty { return value }
        }
        return nil
    }
}
