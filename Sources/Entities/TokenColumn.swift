/// One fact of every token of a document that its word says alone (a role
/// noun, a body, a country): read from the ``WordCatalog`` through the
/// token's word, so that a document keeps one integer a token, not a copy
/// of every value.
///
///     facts.role[index]?.role      // "Präsident"
public struct TokenColumn<Value>: Sendable {
    /// The facts each token has (shared by the columns of a document).
    private let facts: [TokenFacts.TokenFact]
    /// The fact of this column.
    private let fact: TokenFacts.FactFlags
    private let table: TokenTable
    private let read: @Sendable (UnsafePointer<WordCatalog.Word>) -> Value?

    /// The column of `read` over the words of `table` that have `fact` (in `facts`, one flag set a token).
    init(
        _ fact: TokenFacts.FactFlags, of facts: [TokenFacts.TokenFact], table: TokenTable,
        _ read: @escaping @Sendable (UnsafePointer<WordCatalog.Word>) -> Value?
    ) {
        self.facts = facts
        self.fact = fact
        self.table = table
        self.read = read
    }

    /// The fact of token `index`.
    public subscript(index: Int) -> Value? {
        facts[index].flags.isDisjoint(with: fact) ? nil : table.withWord(index, read)
    }

    /// The number of tokens.
    public var count: Int { facts.count }
}

/// One yes-or-no fact of every token of a document (is it name-like, a common noun, a first name),
/// read from the fact bits the document keeps a token.
///
///     facts.isNameLike[index]      // true for `Selenskyj`
public struct TokenFlag: Sendable, Equatable {
    /// The facts each token has (shared by the flags and columns of a document).
    @usableFromInline let facts: [TokenFacts.TokenFact]
    /// The bit of this flag.
    @usableFromInline let fact: UInt16

    /// The flag of `fact` over `facts` (one flag set a token).
    init(_ fact: TokenFacts.FactFlags, of facts: [TokenFacts.TokenFact]) {
        self.facts = facts
        self.fact = fact.rawValue
    }

    /// Whether token `index` has the fact.
    @inlinable
    public subscript(index: Int) -> Bool { facts[index].flags.rawValue & fact != 0 }

    /// The number of tokens.
    public var count: Int { facts.count }

    /// Whether two flags tell the same of every token.
    public static func == (lhs: TokenFlag, rhs: TokenFlag) -> Bool {
        lhs.count == rhs.count && (0..<lhs.count).allSatisfy { lhs[$0] == rhs[$0] }
    }
}

/// The longest gazetteer name starting at each token, with its length in
/// tokens, kept as two integers a token.
public struct GazetteerMatches: Sendable {
    /// The gazetteer's entries, which the matches index.
    let entries: [GazetteerEntry]
    /// Entry index and token count of each token's match (with its facts); the index is -1 where there is none.
    private let matches: [TokenFacts.TokenFact]

    init(entries: [GazetteerEntry], matches: [TokenFacts.TokenFact]) {
        self.entries = entries
        self.matches = matches
    }

    /// The match at token `index`.
    public subscript(index: Int) -> (entry: GazetteerEntry, tokenCount: Int)? {
        entryIndex(at: index).map { (entries[$0.entry], $0.tokenCount) }
    }

    /// The match at token `index`, its entry as an index into ``entries`` (read in place, not copied).
    func entryIndex(at index: Int) -> (entry: Int, tokenCount: Int)? {
        let match = matches[index]
        return match.entry < 0 ? nil : (Int(match.entry), Int(match.tokenCount))
    }
}
