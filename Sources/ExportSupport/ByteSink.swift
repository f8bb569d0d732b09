#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where an exporter writes its bytes: a buffer that, for a file, is written
/// out whenever a megabyte has gathered, so that no export is ever whole in
/// memory; for a sink in memory, the buffer is the result.
///
///     var sink = ByteSink()
///     sink.append("<graph>")
///     sink.append(decimal: 42)
///     sink.bytes   // the UTF-8 of "<graph>42"
///
/// Exports append millions of short pieces, so appending is a capacity
/// check and a copy into memory the sink manages itself, inlined into the
/// exporters (a copied sink gets its own memory at its next append).
///
/// Writing never throws: the first failed write is kept in ``error``, later
/// bytes are dropped, and ``AtomicFile/write(to:_:)`` reports it when the export ends.
public struct ByteSink {
    /// The memory the bytes gather in.
    @usableFromInline var storage: ByteStorage
    /// How many bytes of ``storage`` hold data.
    @usableFromInline var count = 0
    /// The file written to (-1 for a sink in memory).
    private let descriptor: Int32
    /// The file's path, for errors.
    private let path: String
    /// The first write that failed, if one did.
    public private(set) var error: AtomicFile.WriteError?
    /// The writer of a file written with direct I/O; nil: through the page cache.
    private let direct: DirectWriter?
    /// How many bytes have been written to the file through the page cache,
    /// and how many of them the system was asked to write back to disk.
    private var written = 0
    private var writtenBack = 0

    /// How many bytes gather before they are written out.
    @usableFromInline static let chunkSize = 1 << 20

    /// A sink that keeps everything in memory.
    public init() {
        storage = ByteStorage(capacity: 4096)
        descriptor = -1
        path = ""
        direct = nil
    }

    /// A sink that writes to an open file, with direct I/O where the system
    /// and the file system allow it (see ``DirectWriter``), else through the page cache.
    init(descriptor: Int32, path: String) {
        storage = ByteStorage(capacity: Self.chunkSize + Self.chunkSize / 4)
        self.descriptor = descriptor
        self.path = path
        direct = DirectWriter(descriptor: descriptor, path: path)
    }

    /// The bytes not written out yet; for a sink in memory, every byte.
    public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: storage.base, count: count)) }

    /// Appends one byte.
    @inlinable @inline(__always)
    public mutating func append(_ byte: UInt8) {
        reserve(1)
        storage.base[count] = byte
        count += 1
    }

    /// Appends bytes.
    @inlinable @inline(__always)
    public mutating func append(_ more: UnsafeBufferPointer<UInt8>) {
        guard let source = more.baseAddress, more.count > 0 else { return }
        reserve(more.count)
        ByteWords.copy(more.count, from: source, to: storage.base + count)
        count += more.count
        if count >= Self.chunkSize { flush() }
    }

    /// Appends fixed bytes.
    @inlinable @inline(__always)
    public mutating func append(_ fixed: FixedBytes) { append(fixed.buffer) }

    /// Appends bytes.
    @inlinable @inline(__always)
    public mutating func append(_ more: [UInt8]) {
        more.withUnsafeBufferPointer { append($0) }
    }

    /// Appends bytes.
    @inlinable @inline(__always)
    public mutating func append(_ more: ArraySlice<UInt8>) {
        more.withUnsafeBufferPointer { append($0) }
    }

    /// Appends the UTF-8 of a string.
    @inlinable @inline(__always)
    public mutating func append(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ append($0) }) == nil { append(Array(text.utf8)) }
    }

    /// Appends the UTF-8 of a substring.
    @inlinable @inline(__always)
    public mutating func append(_ text: Substring) {
        if text.utf8.withContiguousStorageIfAvailable({ append($0) }) == nil { append(Array(text.utf8)) }
    }

    /// Appends a piece of at most `maxCount` bytes that `build` puts
    /// together in place (see ``BytePiece``): one check for room for the
    /// whole piece instead of one for each of its parts.
    @inlinable @inline(__always)
    public mutating func append(atMost maxCount: Int, _ build: (inout BytePiece) -> Void) {
        reserve(maxCount)
        var piece = BytePiece(start: storage.base + count)
        build(&piece)
        count += piece.count
        if count >= Self.chunkSize { flush() }
    }

    /// Appends the bytes another sink holds in memory (a sink used as
    /// scratch for a piece written again and again).
    @inlinable @inline(__always)
    public mutating func append(_ other: ByteSink) {
        append(UnsafeBufferPointer(start: other.storage.base, count: other.count))
    }

    /// The memory after the bytes, with room for at least `extra` bytes (made
    /// if needed), for a writer that puts many pieces there in place and then
    /// counts them with ``didWrite(_:)``: one check for room for all of them.
    /// Valid until the next change of the sink.
    @inlinable @inline(__always)
    public mutating func freeSpace(atLeast extra: Int) -> UnsafeMutableBufferPointer<UInt8> {
        reserve(extra)
        return UnsafeMutableBufferPointer(start: storage.base + count, count: storage.capacity - count)
    }

    /// Counts `written` bytes put in the memory ``freeSpace(atLeast:)`` gave,
    /// and writes out what has gathered once a chunk has (the memory given is not valid after).
    @inlinable @inline(__always)
    public mutating func didWrite(_ written: Int) {
        count += written
        if count >= Self.chunkSize { flush() }
    }

    /// Forgets the bytes not written out yet: for a sink in memory, empties it and keeps its memory.
    public mutating func removeAll() { count = 0 }

    /// Appends an integer in decimal, as `String(value)` writes it.
    @inlinable
    public mutating func append(decimal value: Int) {
        reserve(20)  // "-" and the 19 digits of Int.min
        count += ByteWords.writeDecimal(value, to: storage.base + count)
    }

    /// Makes room for `extra` more bytes in memory of this sink's own.
    @inlinable @inline(__always)
    mutating func reserve(_ extra: Int) {
        if count + extra > storage.capacity || !isKnownUniquelyReferenced(&storage) {
            storage = storage.copy(count: count, capacity: max(storage.capacity, (count + extra) * 2))
        }
    }

    /// Writes the gathered bytes to the file (nothing for a sink in memory,
    /// nor after an error). With direct I/O, the whole blocks among them are
    /// handed to the writer and the rest stays gathered.
    @usableFromInline
    mutating func flush() {
        guard descriptor >= 0 else { return }
        if let direct, error == nil {
            let whole = count - count % DirectWriter.blockSize
            guard whole > 0 else { return }
            let next = direct.write(storage, count: whole)
            next.base.initialize(from: storage.base + whole, count: count - whole)
            storage = next
            count -= whole
            return
        }
        writeThroughCache(UnsafeRawBufferPointer(start: storage.base, count: count))
        count = 0
    }

    /// Writes `bytes` to the file through the page cache unless a write failed
    /// before (keeping the first failure in ``error``), and asks the system to
    /// start writing them to disk every ``writeBackSize`` bytes.
    private mutating func writeThroughCache(_ bytes: UnsafeRawBufferPointer) {
        guard error == nil, let base = bytes.baseAddress else { return }
        if let code = FileWrite.all(descriptor, base, count: bytes.count) {
            error = AtomicFile.WriteError(path: path, operation: "write", code: code)
        }
        written += bytes.count
        if written - writtenBack >= Self.writeBackSize {
            FileWrite.startWriteBack(descriptor, from: writtenBack, count: written - writtenBack)
            writtenBack = written
        }
    }

    /// Writes out everything gathered and waits until the file holds every
    /// byte appended (before it is synced and closed).
    mutating func finish() {
        flush()
        guard let direct else { return }
        let failure = direct.finish(storage.base, count: error == nil ? count : 0)
        if error == nil { error = failure }
        count = 0
    }

    /// Drops the bytes not written out and waits for the writes already
    /// handed over: for an export abandoned midway, before its file is closed.
    mutating func stopWriting() {
        count = 0
        direct?.waitForWrites()
    }

    /// How many bytes are written through the page cache before the system is asked to start writing them to disk.
    private static let writeBackSize = 8 << 20
}

