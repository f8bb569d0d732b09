/// A 64-bit FNV-1a hash of a string's UTF-8 bytes: the same on every run and
/// every machine, unlike `Hasher`, so it can go into ids.
///
/// Fed piece by piece, it hashes the concatenation of the pieces, so a key
/// need not be built as a string first:
///
///     var hash = StableHash()
///     hash.add("asserts|")
///     hash.add(42)
///     hash.value == StableHash.fnv1a("asserts|42")   // true
public struct StableHash: Sendable {
    /// The hash of the bytes added so far.
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    /// The hash of no bytes.
    public init() {}

    /// Adds the UTF-8 bytes of a string.
    @inline(__always)
    public mutating func add(_ text: String) {
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            for byte in bytes { add(byte: byte) }
        }
        if done == nil { for byte in text.utf8 { add(byte: byte) } }
    }

    /// Adds an integer written in decimal, as `String(value)` writes it.
    @inline(__always)
    public mutating func add(_ number: Int) {
        if number < 0 { add(byte: UInt8(ascii: "-")) }
        addDigits(of: number.magnitude)
    }

    /// Adds the decimal digits of `magnitude`, the highest first: eight at a
    /// time, each eight worked out at once (see ``decimalDigits(of:)``).
    private mutating func addDigits(of magnitude: UInt) {
        let eightDigits: UInt = 100_000_000
        guard magnitude >= eightDigits else {
            let digits = Self.decimalDigits(of: UInt32(truncatingIfNeeded: magnitude))
            // Leading zeros are the lowest bytes that are zero; zero itself keeps its last digit.
            addBytes(of: digits | Self.zeroDigits, from: min(digits.trailingZeroBitCount / 8, 7))
            return
        }
        addDigits(of: magnitude / eightDigits)
        addBytes(of: Self.decimalDigits(of: UInt32(truncatingIfNeeded: magnitude % eightDigits)) | Self.zeroDigits)
    }

    /// Eight `0` digits: the values of ``decimalDigits(of:)`` set in them are its digits.
    private static var zeroDigits: UInt64 { 0x3030_3030_3030_3030 }

    /// Adds the bytes of `word` from byte `first` on, the lowest first.
    @inline(__always)
    private mutating func addBytes(of word: UInt64, from first: Int = 0) {
        var rest = word >> UInt64(first * 8)
        for _ in first..<8 {
            add(byte: UInt8(truncatingIfNeeded: rest))
            rest >>= 8
        }
    }

    /// The eight decimal digits of `value` (below 100,000,000, leading zeros
    /// included) as byte values 0–9, the highest in the lowest byte: split in
    /// lanes of four digits, then two, then one, each by a multiplication and a
    /// shift that divide exactly in the lane's range (`x * 10486 >> 20` is
    /// `x / 100` below 10,000; `x * 103 >> 10` is `x / 10` below 100).
    static func decimalDigits(of value: UInt32) -> UInt64 {
        let fours = UInt64(value / 10_000) | UInt64(value % 10_000) << 32
        let hundreds = ((fours &* 10486) >> 20) & 0x0000_007F_0000_007F
        let twos = hundreds | (fours &- hundreds &* 100) << 16
        let tens = ((twos &* 103) >> 10) & 0x000F_000F_000F_000F
        return tens | (twos &- tens &* 10) << 8
    }

    /// Adds one byte.
    @inline(__always)
    public mutating func add(byte: UInt8) {
        value ^= UInt64(byte)
        value = value &* 0x0000_0100_0000_01b3
    }

    /// The hash of `text`.
    public static func fnv1a(_ text: String) -> UInt64 {
        var hash = StableHash()
        hash.add(text)
        return hash.value
    }

    /// The hash of `text` as 16 lower-case hexadecimal digits.
    public static func hex(_ text: String) -> String { hex(fnv1a(text)) }

    /// A hash as 16 lower-case hexadecimal digits, after `prefix` (made as one string).
    public static func hex(_ hash: UInt64, after prefix: String = "") -> String {
        var prefix = prefix
        return prefix.withUTF8 { prefix in
            String(unsafeUninitializedCapacity: prefix.count + 16) { buffer in
                let bytes = UnsafeMutableRawBufferPointer(buffer)
                bytes.copyMemory(from: UnsafeRawBufferPointer(prefix))
                // Eight digits a store, the first digit in the lowest byte.
                let digits = hexDigits(of: hash)
                bytes.storeBytes(of: digits.high.littleEndian, toByteOffset: prefix.count, as: UInt64.self)
                bytes.storeBytes(of: digits.low.littleEndian, toByteOffset: prefix.count + 8, as: UInt64.self)
                return prefix.count + 16
            }
        }
    }

    /// Adds the 16 hexadecimal digits of `hash` as ``hex(_:after:)`` writes them.
    mutating func add(hexDigitsOf hash: UInt64) {
        let digits = Self.hexDigits(of: hash)
        addBytes(of: digits.high)
        addBytes(of: digits.low)
    }

    /// The 16 lower-case hexadecimal digits of `hash` as two words of eight
    /// (``hexDigits(of:)-(UInt32)``), the first digit in the lowest byte of `high`.
    static func hexDigits(of hash: UInt64) -> (high: UInt64, low: UInt64) {
        (hexDigits(of: UInt32(truncatingIfNeeded: hash >> 32)), hexDigits(of: UInt32(truncatingIfNeeded: hash)))
    }

    /// The eight lower-case hexadecimal digits of `value`, the first (highest) in the lowest byte:
    /// each nibble spread to a byte of its own, then moved to its digit, all at once.
    private static func hexDigits(of value: UInt32) -> UInt64 {
        var nibbles = UInt64(value)
        nibbles = (nibbles | nibbles << 16) & 0x0000_FFFF_0000_FFFF
        nibbles = (nibbles | nibbles << 8) & 0x00FF_00FF_00FF_00FF
        nibbles = (nibbles | nibbles << 4) & 0x0F0F_0F0F_0F0F_0F0F
        // 1 in each byte whose nibble is 10 or more: a letter, 0x27 past where its digit would be.
        let letters = ((nibbles &+ 0x0606_0606_0606_0606) >> 4) & 0x0101_0101_0101_0101
        return (nibbles &+ 0x3030_3030_3030_3030 &+ letters &* 0x27).byteSwapped
    }
}
