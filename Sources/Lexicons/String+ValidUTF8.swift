extension String {
    /// A copy of `bytes`, which must be valid UTF-8 (checked once already: an input file's bytes
    /// after the reader's check, or a slice of a string's UTF-8 between two of its scalars), made
    /// without the second check of every byte that `String(decoding:as:)` makes.
    ///
    /// ```swift
    /// let word = text.utf8.withContiguousStorageIfAvailable { String(validUTF8: UnsafeBufferPointer(rebasing: $0[0..<3])) }
    /// ```
    public init(validUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        if #available(macOS 26, *) {
            self = String(copying: UTF8Span(unchecked: Swift.Span(_unsafeElements: bytes), isKnownASCII: Self.isASCII(bytes)))
        } else {
            // (Older Apple systems have no UTF8Span: the check is made again.)
            self = String(decoding: bytes, as: UTF8.self)
        }
    }

    /// Whether every byte of `bytes` is ASCII, eight at a time. (A string made from them must know:
    /// an ASCII string compares and hashes without normalising.)
    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let raw = UnsafeRawBufferPointer(bytes)
        var high: UInt64 = 0
        var index = 0
        while index &+ 8 <= raw.count {
            high |= raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            index &+= 8
        }
        while index < raw.count {
            high |= UInt64(raw[index])
            index &+= 1
        }
        return high & 0x8080_8080_8080_8080 == 0
    }
}