/// A ``ByteSink`` filled, for the length of one export, through windows of
/// its free memory (``ByteSink/freeSpace(atLeast:)``): an append checks only
/// for room left in the window. The uniqueness check of the sink's memory and
/// the check for a whole chunk to write out, which each ``ByteSink`` append
/// makes, come once a window (64 KB) instead: for exports of millions of short pieces.
///
///     var window = ByteSinkWindow()
///     window.exchange(&sink)
///     window.append(atMost: 20) { $0.put(decimal: 42) }
///     window.exchange(&sink)   // `sink` holds "42" at its end
public struct ByteSinkWindow {
    /// The sink whose free memory the window is.
    @usableFromInline var sink: ByteSink
    /// Where the window starts (nil before the first append).
    @usableFromInline var start: UnsafeMutablePointer<UInt8>?
    /// How many bytes of the window hold data, and how many it has in all.
    @usableFromInline var used = 0
    @usableFromInline var size = 0

    /// How many bytes a window has at least.
    @usableFromInline static let windowSize = 1 << 16

    /// A window onto an empty sink in memory, until ``exchange(_:)`` puts another sink in its place.
    public init() { sink = ByteSink() }

    /// Exchanges the sink the window is onto with `other`, having counted in
    /// it what was appended: a sink is moved in and out, not copied, so that
    /// its memory stays uniquely referenced.
    ///
    ///     var window = ByteSinkWindow()
    ///     window.exchange(&sink)
    ///     defer { window.exchange(&sink) }
    public mutating func exchange(_ other: inout ByteSink) {
        close()
        swap(&sink, &other)
    }

    /// Appends a piece of at most `maxCount` bytes that `build` puts together
    /// in place (see ``ByteSink/append(atMost:_:)``).
    @inlinable @inline(__always)
    public mutating func append(atMost maxCount: Int, _ build: (inout BytePiece) -> Void) {
        // (Counts of bytes in memory: their sums cannot overflow, and are not checked.)
        if used &+ maxCount >= size { open(room: maxCount) }  // `>=`: a window is opened for the first piece even when empty
        var piece = BytePiece(start: start.unsafelyUnwrapped + used)
        build(&piece)
        used &+= piece.count
    }

    /// Appends bytes.
    @inlinable @inline(__always)
    public mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        append(atMost: bytes.count) { $0.put(bytes) }
    }

    /// Appends one byte.
    @inlinable @inline(__always)
    public mutating func append(_ byte: UInt8) {
        append(atMost: 1) { $0.put(byte) }
    }

    /// Appends bytes.
    public mutating func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    /// Appends the UTF-8 of a string.
    public mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// Counts the bytes of the window in the sink and opens a new one with room for at least `room` bytes.
    @usableFromInline
    mutating func open(room: Int) {
        close()
        let space = sink.freeSpace(atLeast: max(room, Self.windowSize))
        start = space.baseAddress
        size = min(space.count, max(room, Self.windowSize))
    }

    /// Counts the bytes of the window in the sink (which may write them out) and closes it.
    mutating func close() {
        sink.didWrite(used)
        (start, used, size) = (nil, 0, 0)
    }
}
