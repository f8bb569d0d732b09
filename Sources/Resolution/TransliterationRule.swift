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
        let pattern = patternScalars
        let replacement = replacementScalars
        let count = pattern.count
        guard count > 0, word.count >= count else { return word }
        func matches(at index: Int) -> Bool {
            for offset in 0..<count where word[index + offset] != pattern[offset] { return false }
            return true
        }
        if atStart || atEnd {
            let index = atStart ? 0 : word.count - count
            guard matches(at: index), !atStart || !atEnd || word.count == count else { return word }
            return Array(word[..<index]) + replacement + Array(word[(index + count)...])
        }
        var result: [Unicode.Scalar] = []
        var index = 0
        var changed = false
        while index < word.count {
            if index + count <= word.count, matches(at: index) {
                result.append(contentsOf: replacement)
                index += count
                changed = true
            } else {
                result.append(word[index])
                index += 1
            }
        }
        return changed ? result : word
    }
}
