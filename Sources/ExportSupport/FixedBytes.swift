/// Bytes fixed once and appended often (a predicate's spelling, a line
/// end), kept in memory of their own: appending them to a ``ByteSink`` reads
/// a pointer, where an array would be retained and released every time.
///
///     static let lineEnd = FixedBytes(" .\n")
///     sink.append(Self.lineEnd)
public final class FixedBytes: @unchecked Sendable {  // immutable once made
    /// The bytes.
    public let buffer: UnsafeBufferPointer<UInt8>

    /// The UTF-8 of `text`.
    public convenience init(_ text: String) { self.init(Array(text.utf8)) }

    /// A copy of `bytes`.
    public init(_ bytes: [UInt8]) {
        let memory = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
        _ = memory.initialize(from: bytes)
        buffer = UnsafeBufferPointer(memory)
    }

    deinit { buffer.deallocate() }
}
