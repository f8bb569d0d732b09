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
/// Writing never throws: the first failed write is kept in ``error``, later
/// bytes are dropped, and ``AtomicFile/write(to:_:)`` reports it when the export ends.
public struct ByteSink {
    /// The bytes not written out yet; for a sink in memory, every byte.
    public private(set) var bytes: [UInt8] = []
    /// The file written to (-1 for a sink in memory).
    private let descriptor: Int32
    /// The file's path, for errors.
    private let path: String
    /// The first write that failed, if one did.
    public private(set) var error: AtomicFile.WriteError?

    /// How many bytes gather before they are written out.
    static let chunkSize = 1 << 20

    /// A sink that keeps everything in memory.
    public init() {
        descriptor = -1
        path = ""
    }

    /// A sink that writes to an open file.
    init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
        bytes.reserveCapacity(Self.chunkSize + Self.chunkSize / 4)
    }

    /// Appends one byte.
    @inline(__always)
    public mutating func append(_ byte: UInt8) { bytes.append(byte) }

    /// Appends bytes.
    @inline(__always)
    public mutating func append(_ more: [UInt8]) {
        bytes.append(contentsOf: more)
        if bytes.count >= Self.chunkSize { flush() }
    }

    /// Appends bytes.
    @inline(__always)
    public mutating func append(_ more: ArraySlice<UInt8>) {
        bytes.append(contentsOf: more)
        if bytes.count >= Self.chunkSize { flush() }
    }

    /// Appends bytes.
    @inline(__always)
    public mutating func append(_ more: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: more)
        if bytes.count >= Self.chunkSize { flush() }
    }

    /// Appends the UTF-8 of a string.
    @inline(__always)
    public mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
        if bytes.count >= Self.chunkSize { flush() }
    }

    /// Appends the UTF-8 of a substring.
    @inline(__always)
    public mutating func append(_ text: Substring) {
        bytes.append(contentsOf: text.utf8)
        if bytes.count >= Self.chunkSize { flush() }
    }

    /// Appends an integer in decimal, as `String(value)` writes it.
    @inline(__always)
    public mutating func append(decimal value: Int) { append(String(value)) }

    /// Writes the gathered bytes to the file (nothing for a sink in memory,
    /// nor after an error), retrying short writes and interrupted calls.
    mutating func flush() {
        guard descriptor >= 0 else { return }
        defer { bytes.removeAll(keepingCapacity: true) }
        guard error == nil else { return }
        let failure: Int32? = bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return nil }
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
        if let failure { error = AtomicFile.WriteError(path: path, operation: "write", code: failure) }
    }
}

/// The system's `write(2)`.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
        Glibc.write(descriptor, bytes, count)
    #else
        Darwin.write(descriptor, bytes, count)
    #endif
}
