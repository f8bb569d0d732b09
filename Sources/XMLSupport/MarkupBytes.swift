import ExportSupport

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

    /// Appends bytes; short ones (tags, names, numbers) are copied as words (``ExportSupport/ByteWords/copy(_:from:to:)``).
    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        reserve(bytes.count)
        ByteWords.copy(bytes.count, from: source, to: base + count)
        count += bytes.count
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

    /// Appends an integer in decimal, as `String(value)` writes it.
    mutating func append(decimal value: Int) {
        reserve(20)  // "-" and the 19 digits of Int.min
        count += ByteWords.writeDecimal(value, to: base + count)
    }
}
