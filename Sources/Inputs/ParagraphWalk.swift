/// One pass over the article's subtree that collects its paragraphs: each
/// paragraph element (`p`, `h2`–`h6`, `li`, `blockquote`, …) is one
/// paragraph, and so is loose text between block elements when it looks
/// like prose. Teaser lead-ins (`Lesen Sie auch:`) are dropped, and with a
/// lead-in that stands alone, the lists of links after it.
struct ParagraphWalk {
    private let extractor: HTMLBodyExtractor
    private let root: Int
    private var paragraphs: [String] = []
    /// Elements found to be teaser lists, to pass over.
    private var skipped: Set<Int> = []
    /// Loose text gathered since the last block boundary.
    private var loose = ""
    private var looseFirstNode: Int?
    private var looseVisible = 0
    private var looseLinks = 0

    init(extractor: HTMLBodyExtractor, root: Int) {
        self.extractor = extractor
        self.root = root
    }

    /// The paragraphs, in document order.
    mutating func run() -> [String] {
        let tree = extractor.nodes
        var closers: [(end: Int, closer: String, breaksLine: Bool)] = []
        var index = root
        let end = tree[root].end
        while index < end {
            while let last = closers.last, last.end <= index {
                closers.removeLast()
                if last.breaksLine { flushLoose() } else { loose += last.closer }
            }
            let node = tree[index]
            if node.isText {
                appendLoose(index)
                index += 1
                continue
            }
            if isBlock(node.name) { flushLoose() }
            if extractor.isExcluded(index) || skipped.contains(index) || node.name == "h1" || node.name == "time"
                || (["ul", "ol"].contains(node.name) && extractor.isLinkDense(index, percent: 80))
            {
                index = node.end
                continue
            }
            if HTMLBoilerplate.paragraphElements.contains(node.name), !extractor.holdsParagraphElements(index) {
                accept(
                    TextCleanup.collapsed(extractor.text(of: index)), from: index,
                    visible: extractor.visibleLength(index), links: extractor.linkLength(index))
                index = node.end
                continue
            }
            if node.name == "q" {
                loose += "„"
                closers.append((node.end, "“", false))
            } else if isBlock(node.name) {
                closers.append((node.end, "", true))
            }
            index += 1
        }
        flushLoose()
        return paragraphs
    }

    private func isBlock(_ name: String) -> Bool {
        HTMLBoilerplate.blockElements.contains(name) || HTMLBoilerplate.paragraphElements.contains(name)
    }

    private mutating func appendLoose(_ index: Int) {
        loose += extractor.nodes[index].text
        let visible = extractor.visibleLength(index)
        if looseFirstNode == nil, visible > 0 { looseFirstNode = index }
        looseVisible += visible
        looseLinks += extractor.linkLength(index)
    }

    /// Ends the loose text gathered so far: a paragraph when it reads like prose
    /// (three words or more, or ending like a sentence).
    private mutating func flushLoose() {
        defer {
            loose = ""
            looseFirstNode = nil
            looseVisible = 0
            looseLinks = 0
        }
        guard let first = looseFirstNode else { return }
        let text = TextCleanup.collapsed(loose)
        let words = text.split(separator: " ").count
        guard words >= 3 || text.last.map({ ".!?:\"“”»«)".contains($0) }) == true else { return }
        accept(text, from: first, visible: looseVisible, links: looseLinks)
    }

    /// Keeps `text` as a paragraph unless it is a teaser lead-in or all links.
    private mutating func accept(_ text: String, from node: Int, visible: Int, links: Int) {
        guard !text.isEmpty else { return }
        let teaser = HTMLBoilerplate.teaserLeadIn(text)
        if teaser.isTeaser {
            if teaser.isOnlyPhrase { skipTeaserList(after: node) }
            return
        }
        guard visible == 0 || links * 100 < visible * 95 else { return }
        paragraphs.append(text)
    }

    /// Marks the lists and link blocks that follow a teaser heading as skipped.
    private mutating func skipTeaserList(after node: Int) {
        let tree = extractor.nodes
        var anchor = node
        while tree[anchor].parent > root, !isBlock(tree[tree[anchor].parent].name) { anchor = tree[anchor].parent }
        let parent = tree[anchor].parent
        guard parent >= 0 else { return }
        var sibling = tree[anchor].end
        while sibling < tree[parent].end {
            let current = tree[sibling]
            if current.isText {
                guard extractor.visibleLength(sibling) == 0 else { return }
                sibling += 1
                continue
            }
            if !extractor.isExcluded(sibling) {
                guard ["ul", "ol"].contains(current.name) || extractor.isLinkDense(sibling, percent: 70) else { return }
                skipped.insert(sibling)
            }
            sibling = current.end
        }
    }
}
