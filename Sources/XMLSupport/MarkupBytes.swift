import ExportSupport

/// UTF-8 bytes of markup built in Swift (``TextElementBatch``), put straight
/// into a ``ExportSupport/ByteSink``: in memory of their own, or into a
/// file's sink lent for a while (``lend(_:)``), so that what a batch writes
/// is never copied on its way to the file. Room is made first, once for a
/// whole piece of markup (``reserve(_:)``); appending then only stores or
/// copies into the sink's free memory, with no capacity check, reference
/// count or uniqueness check on the way (debug builds assert that the room
/// was made); the sink counts the bytes when the room runs out, or at ``commit()``.
/// Not copyable, so no two owners ever share the memory.
///
///     var bytes = MarkupBytes()
///     bytes.reserve(3 + 20)
///     bytes.append("<a>" as StaticString)
///     bytes.append(decimal: -42)
///     bytes.commit()
///     bytes.sink.bytes   // the UTF-8 of "<a>-42"
struct MarkupBytes: ~Copyable {
    /// Where the bytes go: they are in it, counted, after ``commit()``.
    private(set) var sink: ByteSink
    /// The sink's free memory, where the bytes not counted yet start.
    private var base: UnsafeMutablePointer<UInt8>
    /// How many bytes were put at ``base`` and not counted by the sink yet.
    private var pending = 0
    /// How many bytes there is room for at ``base``.
    private var capacity: Int
    /// How many bytes were put since the start or ``removeAll()``, counted or not.
    var count: Int { counted &+ pending }
    /// How many of them the sink has counted.
    private var counted = 0

    /// Empty bytes in memory of their own, with room for `capacity` bytes.
    init(capacity: Int = 1 << 16) {
        var sink = ByteSink()
        let free = sink.freeSpace(atLeast: capacity)
        self.sink = sink
        base = free.baseAddress!
        self.capacity = free.count
    }

    /// Has the sink count the bytes put since the last commit (a file's sink
    /// may write them out), and takes its free memory again, with room for at least `extra` bytes.
    mutating func commit(reserving extra: Int = 0) {
        sink.didWrite(pending)
        counted &+= pending
        pending = 0
        let free = sink.freeSpace(atLeast: extra)
        base = free.baseAddress!
        capacity = free.count
    }

    /// Puts the bytes from here on into `other` (a file's sink) and `other`
    /// in their sink's place, after committing; lending again gives it back.
    mutating func lend(_ other: inout ByteSink) {
        commit()
        swap(&sink, &other)
        commit()
    }

    /// Forgets the bytes of a sink in memory, keeping the memory.
    mutating func removeAll() {
        sink.removeAll()
        pending = 0
        counted = 0
        commit()
    }

    /// Makes room for `extra` more bytes, for the appends that follow.
    @inline(__always)
    mutating func reserve(_ extra: Int) {
        if pending &+ extra > capacity { makeRoom(extra) }
    }

    /// Commits, so that the sink makes room (writing out, or growing its memory).
    @inline(never)
    private mutating func makeRoom(_ extra: Int) { commit(reserving: max(extra, Self.minimumRoom)) }

    /// The least room taken from the sink at a time, so that commits are rare.
    private static let minimumRoom = 1 << 12

    /// Whether ``reserve(_:)`` made room for `extra` more bytes.
    private func hasRoom(for extra: Int) -> Bool { pending + extra <= capacity }

    /// Lets `body` write up to `maximum` bytes (room reserved) straight into
    /// memory at the end; `body` returns how many it wrote.
    @inline(__always)
    mutating func append(atMost maximum: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        assert(hasRoom(for: maximum), "append without reserve")
        pending &+= body(base + pending)
    }

    /// Appends one byte (room reserved).
    @inline(__always)
    mutating func append(_ byte: UInt8) {
        assert(hasRoom(for: 1), "append without reserve")
        base[pending] = byte
        pending &+= 1
    }

    /// Appends two bytes (room reserved).
    @inline(__always)
    mutating func append(_ first: UInt8, _ second: UInt8) {
        assert(hasRoom(for: 2), "append without reserve")
        base[pending] = first
        base[pending &+ 1] = second
        pending &+= 2
    }

    /// Appends bytes (room reserved); short ones (tags, names, numbers) are
    /// copied as words (``ExportSupport/ByteWords/copy(_:from:to:)``).
    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        assert(hasRoom(for: bytes.count), "append without reserve")
        ByteWords.copy(bytes.count, from: source, to: base + pending)
        pending &+= bytes.count
    }

    /// Appends the UTF-8 of a constant (room reserved).
    @inline(__always)
    mutating func append(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Appends `bytes`, in padded memory (``ExportSupport/ByteWords/paddedCopy(of:)``),
    /// sixteen bytes at a time (``ExportSupport/ByteWords/copyRuns(_:from:to:)``;
    /// room reserved for their count and ``ExportSupport/ByteWords/runOverrun`` more).
    @inline(__always)
    mutating func append(runsOf bytes: UnsafeBufferPointer<UInt8>) {
        assert(hasRoom(for: bytes.count + ByteWords.runOverrun), "append without reserve")
        ByteWords.copyRuns(bytes.count, from: bytes.baseAddress.unsafelyUnwrapped, to: base + pending)
        pending &+= bytes.count
    }

    /// The deepest level whose line start ``append(lineStartAt:)`` copies
    /// from its constant, and the deepest indentation prepared with a start tag
    /// (``TextElement/indentedStartTag(level:)``).
    static var deepestRunLevel: Int { 31 }

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
            ByteWords.copy(length, from: Self.lineStarts.utf8Start, to: base + pending)
        } else {
            base[pending] = UInt8(ascii: "\n")
            (base + pending + 1).initialize(repeating: UInt8(ascii: " "), count: length - 1)
        }
        pending &+= length
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
        pending &+= ByteWords.writeDecimal(value, to: base + pending)
    }
}
