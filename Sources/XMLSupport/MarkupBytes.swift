/// Growable UTF-8 bytes in memory of their own, for markup built in Swift
/// (``TextElementBatch``): appending is a capacity check and a store or a
/// copy, with no reference count or uniqueness check on the way. Not
/// copyable, so no two owners ever share the memory; it is freed with the value.
///
///     var bytes = MarkupBytes()
///     bytes.append("<a>" as StaticString)
///     bytes.append(decimal: -42)
///     bytes.buffer   // the UTF-8 of "<a>-42"
struct MarkupBytes: ~Copyable {
    /// The first byte.
    private var base: UnsafeMutablePointer<UInt8>
    /// How many bytes hold data.
    private(set) var count = 0
    /// How many bytes there is room for.
    private var capacity: Int

    /// Empty bytes with room for `capacity` bytes.
    init(capacity: Int = 1 << 16) {
        base = .allocate(capacity: capacity)
        self.capacity = capacity
    }

    deinit { base.deallocate() }

    /// The bytes, valid until the next change.
    var buffer: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    /// Forgets the bytes, keeping the memory.
    mutating func removeAll() { count = 0 }

    /// Makes room for `extra` more bytes.
    @inline(__always)
    mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(toHold: count + extra) }
    }

    /// Moves the bytes to memory at least twice as large and large enough for `needed` bytes.
    @inline(never)
    private mutating func grow(toHold needed: Int) {
        let larger = max(capacity * 2, needed)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.moveInitialize(from: base, count: count)
        base.deallocate()
        base = moved
        capacity = larger
    }

    /// Lets `body` write up to `maximum` bytes straight into memory at the
    /// end; `body` returns how many it wrote.
    @inline(__always)
    mutating func append(atMost maximum: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        reserve(maximum)
        count += body(base + count)
    }

    /// Appends one byte.
    @inline(__always)
    mutating func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    /// Appends two bytes.
    @inline(__always)
    mutating func append(_ first: UInt8, _ second: UInt8) {
        reserve(2)
        base[count] = first
        base[count + 1] = second
        count += 2
    }

    /// Appends bytes. Up to 32 bytes (tags, names, numbers) are copied as
    /// overlapping words, not through a call to `memcpy`.
    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        let length = bytes.count
        reserve(length)
        let target = UnsafeMutableRawPointer(base + count)
        let from = UnsafeRawPointer(source)
        switch length {
        case 17...32:
            copyWords(from: from, to: target, count: 16)
            copyWords(from: from + length - 16, to: target + length - 16, count: 16)
        case 8...16:
            copyWords(from: from, to: target, count: 8)
            copyWords(from: from + length - 8, to: target + length - 8, count: 8)
        case 4..<8:
            target.storeBytes(of: from.loadUnaligned(as: UInt32.self), as: UInt32.self)
            (target + length - 4).storeBytes(of: (from + length - 4).loadUnaligned(as: UInt32.self), as: UInt32.self)
        default:
            (base + count).initialize(from: source, count: length)
        }
        count += length
    }

    /// Copies `count` bytes (8 or 16) as one or two words.
    @inline(__always)
    private func copyWords(from source: UnsafeRawPointer, to target: UnsafeMutableRawPointer, count: Int) {
        target.storeBytes(of: source.loadUnaligned(as: UInt64.self), as: UInt64.self)
        if count == 16 { (target + 8).storeBytes(of: (source + 8).loadUnaligned(as: UInt64.self), as: UInt64.self) }
    }

    /// Appends the UTF-8 of a constant.
    @inline(__always)
    mutating func append(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Appends `count` spaces.
    @inline(__always)
    mutating func append(spaces: Int) {
        reserve(spaces)
        (base + count).initialize(repeating: UInt8(ascii: " "), count: spaces)
        count += spaces
    }

    /// Appends an integer in decimal, as `String(value)` writes it: the
    /// digits are counted, then written last first straight into memory.
    mutating func append(decimal value: Int) {
        reserve(20)  // "-" and the 19 digits of Int.min
        if value < 0 {
            base[count] = UInt8(ascii: "-")
            count += 1
        }
        var magnitude = value.magnitude
        var digits = 1
        var power: UInt = 10  // at most 10^19, as the magnitude is below it
        while magnitude >= power {
            digits += 1
            power &*= 10
        }
        count += digits
        var position = count
        repeat {
            position -= 1
            base[position] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
    }
}
