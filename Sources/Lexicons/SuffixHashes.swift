/// Which suffixes of a word are words of a list, found in one backward pass
/// over the word's UTF-8 instead of one string and one set lookup per suffix.
///
/// Each listed word is kept as a 64-bit polynomial hash of its bytes, taken
/// from the last byte to the first, so that walking a word from its end
/// yields the hash of every suffix on the way. A hash can collide: a caller
/// checks the suffix it gets against its own list before trusting it.
///
///     var hashes = SuffixHashes()
///     hashes.insert("minister")
///     "verteidigungsminister".utf8.withContiguousStorageIfAvailable {
///         hashes.longestListedSuffix(of: $0, scalarCounts: 4...20)
///     }  // 13: the byte offset of "minister"
public struct SuffixHashes: Sendable {
    /// The hashes, by open addressing; 0 marks an empty slot.
    private var slots = [UInt64](repeating: 0, count: 16)
    /// How many hashes are held.
    private var count = 0

    /// An empty index.
    public init() {}

    /// Whether no word was inserted.
    public var isEmpty: Bool { count == 0 }

    /// Adds a word (its UTF-8 as it is).
    public mutating func insert(_ word: String) {
        var hash: UInt64 = 0
        for byte in word.utf8.reversed() { hash = Self.prepend(byte, to: hash) }
        insert(hash: Self.nonZero(hash))
    }

    /// The hash of some bytes: what ``forEachSuffix(of:scalarCounts:_:)`` gives for them whole.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0
        var index = bytes.count
        while index > 0 {
            index -= 1
            hash = prepend(bytes[index], to: hash)
        }
        return hash
    }

    /// Calls `body` with the byte offset and the hash of every suffix of
    /// `utf8` that starts at a scalar and whose length in scalars lies in
    /// `scalarCounts`, shortest first, until it returns true; whether it did.
    @inline(__always)
    static func forEachSuffix(
        of utf8: UnsafeBufferPointer<UInt8>, scalarCounts: ClosedRange<Int>, _ body: (_ start: Int, _ hash: UInt64) -> Bool
    ) -> Bool {
        var hash: UInt64 = 0
        var scalars = 0
        var index = utf8.count
        while index > 0 {
            index -= 1
            let byte = utf8[index]
            hash = prepend(byte, to: hash)
            // A byte that is no continuation byte starts a scalar.
            guard byte & 0xC0 != 0x80 else { continue }
            scalars += 1
            if scalars > scalarCounts.upperBound { break }
            if scalars >= scalarCounts.lowerBound, body(index, hash) { return true }
        }
        return false
    }

    /// The byte offset at which the longest suffix of `utf8` starts whose
    /// length in scalars lies in `scalarCounts` and whose hash a listed word
    /// has; nil when there is none. Suffixes start at scalar boundaries.
    public func longestListedSuffix(of utf8: UnsafeBufferPointer<UInt8>, scalarCounts: ClosedRange<Int>) -> Int? {
        var longest: Int?
        _ = Self.forEachSuffix(of: utf8, scalarCounts: scalarCounts) { start, hash in
            if contains(hash: Self.nonZero(hash)) { longest = start }
            return false
        }
        return longest
    }

    @inline(__always)
    private static func prepend(_ byte: UInt8, to hash: UInt64) -> UInt64 {
        UInt64(byte) &+ hash &* 0x0000_0100_0000_01B3
    }

    @inline(__always)
    private static func nonZero(_ hash: UInt64) -> UInt64 { hash == 0 ? 1 : hash }

    @inline(__always)
    private func slot(of hash: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> 32) & (slots.count - 1)
    }

    private func contains(hash: UInt64) -> Bool {
        var index = slot(of: hash)
        while true {
            let held = slots[index]
            if held == hash { return true }
            if held == 0 { return false }
            index = (index + 1) & (slots.count - 1)
        }
    }

    private mutating func insert(hash: UInt64) {
        guard !contains(hash: hash) else { return }
        if (count + 1) * 2 > slots.count {
            let old = slots
            slots = [UInt64](repeating: 0, count: slots.count * 2)
            count = 0
            for held in old where held != 0 { insert(hash: held) }
        }
        var index = slot(of: hash)
        while slots[index] != 0 { index = (index + 1) & (slots.count - 1) }
        slots[index] = hash
        count += 1
    }
}
