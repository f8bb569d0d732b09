/// A set of words that also tells, fast, whether a word ends in one of them
/// (`Verteidigungsminister` ends in `minister`).
///
///     var nouns = SuffixSet()
///     nouns.insert("minister")
///     nouns.contains("minister")                                          // true
///     nouns.containsSuffix(of: "verteidigungsminister", lengths: 5...18)  // true
public struct SuffixSet: Sendable {
    /// The words.
    public private(set) var words: WordList

    /// A set of the words of a list.
    public init(_ words: WordList = WordList()) {
        self.words = words
    }

    /// Adds a word.
    public mutating func insert(_ word: String) { words.insert(word) }

    /// Whether the word is in the set (compared as Swift compares strings).
    public func contains(_ word: String) -> Bool { words.contains(word) }

    /// Whether a suffix of `word` whose length in characters lies in
    /// `lengths` is in the set: `lengths.contains { contains(String(word.suffix($0))) }`,
    /// with the lengths no longer than the word.
    ///
    /// For a word of scalars below U+0300 and without CR (each scalar a
    /// character of its own, and the word in NFC) one backward pass over its
    /// bytes finds the suffixes; any other word is tried length by length.
    public func containsSuffix(of word: String, lengths: ClosedRange<Int>) -> Bool {
        var word = word
        let fast = word.withUTF8 { utf8 -> Bool? in
            for byte in utf8 where byte >= 0xCC || byte == 0x0D { return nil }
            return words.hasListedSuffix(of: utf8, scalarCounts: lengths)
        }
        if let fast { return fast }
        let count = word.count
        return lengths.contains { $0 <= count && words.contains(String(word.suffix($0))) }
    }
}
