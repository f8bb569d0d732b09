/// Finds the article on a page and reads its paragraphs, leaving out the
/// furniture around it (see `HTMLBoilerplate`).
///
/// The article is the element marked `itemprop="articleBody"`, else the
/// `<article>` with the most paragraph text when it holds at least half of
/// the page's, else the element whose children hold the most paragraph text,
/// widened to its ancestors until it holds half of the page's.
struct HTMLBodyExtractor {
    private let tree: HTMLTree
    /// Whether the node is furniture, or inside furniture.
    private var excluded: [Bool]
    /// Whether the node is inside an `<article>` or an `itemprop="articleBody"` element (or is one).
    private var inArticle: [Bool]
    /// Scalars of visible text in the subtree, white space not counted.
    private var visibleText: [Int]
    /// Scalars of visible text in the subtree that lie inside links.
    private var linkText: [Int]
    /// Scalars of visible text in the subtree that count as paragraph text: text inside `<p>`,
    /// or all visible text on pages that put little in `<p>`.
    private var paragraphText: [Int]
    /// Whether the element holds paragraph elements below it.
    private var holdsParagraphs: [Bool]
    /// For text nodes, the scalars that are not white space.
    private let textLength: [Int]
    /// Paragraph text of the whole page.
    private var totalParagraphText = 0
    /// Whether paragraph text is text inside `<p>` (else all visible text).
    private var countsOnlyP = true

    init(_ tree: HTMLTree) {
        self.tree = tree
        let count = tree.count
        excluded = Array(repeating: false, count: count)
        inArticle = Array(repeating: false, count: count)
        visibleText = Array(repeating: 0, count: count)
        linkText = Array(repeating: 0, count: count)
        paragraphText = Array(repeating: 0, count: count)
        holdsParagraphs = Array(repeating: false, count: count)
        textLength = (0..<count).map { tree[$0].isText ? TextCleanup.visibleLength(of: tree[$0].text) : 0 }
        markTagExclusions()
        measure()
        markClassExclusions()
        measure()
        for index in stride(from: count - 1, through: 0, by: -1) {
            let node = tree[index]
            if !node.isText, node.parent >= 0,
                HTMLBoilerplate.paragraphElements.contains(node.name) || holdsParagraphs[index]
            {
                holdsParagraphs[node.parent] = true
            }
        }
    }

    // MARK: Marking furniture

    /// Furniture by element name, attributes and role; `<header>` outside an article.
    private mutating func markTagExclusions() {
        for index in 0..<tree.count {
            let node = tree[index]
            let parent = node.parent
            let parentExcluded = parent >= 0 && excluded[parent]
            let parentInArticle = parent >= 0 && inArticle[parent]
            guard !node.isText else {
                excluded[index] = parentExcluded
                inArticle[index] = parentInArticle
                continue
            }
            inArticle[index] = parentInArticle || node.name == "article" || isArticleBody(index)
            excluded[index] =
                parentExcluded || HTMLBoilerplate.isExcludedByTag(tree, index)
                || (node.name == "header" && !parentInArticle)
        }
    }

    /// Furniture by `class` or `id`, unless the element holds half the page's paragraph
    /// text (then it wraps the article, whatever it is called).
    private mutating func markClassExclusions() {
        for index in 0..<tree.count {
            let parent = tree[index].parent
            if parent >= 0, excluded[parent] {
                excluded[index] = true
            } else if !tree[index].isText, !excluded[index], HTMLBoilerplate.hasBoilerplateClass(tree, index),
                paragraphText[index] * 2 < totalParagraphText
            {
                excluded[index] = true
            }
        }
    }

    /// Counts visible, link and paragraph text in every subtree.
    private mutating func measure() {
        let count = tree.count
        var inLink = Array(repeating: false, count: count)
        var inP = Array(repeating: false, count: count)
        var allVisible = 0
        var insideP = 0
        for index in 0..<count {
            let node = tree[index]
            let parent = node.parent
            inLink[index] = node.name == "a" || (parent >= 0 && inLink[parent])
            inP[index] = node.name == "p" || (parent >= 0 && inP[parent])
            visibleText[index] = 0
            linkText[index] = 0
            paragraphText[index] = 0
            if node.isText, !excluded[index] {
                let length = textLength[index]
                visibleText[index] = length
                linkText[index] = inLink[index] ? length : 0
                allVisible += length
                if inP[index] { insideP += length }
            }
        }
        countsOnlyP = insideP >= 200 || insideP * 2 >= allVisible
        totalParagraphText = countsOnlyP ? insideP : allVisible
        for index in 0..<count where tree[index].isText && (!countsOnlyP || inP[index]) {
            paragraphText[index] = visibleText[index]
        }
        for index in stride(from: count - 1, through: 0, by: -1) {
            let parent = tree[index].parent
            guard parent >= 0 else { continue }
            visibleText[parent] += visibleText[index]
            linkText[parent] += linkText[index]
            paragraphText[parent] += paragraphText[index]
        }
    }

