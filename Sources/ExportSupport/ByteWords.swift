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

    /// Copies `count` bytes from `source` to `target` (regions that do not
    /// overlap): up to 32 bytes (tags, ids, predicates) as overlapping words
    /// (1 to 3 as their first, middle and last byte), without the call to
    /// `memcpy` that would cost more than the copy; longer runs through it.
    @inlinable @inline(__always)
    public static func copy(_ count: Int, from source: UnsafeRawPointer, to target: UnsafeMutableRawPointer) {
        switch count {
        case 17...32:
            copyWord(from: source, to: target)
            copyWord(from: source + 8, to: target + 8)
            copyWord(from: source + count - 16, to: target + count - 16)
            copyWord(from: source + count - 8, to: target + count - 8)
        case 8...16:
            copyWord(from: source, to: target)
            copyWord(from: source + count - 8, to: target + count - 8)
        case 4..<8:
            target.storeBytes(of: source.loadUnaligned(as: UInt32.self), as: UInt32.self)
            (target + count - 4).storeBytes(of: (source + count - 4).loadUnaligned(as: UInt32.self), as: UInt32.self)
        case 1..<4:
            target.storeBytes(of: source.load(as: UInt8.self), as: UInt8.self)
            target.storeBytes(of: source.load(fromByteOffset: count / 2, as: UInt8.self), toByteOffset: count / 2, as: UInt8.self)
            target.storeBytes(of: source.load(fromByteOffset: count - 1, as: UInt8.self), toByteOffset: count - 1, as: UInt8.self)
        default:
            target.copyMemory(from: source, byteCount: count)
        }
    }

    /// How many bytes past the end of what it copies ``copyRuns(_:from:to:)``
    /// may read and write: the source is padded with them (``paddedCopy(of:)``),
    /// and the target has room for them (what comes next overwrites them).
    @inlinable @inline(__always)
    public static var runOverrun: Int { 16 }

    /// Copies `count` bytes from `source`, read from memory padded by
    /// ``runOverrun`` bytes (``paddedCopy(of:)``, or a part of it that ends where
    /// it ends), to `target`, sixteen at a time, the last run written whole:
    /// no test of the count but the loop's, for pieces whose lengths vary
    /// (tags with their indentation, subjects and predicates).
    @inlinable @inline(__always)
    public static func copyRuns(_ count: Int, from source: UnsafeRawPointer, to target: UnsafeMutableRawPointer) {
        var offset = 0
        repeat {
            target.storeBytes(
                of: source.loadUnaligned(fromByteOffset: offset, as: SIMD2<UInt64>.self), toByteOffset: offset,
                as: SIMD2<UInt64>.self)
            offset &+= 16
        } while offset < count
    }

    /// A copy of `bytes` in memory of its own (the caller frees it), followed
    /// by ``runOverrun`` zero bytes, for ``copyRuns(_:from:to:)``. The buffer counts `bytes` only.
    public static func paddedCopy(of bytes: [UInt8]) -> UnsafeBufferPointer<UInt8> {
        let memory = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count + runOverrun)
        memory.initialize(repeating: 0)
        _ = memory.update(fromContentsOf: bytes)
        return UnsafeBufferPointer(rebasing: memory[..<bytes.count])
    }

    /// Copies eight bytes.
    @inlinable @inline(__always)
    static func copyWord(from source: UnsafeRawPointer, to target: UnsafeMutableRawPointer) {
        target.storeBytes(of: source.loadUnaligned(as: UInt64.self), as: UInt64.self)
    }

    /// Writes `value` in decimal, as `String(value)` writes it, at `target`
    /// (room for 20 bytes: `-` and the 19 digits of `Int.min`) and returns how
    /// many bytes it wrote. The digits are counted first, then written last
    /// first, two at a time from a table of the pairs `00` to `99`; numbers
    /// from 0 to 9999 (most numbers of an export: offsets, counts) are written
    /// without counting, inlined where they are written; larger and negative ones by a call.
    @inlinable @inline(__always)
    public static func writeDecimal(_ value: Int, to target: UnsafeMutablePointer<UInt8>) -> Int {
        if value >= 0 && value < 10_000 { return writeSmallDecimal(value, to: target) }
        return writeOtherDecimal(value, to: target)
    }

    /// ``writeDecimal(_:to:)`` of a `value` below 0 or above 9999.
    @usableFromInline @inline(never)
    static func writeOtherDecimal(_ value: Int, to target: UnsafeMutablePointer<UInt8>) -> Int {
        var start = target
        if value < 0 {
            start.pointee = UInt8(ascii: "-")
            start += 1
        }
        var magnitude = value.magnitude
        var digits = 1
        var power: UInt = 10  // at most 10^19, as the magnitude is below it
        while magnitude >= power {
            digits += 1
            power &*= 10
        }
        let pairs = digitPairs.utf8Start
        var position = start + digits
        while magnitude >= 100 {
            let pair = Int(truncatingIfNeeded: magnitude % 100) &* 2
            magnitude /= 100
            position -= 2
            position[0] = pairs[pair]
            position[1] = pairs[pair + 1]
        }
        if magnitude >= 10 {
            let pair = Int(truncatingIfNeeded: magnitude) &* 2
            position[-2] = pairs[pair]
            position[-1] = pairs[pair + 1]
        } else {
            position[-1] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude)
        }
        return start + digits - target
    }

    /// ``writeDecimal(_:to:)`` of a `value` from 0 to 9999: one digit, or one or two pairs of digits.
    @inlinable @inline(__always)
    static func writeSmallDecimal(_ value: Int, to target: UnsafeMutablePointer<UInt8>) -> Int {
        let pairs = digitPairs.utf8Start
        if value < 10 {
            target[0] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value)
            return 1
        }
        if value < 100 {
            target[0] = pairs[2 &* value]
            target[1] = pairs[2 &* value &+ 1]
            return 2
        }
        let (high, low) = value.quotientAndRemainder(dividingBy: 100)
        var position = target
        if high < 10 {
            position[0] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: high)
            position += 1
        } else {
            position[0] = pairs[2 &* high]
            position[1] = pairs[2 &* high &+ 1]
            position += 2
        }
        position[0] = pairs[2 &* low]
        position[1] = pairs[2 &* low &+ 1]
        return position + 2 - target
    }

    /// `00`, `01`, ... `99`, one after another.
    @usableFromInline static let digitPairs: StaticString = """
        00010203040506070809101112131415161718192021222324252627282930313233343536373839\
        40414243444546474849505152535455565758596061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899
        """
}
