/// What on a news page is not the article: the rules, kept in one place.
enum HTMLBoilerplate {
    /// Elements whose content is never article text.
    static let excludedElements: Set<String> = [
        "head", "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed",
        "nav", "footer", "aside", "form", "button", "select", "option", "textarea", "input", "label", "figure",
        "figcaption", "picture", "video", "audio", "map", "menu", "dialog",
    ]

    /// ARIA roles of page furniture.
    static let excludedRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu",
        "menubar", "toolbar",
    ]

    /// Parts of `class` or `id` values that mark boxes around the article:
    /// banners, teasers, sharing buttons, comments, captions, bylines.
    static let classMarkers: [String] = [
        "cookie", "consent", "banner", "newsletter", "paywall", "social", "share", "related", "teaser", "comment",
        "sidebar", "breadcrumb", "byline", "author", "advert", "promo", "recommend", "outbrain", "taboola",
        "caption", "credit", "sr-only", "visually-hidden", "visuallyhidden",
    ]

    private static let classMarkerBytes = classMarkers.map { Array($0.utf8) }

    /// Headings and lead-ins of teaser lists (lower case).
    static let teaserPhrases: [String] = [
        "lesen sie auch", "lesen sie mehr", "lesen sie hier", "mehr zum thema", "das könnte sie auch interessieren",
        "das könnte sie interessieren", "weitere artikel", "empfehlungen", "auch interessant", "zum thema",
        "mehr dazu", "mehr lesen", "weiterlesen", "verwandte artikel", "anzeige", "werbung",
    ]

    /// Elements read as one paragraph each (unless they hold other paragraph elements).
    static let paragraphElements: Set<String> = [
        "p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "tr",
    ]

    /// Elements that break a line of text; loose text on either side makes separate paragraphs.
    static let blockElements: Set<String> = [
        "html", "body", "main", "article", "section", "div", "header", "address", "center", "details", "summary",
        "ul", "ol", "dl", "table", "thead", "tbody", "tfoot", "td", "th", "hr", "h1", "caption", "fieldset",
        "hgroup", "br",
    ]

    /// Whether the element at `index` is furniture by its name, its attributes or its role
    /// (`hidden`, `aria-hidden="true"`, `display: none`; `amp-` components).
    static func isExcludedByTag(_ tree: HTMLTree, _ index: Int) -> Bool {
        let node = tree[index]
        if excludedElements.contains(node.name) || node.name.hasPrefix("amp-") { return true }
        let attributes = node.attributes
        if attributes["hidden"] != nil || attributes["aria-hidden"]?.lowercased() == "true" { return true }
        if let role = attributes["role"]?.lowercased(), excludedRoles.contains(role) { return true }
        if let style = attributes["style"]?.lowercased().filter({ !$0.isWhitespace }),
            style.contains("display:none") || style.contains("visibility:hidden")
        {
            return true
        }
        return false
    }

    /// Whether the element's `class` or `id` names a box around the article.
    static func hasBoilerplateClass(_ tree: HTMLTree, _ index: Int) -> Bool {
        let attributes = tree[index].attributes
        guard attributes["class"] != nil || attributes["id"] != nil else { return false }
        let names = Array(((attributes["class"] ?? "") + " " + (attributes["id"] ?? "")).lowercased().utf8)
        return classMarkerBytes.contains { marker in
            names.count >= marker.count
                && (0...(names.count - marker.count)).contains { names[$0..<$0 + marker.count].elementsEqual(marker) }
        }
    }

    /// Whether a paragraph's text is a teaser lead-in: a teaser phrase alone
    /// (`Lesen Sie auch`), or followed by a colon or dash (`Mehr zum Thema: …`).
    /// `isOnlyPhrase` tells whether nothing but the phrase is there.
    static func teaserLeadIn(_ text: String) -> (isTeaser: Bool, isOnlyPhrase: Bool) {
        // The longest phrase is 33 characters; the rest of a long paragraph does not matter.
        let lowered = String(text.prefix(40)).lowercased()
        for phrase in teaserPhrases where lowered.hasPrefix(phrase) {
            let rest = lowered.dropFirst(phrase.count).drop(while: { $0 == " " })
            if rest.isEmpty || rest.allSatisfy({ ":.…»>–-".contains($0) }) { return (true, true) }
            if let first = rest.first, ":–-|»>".contains(first) { return (true, false) }
        }
        return (false, false)
    }
}
