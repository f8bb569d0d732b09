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

    /// Adds the decimal digits of `magnitude`, the highest first: those of
    /// `magnitude / 10` before the last (a division by a constant, which is
    /// a multiplication; finding the highest power of ten first took a
    /// division by a variable for every digit).
    private mutating func addDigits(of magnitude: UInt) {
        if magnitude >= 10 { addDigits(of: magnitude / 10) }
        add(byte: UInt8(ascii: "0") + UInt8(truncatingIfNeeded: magnitude % 10))
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
                for (index, byte) in prefix.enumerated() { buffer[index] = byte }
                for index in 0..<16 {
                    let digit = UInt8(truncatingIfNeeded: hash >> (60 - 4 * UInt64(index))) & 0xF
                    buffer[prefix.count + index] = digit < 10 ? digit + UInt8(ascii: "0") : digit - 10 + UInt8(ascii: "a")
                }
                return prefix.count + 16
            }
        }
    }
}
