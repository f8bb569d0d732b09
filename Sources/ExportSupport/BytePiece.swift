/// A piece of an export put together in place, in memory a ``ByteSink``
/// has made room for (see ``ByteSink/append(atMost:_:)``): its parts are
/// copied one after another with no check each, the sink having checked once for the whole piece.
///
///     sink.append(atMost: prefix.count + 20) { piece in
///         piece.put(prefix)
///         piece.put(decimal: 42)
///     }
public struct BytePiece {
    /// Where the next byte goes.
    @usableFromInline var end: UnsafeMutablePointer<UInt8>
    /// Where the piece starts.
    @usableFromInline let start: UnsafeMutablePointer<UInt8>

    @inlinable
    init(start: UnsafeMutablePointer<UInt8>) {
        self.start = start
        end = start
    }

    /// How many bytes the piece holds.
    @inlinable
    public var count: Int { end - start }

    /// Puts bytes. Runs of 33 to 64 bytes (predicates and IRIs, say) are
    /// copied as two overlapping runs of 32, without a call to `memcpy`.
    @inlinable @inline(__always)
    public mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        let count = bytes.count
        if count > 32 && count <= 64 {
            ByteWords.copy(32, from: source, to: end)
            ByteWords.copy(32, from: source + count - 32, to: end + count - 32)
        } else {
            ByteWords.copy(count, from: source, to: end)
        }
        end += count
    }

    /// Puts bytes that lie in padded memory (``ByteWords/paddedCopy(of:)``),
    /// sixteen at a time (``ByteWords/copyRuns(_:from:to:)``): the piece must
    /// have room for ``ByteWords/runOverrun`` bytes more.
    @inlinable @inline(__always)
    public mutating func put(runsOf bytes: UnsafeBufferPointer<UInt8>) {
        ByteWords.copyRuns(bytes.count, from: bytes.baseAddress.unsafelyUnwrapped, to: end)
        end += bytes.count
    }

    /// Puts one byte.
    @inlinable @inline(__always)
    public mutating func put(_ byte: UInt8) {
        end.pointee = byte
        end += 1
    }

    /// Puts an integer in decimal, as `String(value)` writes it (up to 20 bytes).
    @inlinable @inline(__always)
    public mutating func put(decimal value: Int) {
        end += ByteWords.writeDecimal(value, to: end)
    }

    /// Lets `write` put bytes in place and keeps as many as it says it wrote.
    @inlinable @inline(__always)
    public mutating func put(_ write: (UnsafeMutablePointer<UInt8>) -> Int) {
        end += write(end)
    }
}
