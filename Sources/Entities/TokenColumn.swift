/// One fact of every token of a document that its word says alone (a role
/// noun, a body, a country): read from the ``WordCatalog`` through the
/// token's word, so that a document keeps one integer a token, not a copy
/// of every value.
///
///     facts.role[index]?.role      // "Präsident"
public struct TokenColumn<Value>: Sendable {
    /// Each token's word in the catalog, or ``WordCatalog/notAWord`` where the fact is nil.
    private let words: [Int32]
    private let table: TokenTable
    private let read: @Sendable (UnsafePointer<WordCatalog.Word>) -> Value?

    /// The column of `read` over the words of `table` (`words`: their catalog indices, masked).
    init(_ words: [Int32], of table: TokenTable, _ read: @escaping @Sendable (UnsafePointer<WordCatalog.Word>) -> Value?) {
        self.words = words
        self.table = table
        self.read = read
    }

    /// The fact of token `index`.
    public subscript(index: Int) -> Value? {
        let word = words[index]
        return word == WordCatalog.notAWord ? nil : table.withWord(catalogIndex: Int(word), read)
    }

    /// The number of tokens.
    public var count: Int { words.count }
}

/// The longest gazetteer name starting at each token, with its length in
/// tokens, kept as two integers a token.
public struct GazetteerMatches: Sendable {
    private let entries: [GazetteerEntry]
    /// Entry index and token count of each token's match; the index is -1 where there is none.
    private let matches: [(entry: Int32, tokenCount: Int32)]

    init(entries: [GazetteerEntry], matches: [(entry: Int32, tokenCount: Int32)]) {
        self.entries = entries
        self.matches = matches
    }

    /// The match at token `index`.
    public subscript(index: Int) -> (entry: GazetteerEntry, tokenCount: Int)? {
        let match = matches[index]
        return match.entry < 0 ? nil : (entries[Int(match.entry)], Int(match.tokenCount))
    }
}
