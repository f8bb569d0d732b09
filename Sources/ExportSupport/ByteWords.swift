/// Tests on eight bytes at once, for scanners that look for the few bytes
/// that need escaping in long runs of plain text: a word of text is loaded
/// as one integer and tested with a few arithmetic operations
/// (the "has zero byte" idiom), instead of eight comparisons.
///
///     let word = ByteWords.word(in: bytes, at: 0)         // bytes 0..<8
///     ByteWords.contains(UInt8(ascii: "\""), in: word)    // any of them a quote?
///     ByteWords.containsByte(below: 0x20, in: word)       // any a control character?
public enum ByteWords {
    /// 0x01 in every byte.
    @usableFromInline static let ones: UInt64 = 0x0101_0101_0101_0101
    /// 0x80 in every byte.
    @usableFromInline static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes of `bytes` from `index` (at most `bytes.count - 8`) as one integer.
    @inlinable @inline(__always)
    public static func word(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt64 {
        UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
    }

    /// Whether some byte of `word` is below `limit` (at most 0x80).
    @inlinable @inline(__always)
    public static func containsByte(below limit: UInt8, in word: UInt64) -> Bool {
        (word &- UInt64(limit) &* ones) & ~word & highBits != 0
    }

    /// Whether some byte of `word` is `byte`.
    @inlinable @inline(__always)
    public static func contains(_ byte: UInt8, in word: UInt64) -> Bool {
        let difference = word ^ UInt64(byte) &* ones
        return (difference &- ones) & ~difference & highBits != 0
    }
}
