import NewsGraphModel

/// One Statement node per proposition: contents are normalised (spaces,
/// surrounding quotes and punctuation, case), and within a document an
/// asserted and a denied content whose words cover 80 % of each other's, one
/// way or the other, become one Statement with the longer text.
struct StatementResolution {
    /// A Statement node: its id, short label and full text.
    struct Statement: Hashable {
        var id: String
        var label: String
        var text: String
    }

    /// The share of one clause's words the other must hold for an asserted and a denied clause to be one.
    static let coverage = 0.8
    /// The longest label, in characters, before it is cut at a word.
    static let labelLength = 80

    private var statements: [String: [String: Statement]] = [:]

    /// Resolves the statement contents of every edge in `analyses` (in any order).
    init(analyses: [DocumentAnalysis]) {
        for analysis in analyses {
            var cleaned: [String: String] = [:]
            var asserted: Set<String> = []
            var denied: Set<String> = []
            for edge in analysis.edges {
                guard case .statement(let content) = edge.target else { continue }
                let text = cleaned[content] ?? Self.cleaned(content)
                cleaned[content] = text
                if edge.type == .asserts { asserted.insert(text) }
                if edge.type == .denies { denied.insert(text) }
            }
            let representative = Self.representatives(asserted: asserted, denied: denied)
            var byContent: [String: Statement] = [:]
            var made: [String: Statement] = [:]
            for (content, text) in cleaned {
                let chosen = representative[text] ?? text
                let statement =
                    made[chosen]
                    ?? Statement(
                        id: Identifier.hashedID(.statement, key: Self.key(chosen)), label: Self.label(chosen),
                        text: chosen)
                made[chosen] = statement
                byContent[content] = statement
            }
            statements[analysis.document.id] = byContent
        }
    }

    /// The Statement node for a content an edge of `document` points at.
    func statement(for content: String, in document: String) -> Statement {
        if let statement = statements[document]?[content] { return statement }
        let text = Self.cleaned(content)
        return Statement(id: Identifier.hashedID(.statement, key: Self.key(text)), label: Self.label(text), text: text)
    }

    /// The text each asserted or denied text of one document stands under: a
    /// denied text and each asserted one it matches join; a group takes its
    /// longest text. Texts in no group are left out.
    static func representatives(asserted: Set<String>, denied: Set<String>) -> [String: String] {
        var parent: [String: String] = [:]
        func root(_ text: String) -> String {
            var current = text
            while let next = parent[current], next != current { current = next }
            return current
        }
        for denial in denied.sorted() {
            for claim in asserted.sorted() where claim != denial && mutualCoverage(denial, claim) >= coverage {
                let (a, b) = (root(denial), root(claim))
                if a != b { parent[max(a, b)] = min(a, b) }
            }
        }
        let members = Dictionary(grouping: Set(parent.keys).union(parent.values), by: root)
        var representative: [String: String] = [:]
        for texts in members.values {
            guard let first = texts.first else { continue }
            let chosen = texts.reduce(first, longer)
            for text in texts { representative[text] = chosen }
        }
        return representative
    }

    /// Characters trimmed off both ends of a content.
    private static let trimmable: Set<Character> = [
        "\"", "„", "“", "”", "»", "«", "‚", "‘", "’", "'", "›", "‹", ".", ",", ";", ":", " ",
    ]

    /// The content without surrounding spaces, quotation marks and punctuation, inner spaces collapsed.
    static func cleaned(_ content: String) -> String {
        let collapsed = content.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        var text = Substring(collapsed)
        while let first = text.first, trimmable.contains(first) { text = text.dropFirst() }
        while let last = text.last, trimmable.contains(last) { text = text.dropLast() }
        return String(text)
    }

    /// The identity of a content: cleaned and case-folded.
    static func key(_ text: String) -> String { text.lowercased() }

    /// A short label: the text, or its first words up to ``labelLength`` characters and `…`.
    static func label(_ text: String) -> String {
        guard text.count > labelLength else { return text }
        let head = text.prefix(labelLength)
        let cut = head.lastIndex(of: " ").map { head[..<$0] } ?? head
        return cut + " …"
    }

    /// The words of a text, as the scorer compares them: case-folded, punctuation dropped.
    static func words(_ text: String) -> Set<String> {
        Set(text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init))
    }

    /// How much of the smaller word set the larger covers: the larger of the two coverages.
    static func mutualCoverage(_ lhs: String, _ rhs: String) -> Double {
        let left = words(lhs)
        let right = words(rhs)
        guard !left.isEmpty, !right.isEmpty else { return 0 }
        let shared = Double(left.intersection(right).count)
        return max(shared / Double(left.count), shared / Double(right.count))
    }

    /// The text with more words (ties: more characters, then the smaller string).
    static func longer(_ lhs: String, _ rhs: String) -> String {
        let l = (words(lhs).count, lhs.count)
        let r = (words(rhs).count, rhs.count)
        if l != r { return l > r ? lhs : rhs }
        return min(lhs, rhs)
    }
}
