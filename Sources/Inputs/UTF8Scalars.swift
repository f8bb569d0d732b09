/// The Unicode scalar values of UTF-8 that is known to be valid (a string's),
/// decoded directly: cheaper than `String.unicodeScalars` for the per-character
/// loops of the input checks.
///
/// ```swift
/// var text = "Straße"
/// text.withUTF8 { bytes in
///     var scalars = UTF8Scalars(bytes)
///     while let value = scalars.next() { print(value) }  // 83, 116, 114, 97, 223, 101
/// }
/// ```
struct UTF8Scalars {
    /// The next byte to decode.
    private var position: UnsafePointer<UInt8>?
    /// Just past the last byte.
    private let end: UnsafePointer<UInt8>?

    /// The scalars of `bytes`, which must be valid UTF-8.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        position = bytes.baseAddress
        end = bytes.baseAddress.map { $0 + bytes.count }
    }

    /// The next scalar value; nil at the end.
    @inline(__always)
    mutating func next() -> UInt32? {
        guard let byte = position, byte != end else { return nil }
        let lead = UInt32(byte[0])
        if lead < 0x80 {
            position = byte + 1
            return lead
        }
        if lead < 0xE0 {
            position = byte + 2
            return (lead & 0x1F) << 6 | UInt32(byte[1] & 0x3F)
        }
        if lead < 0xF0 {
            position = byte + 3
            return (lead & 0x0F) << 12 | UInt32(byte[1] & 0x3F) << 6 | UInt32(byte[2] & 0x3F)
        }
        position = byte + 4
        return (lead & 0x07) << 18 | UInt32(byte[1] & 0x3F) << 12 | UInt32(byte[2] & 0x3F) << 6
            | UInt32(byte[3] & 0x3F)
    }
}

/// A fixed set of words of up to eight UTF-8 bytes packed into integers (first byte lowest),
/// looked up by a multiplicative hash into an open-addressed table: no hashing of strings per word.
struct PackedWordSet {
    private var slots: [UInt64]
    private let shift: UInt64

    /// The set of `words` (each at most eight bytes; longer ones are left out).
    init(_ words: some Sequence<Substring>) {
        let keys = words.compactMap(Self.packed)
        var bits: UInt64 = 4
        while 1 << bits < keys.count * 4 { bits += 1 }
        shift = 64 - bits
        slots = [UInt64](repeating: 0, count: 1 << bits)
        for key in keys where !contains(key) {
            var slot = slotIndex(key)
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = key
        }
    }

    /// Whether `key` (a packed word, not zero) is in the set.
    @inline(__always)
    func contains(_ key: UInt64) -> Bool {
        var slot = slotIndex(key)
        while true {
            let found = slots[slot]
            if found == key { return true }
            if found == 0 { return false }
            slot = (slot + 1) & (slots.count - 1)
        }
    }

    @inline(__always)
    private func slotIndex(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// A word of up to eight UTF-8 bytes packed into an integer, first byte lowest.
    static func packed(_ word: Substring) -> UInt64? {
        guard word.utf8.count <= 8 else { return nil }
        var key: UInt64 = 0
        for (index, byte) in word.utf8.enumerated() { key |= UInt64(byte) << (8 * UInt64(index)) }
        return key
    }
}