    private func isArticleBody(_ index: Int) -> Bool {
        tree[index].attributes["itemprop"]?.lowercased().contains("articlebody") == true
    }

    // MARK: Choosing the article

    /// The element that holds the article, or nil when the page has no visible text.
    func articleRoot() -> Int? {
        guard totalParagraphText > 0 else { return nil }
        let elements = (0..<tree.count).filter { !tree[$0].isText && !excluded[$0] }
        if let body = elements.filter(isArticleBody).max(by: { paragraphText[$0] < paragraphText[$1] }),
            paragraphText[body] > 0
        {
            return body
        }
        if let article = elements.filter({ tree[$0].name == "article" }).max(by: {
            paragraphText[$0] < paragraphText[$1]
        }),
            paragraphText[article] * 2 >= totalParagraphText
        {
            return article
        }
        return densestContainer()
    }

    /// The element whose children (and, at half weight, grandchildren) hold the most
    /// paragraph text, widened to its ancestors until it holds half of the page's.
    private func densestContainer() -> Int? {
        var score = Array(repeating: 0, count: tree.count)
        for index in 0..<tree.count where !excluded[index] {
            let node = tree[index]
            let isOwner = countsOnlyP ? node.name == "p" : node.isText
            guard isOwner, node.parent >= 0 else { continue }
            score[node.parent] += 2 * paragraphText[index]
            let grandparent = tree[node.parent].parent
            if grandparent >= 0 { score[grandparent] += paragraphText[index] }
        }
        guard var best = score.indices.max(by: { score[$0] < score[$1] }), score[best] > 0 else { return nil }
        while paragraphText[best] * 2 < totalParagraphText, tree[best].parent >= 0 {
            best = tree[best].parent
        }
        return best
    }

    // MARK: Reading paragraphs

    /// The paragraphs of the article at `root`, each collapsed to one line, teasers and furniture left out.
    func paragraphs(in root: Int) -> [String] {
        var walk = ParagraphWalk(extractor: self, root: root)
        return walk.run()
    }

    /// The text of the first `<h1>`: in the article, else in any article on the page, else anywhere visible.
    func headline(near root: Int?) -> String? {
        let headings = (0..<tree.count).filter { tree[$0].name == "h1" && !excluded[$0] }
        let inRoot = root.flatMap { root in headings.first { $0 > root && $0 < tree[root].end } }
        let chosen = inRoot ?? headings.first { inArticle[$0] } ?? headings.first
        return chosen.map { TextCleanup.collapsed(text(of: $0)) }.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The `datetime` (else the text) of the first visible `<time>`: in the article around
    /// `root`, else anywhere on the page.
    func timeElementDate(near root: Int?) -> String? {
        var scope = 0..<tree.count
        if let root {
            var ancestor = root
            while tree[ancestor].name != "article", tree[ancestor].parent >= 0 { ancestor = tree[ancestor].parent }
            let top = tree[ancestor].name == "article" ? ancestor : root
            scope = top..<tree[top].end
        }
        for range in [scope, 0..<tree.count] {
            for index in range where tree[index].name == "time" && !excluded[index] {
                let value = tree[index].attributes["datetime"] ?? TextCleanup.collapsed(tree.rawText(of: index))
                if let date = ArticleDate.normalized(value) { return date }
            }
        }
        return nil
    }

    // MARK: Helpers for the walk

    /// The node tree.
    var nodes: HTMLTree { tree }

    /// Whether node `index` is furniture.
    func isExcluded(_ index: Int) -> Bool { excluded[index] }

    /// Whether element `index` holds paragraph elements.
    func holdsParagraphElements(_ index: Int) -> Bool { holdsParagraphs[index] }

    /// Scalars of visible text in the subtree at `index`, white space not counted.
    func visibleLength(_ index: Int) -> Int { visibleText[index] }

    /// Scalars of visible text inside links in the subtree at `index`.
    func linkLength(_ index: Int) -> Int { linkText[index] }

    /// Whether most (`percent` %) of the element's visible text is link text.
    func isLinkDense(_ index: Int, percent: Int) -> Bool {
        visibleText[index] > 0 && linkText[index] * 100 >= visibleText[index] * percent
    }

    /// The visible text of the subtree at `index`, not yet collapsed: block
    /// elements and `<br>` become spaces, `<q>` gets German quotation marks.
    func text(of index: Int) -> String {
        var text = ""
        var closers: [(end: Int, closer: String)] = []
        var current = index + 1
        let end = tree[index].end
        while current < end {
            while let last = closers.last, last.end <= current {
                text += last.closer
                closers.removeLast()
            }
            let node = tree[current]
            if node.isText {
                text += node.text
                current += 1
                continue
            }
            if excluded[current] {
                current = node.end
                continue
            }
            if node.name == "q" {
                text += "„"
                closers.append((node.end, "“"))
            } else if HTMLBoilerplate.blockElements.contains(node.name)
                || HTMLBoilerplate.paragraphElements.contains(node.name)
            {
                text += " "
                closers.append((node.end, " "))
            }
            current += 1
        }
        for closer in closers.reversed() { text += closer.closer }
        return text
    }
}
