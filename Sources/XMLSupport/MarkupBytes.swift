import ExportSupport

/// Growable UTF-8 bytes in memory of their own, for markup built in Swift
/// (``TextElementBatch``). Room is made first, once for a whole piece of
/// markup (``reserve(_:)``); appending then only stores or copies, with no
/// capacity check, reference count or uniqueness check on the way (debug
/// builds assert that the room was made). Not copyable, so no two owners
/// ever share the memory; it is freed with the value.
///
///     var bytes = MarkupBytes()
///     bytes.reserve(3 + 20)
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

    /// Makes room for `extra` more bytes, for the appends that follow.
    @inline(__always)
    mutating func reserve(_ extra: Int) {
        if count &+ extra > capacity { grow(toHold: count + extra) }
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

    /// Whether ``reserve(_:)`` made room for `extra` more bytes.
    private func hasRoom(for extra: Int) -> Bool { count + extra <= capacity }

    /// Lets `body` write up to `maximum` bytes (room reserved) straight into
    /// memory at the end; `body` returns how many it wrote.
    @inline(__always)
    mutating func append(atMost maximum: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        assert(hasRoom(for: maximum), "append without reserve")
        count &+= body(base + count)
    }

    /// Appends one byte (room reserved).
    @inline(__always)
    mutating func append(_ byte: UInt8) {
        assert(hasRoom(for: 1), "append without reserve")
        base[count] = byte
        count &+= 1
    }

    /// Appends two bytes (room reserved).
    @inline(__always)
    mutating func append(_ first: UInt8, _ second: UInt8) {
        assert(hasRoom(for: 2), "append without reserve")
        base[count] = first
        base[count &+ 1] = second
        count &+= 2
    }

    /// Appends bytes (room reserved); short ones (tags, names, numbers) are
    /// copied as words (``ExportSupport/ByteWords/copy(_:from:to:)``).
    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        assert(hasRoom(for: bytes.count), "append without reserve")
        ByteWords.copy(bytes.count, from: source, to: base + count)
        count &+= bytes.count
    }

    /// Appends the UTF-8 of a constant (room reserved).
    @inline(__always)
    mutating func append(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// The length of the start of an indented line at `level`: a line feed and two spaces a level.
    @inline(__always)
    static func lineStartLength(_ level: Int) -> Int { 1 &+ 2 &* level }

    /// Appends a line feed and `2 * level` spaces, the start of an indented
    /// line (room reserved: ``lineStartLength(_:)``).
    @inline(__always)
    mutating func append(lineStartAt level: Int) {
        let length = Self.lineStartLength(level)
        assert(hasRoom(for: length), "append without reserve")
        if length <= Self.lineStarts.utf8CodeUnitCount {
            ByteWords.copy(length, from: Self.lineStarts.utf8Start, to: base + count)
        } else {
            base[count] = UInt8(ascii: "\n")
            (base + count + 1).initialize(repeating: UInt8(ascii: " "), count: length - 1)
        }
        count &+= length
    }

    /// A line feed and 62 spaces, whose beginnings are the line starts of levels 0 to 31:
    /// copied as a few words, where writing the spaces would call `memset`.
    private static var lineStarts: StaticString { "\n                                                              " }

    /// The most bytes an integer takes in decimal: `-` and the 19 digits of `Int.min`.
    static let decimalLength = 20

    /// Appends an integer in decimal, as `String(value)` writes it (room reserved: ``decimalLength``).
    @inline(__always)
    mutating func append(decimal value: Int) {
        assert(hasRoom(for: Self.decimalLength), "append without reserve")
        count &+= ByteWords.writeDecimal(value, to: base + count)
    }
}
