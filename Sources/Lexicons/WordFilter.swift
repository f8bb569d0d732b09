/// A quick first test of whether a word may be in a word list, so that the
/// many words of a text that are in none are turned away without hashing them
/// for a `Set` or `Dictionary` (Swift's string hash is SipHash over the
/// text, normalised while hashing when it is not ASCII: several hundred
/// instructions a word).
///
/// Each listed word sets one bit of a 65,536-bit table, chosen by a cheap
/// hash of its UTF-8 in NFC. `mayContain` is false only when the word's bit
/// is clear, which no word equal to a listed one (as Swift compares strings)
/// can have: a word whose scalars are all below U+0300 is in NFC, so its bytes
/// are those of the listed word's NFC; any other word is let through.
///
///     var filter = WordFilter()
///     filter.insert("sagte")
///     filter.mayContain("sagte")   // true
///     filter.mayContain("Haus")    // false (almost always: a set bit may be shared)
public struct WordFilter: Sendable {
    /// The table: one bit a hash value.
    @usableFromInline var bits = BitTable(count: 1 << 16)

    /// An empty filter: it turns every word of scalars below U+0300 away.
    public init() {}

    /// A filter for these words.
    public init(_ words: some Sequence<String>) {
        for word in words { insert(word) }
    }

    /// Lists a word (compared in NFC).
    public mutating func insert(_ word: String) {
        guard let bit = Self.bit(of: word.nfc) else { return }
        bits.insert(bit)
    }

    /// Whether the word may be listed: false means it is not.
    @inlinable
    public func mayContain(_ word: String) -> Bool {
        guard let bit = Self.bit(of: word) else { return true }
        return bits.contains(bit)
    }

    /// The word's bit: an FNV-1a hash of its UTF-8, folded to 16 bits; nil
    /// for a word with a scalar at or above U+0300 (a byte of 0xCC or more),
    /// which may not be in NFC, or whose bytes are not at hand.
    @inlinable
    static func bit(of word: String) -> Int? {
        let folded = word.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            var hash: UInt32 = 0x811C_9DC5
            for byte in bytes {
                if byte >= 0xCC { return nil }
                hash = (hash ^ UInt32(byte)) &* 0x0100_0193
            }
            return Int(truncatingIfNeeded: (hash ^ hash >> 16) & 0xFFFF)
        }
        return folded ?? nil
    }
}

/// A set of words with a ``WordFilter`` in front: `contains` hashes only
/// the words the filter lets through.
public struct WordSet: Sendable {
    /// The words.
    public let words: Set<String>
    @usableFromInline let filter: WordFilter

    /// A set of these words.
    public init(_ words: Set<String>) {
        self.words = words
        filter = WordFilter(words)
    }

    /// Whether the word is in the set (compared as Swift compares strings).
    @inlinable
    public func contains(_ word: String) -> Bool { filter.mayContain(word) && words.contains(word) }
}

/// A dictionary keyed by words with a ``WordFilter`` in front: a lookup
/// hashes only the words the filter lets through.
public struct WordMap<Value: Sendable>: Sendable {
    /// The entries.
    public let entries: [String: Value]
    @usableFromInline let filter: WordFilter

    /// A map of these entries.
    public init(_ entries: [String: Value]) {
        self.entries = entries
        filter = WordFilter(entries.keys)
    }

    /// The value of a word (compared as Swift compares strings), or nil.
    @inlinable
    public subscript(word: String) -> Value? { filter.mayContain(word) ? entries[word] : nil }
}
