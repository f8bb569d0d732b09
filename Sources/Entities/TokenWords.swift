/// The normalised (or lower-cased) texts of a table's tokens, read where they
/// are kept: a word's from the ``WordCatalog``, another token's from its text.
/// A document keeps no copy of every token's text.
///
///     table.lower[index] == "und"
///     table.forms[index]              // "Selenskyj"
public struct TokenWords: RandomAccessCollection, Sendable {
    // (Inlinable, as is ``TokenTable/lower``: the rules read a token's text in their inner loops, and a
    // view made and dropped in the caller's module costs no retain of the table.)
    /// The table whose tokens these are.
    @usableFromInline let table: TokenTable
    /// Whether the texts are lower-cased.
    @usableFromInline let lowered: Bool

    /// The texts of `table`'s tokens, normalised (`lowered` false) or lower-cased too.
    @usableFromInline
    init(_ table: TokenTable, lowered: Bool) {
        self.table = table
        self.lowered = lowered
    }

    @inlinable public var startIndex: Int { 0 }

    @inlinable public var endIndex: Int { table.count }

    /// The text of token `index`.
    @inlinable public subscript(index: Int) -> String { table.text(of: index, lowered: lowered) }
}
