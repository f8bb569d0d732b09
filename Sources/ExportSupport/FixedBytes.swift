/// Bytes fixed once and appended often (a predicate's spelling, a line
/// end), kept in memory of their own: appending them to a ``ByteSink`` reads
/// a pointer, where an array would be retained and released every time.
/// The memory is padded (``ByteWords/paddedCopy(of:)``), so that the bytes,
/// or any end of them, may be copied in runs of sixteen (``BytePiece/put(runsOf:)``).
///
///     static let lineEnd = FixedBytes(" .\n")
///     sink.append(Self.lineEnd)
public final class FixedBytes: @unchecked Sendable {  // immutable once made
    /// The bytes, in padded memory.
    public let buffer: UnsafeBufferPointer<UInt8>

    /// The UTF-8 of `text`.
    public convenience init(_ text: String) { self.init(Array(text.utf8)) }

    /// A copy of `bytes`.
    public init(_ bytes: [UInt8]) {
        buffer = ByteWords.paddedCopy(of: bytes)
    }

    deinit { buffer.deallocate() }
}
