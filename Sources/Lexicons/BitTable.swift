/// A fixed number of bits, each set once and tested often: the table behind
/// the quick first tests of word lists (``WordFilter``, and the key endings
/// of Extraction's lexicons).
///
///     var table = BitTable(count: 4_096)
///     table.insert(17)
///     table.contains(17)   // true
///     table.contains(18)   // false
public struct BitTable: Sendable {
    /// The bits, 64 a word.
    @usableFromInline var words: [UInt64]

    /// A table of `count` clear bits.
    public init(count: Int) {
        words = [UInt64](repeating: 0, count: (count + 63) / 64)
    }

    /// Sets bit `bit` (below the count).
    @inlinable
    public mutating func insert(_ bit: Int) { words[bit >> 6] |= 1 << UInt64(bit & 63) }

    /// Whether bit `bit` (below the count) is set.
    @inlinable
    public func contains(_ bit: Int) -> Bool { words[bit >> 6] & (1 << UInt64(bit & 63)) != 0 }
}
