/// One rewrite rule of ``TransliterationKey``: a letter sequence, where in a
/// word it may match, and what it becomes.
///
///     TransliterationRule(row: ["ov$", "ow"])   // Peskov → Peskow
public struct TransliterationRule: Hashable, Sendable {
    /// The letters to find, lower case, without anchors.
    public var pattern: String
    /// What they become.
    public var replacement: String
    /// Whether the pattern must start the word (`^z`).
    public var atStart: Bool
    /// Whether the pattern must end the word (`yj$`).
    public var atEnd: Bool

    /// Creates a rule.
    public init(pattern: String, replacement: String, atStart: Bool = false, atEnd: Bool = false) {
        self.pattern = pattern
        self.replacement = replacement
        self.atStart = atStart
        self.atEnd = atEnd
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
        if atStart && atEnd { return word == pattern ? replacement : word }
        if atStart { return word.hasPrefix(pattern) ? replacement + word.dropFirst(pattern.count) : word }
        if atEnd { return word.hasSuffix(pattern) ? word.dropLast(pattern.count) + replacement : word }
        guard word.contains(pattern) else { return word }
        return word.replacingOccurrences(of: pattern, with: replacement)
    }
}
