/// One rewrite rule of ``TransliterationKey``: a letter sequence, where in a
/// word it may match, and what it becomes.
///
///     TransliterationRule(row: ["ov$", "ow"])   // Peskov → Peskow
public struct TransliterationRule: Hashable, Sendable {
    /// The letters to find, lower case, without anchors.
    public let pattern: String
    /// What they become.
    public let replacement: String
    /// Whether the pattern must start the word (`^z`).
    public let atStart: Bool
    /// Whether the pattern must end the word (`yj$`).
    public let atEnd: Bool
    private let patternScalars: [Unicode.Scalar]
    private let replacementScalars: [Unicode.Scalar]

    /// Creates a rule.
    public init(pattern: String, replacement: String, atStart: Bool = false, atEnd: Bool = false) {
        self.pattern = pattern
        self.replacement = replacement
        self.atStart = atStart
        self.atEnd = atEnd
        patternScalars = Array(pattern.unicodeScalars)
        replacementScalars = Array(replacement.unicodeScalars)
    }

    /// A rule from a lexicon row: pattern (with `^`/`$` anchors), replacement.
    /// Nil for a row without a pattern.
    public init?(row: [String]) {
        guard var pattern = row.first?.lowercased(), !pattern.isEmpty else { return nil }
        let atStart = pattern.hasPrefix("^")
        if atStart { pattern.removeFirst() }
        let atEnd = pattern.hasSuffix("$")
        if atEnd { pattern.removeLast() }
        guard !pattern.isEmpty else { return nil }
        self.init(
            pattern: pattern, replacement: row.count > 1 ? row[1].lowercased() : "", atStart: atStart, atEnd: atEnd)
    }

    /// The word with the rule applied: every match, left to right.
    public func apply(to word: String) -> String {
        var result = String.UnicodeScalarView()
        result.append(contentsOf: apply(to: Array(word.unicodeScalars)))
        return String(result)
    }

    /// The rule applied to a word given as scalars (what ``TransliterationKey`` uses).
    func apply(to word: [Unicode.Scalar]) -> [Unicode.Scalar] {
        let count = patternScalars.count
        guard count > 0, word.count >= count else { return word }
        if atStart || atEnd {
            let index = atStart ? 0 : word.count - count
            guard matches(word, at: index), !atStart || !atEnd || word.count == count else { return word }
            return Array(word[..<index]) + replacementScalars + Array(word[(index + count)...])
        }
        let first = patternScalars[0]
        var index = 0
        while index <= word.count - count, word[index] != first || !matches(word, at: index) { index += 1 }
        guard index <= word.count - count else { return word }
        var result = Array(word[..<index])
        while index < word.count {
            if index <= word.count - count, word[index] == first, matches(word, at: index) {
                result.append(contentsOf: replacementScalars)
                index += count
            } else {
                result.append(word[index])
                index += 1
            }
        }
        return result
    }

    /// Whether the pattern stands in `word` at `index`.
    private func matches(_ word: [Unicode.Scalar], at index: Int) -> Bool {
        var offset = 0
        while offset < patternScalars.count {
            if word[index + offset] != patternScalars[offset] { return false }
            offset += 1
        }
        return true
    }
}
