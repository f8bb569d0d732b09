/// A fixed table of words of up to eight UTF-8 bytes, each packed into an
/// integer (first byte lowest) with a mark, looked up by a multiplicative hash
/// into an open-addressed table: no hashing of strings per word.
///
/// ```swift
/// let table = PackedWordTable([("der", 1), ("the", 2)])
/// table.mark(of: PackedWordTable.packed("the")!)  // 2
/// table.mark(of: PackedWordTable.packed("das")!)  // 0
/// ```
struct PackedWordTable {
    private var keys: [UInt64]
    private var marks: [UInt8]
    private let shift: UInt64
    /// The length of the longest word, in bytes.
    let longest: Int

    /// The table of `words`, each with its mark (not zero); words of more than
    /// eight bytes are left out, and a repeated word keeps its first mark.
    init(_ words: [(word: Substring, mark: UInt8)]) {
        let entries = words.compactMap { word, mark in Self.packed(word).map { (key: $0, mark: mark) } }
        longest = words.map(\.word.utf8.count).filter { $0 <= 8 }.max() ?? 0
        var bits: UInt64 = 4
        while 1 << bits < entries.count * 4 { bits += 1 }
        shift = 64 - bits
        keys = [UInt64](repeating: 0, count: 1 << bits)
        marks = [UInt8](repeating: 0, count: 1 << bits)
        for (key, mark) in entries where self.mark(of: key) == 0 {
            var slot = slotIndex(key)
            while keys[slot] != 0 { slot = (slot + 1) & (keys.count - 1) }
            keys[slot] = key
            marks[slot] = mark
        }
    }

    /// The mark of `key` (a packed word, not zero); zero when the word is not in the table.
    @inline(__always)
    func mark(of key: UInt64) -> UInt8 {
        var slot = slotIndex(key)
        while true {
            let found = keys[slot]
            if found == key { return marks[slot] }
            if found == 0 { return 0 }
            slot = (slot + 1) & (keys.count - 1)
        }
    }

    @inline(__always)
    private func slotIndex(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) &>> shift)
    }

    /// A word of up to eight UTF-8 bytes packed into an integer, first byte lowest.
    static func packed(_ word: Substring) -> UInt64? {
        guard word.utf8.count <= 8 else { return nil }
        return word.utf8.reversed().reduce(0) { $0 << 8 | UInt64($1) }
    }
}
