extension String {
    /// The text of `scalars[range]`, encoded straight into a new string's UTF-8.
    ///
    /// `String.UnicodeScalarView.append(contentsOf:)` walks a slice through
    /// generic iterator calls, one scalar at a time; this counts the bytes
    /// and writes them in place.
    public init<Scalars: RandomAccessCollection<Unicode.Scalar>>(scalars: Scalars, in range: Range<Int>) where Scalars.Index == Int {
        var byteCount = 0
        for index in range { byteCount += UTF8.width(scalars[index]) }
        self.init(unsafeUninitializedCapacity: byteCount) { buffer in
            var offset = 0
            for index in range {
                let value = scalars[index].value
                if value < 0x80 {
                    buffer[offset] = UInt8(truncatingIfNeeded: value)
                    offset += 1
                } else if value < 0x800 {
                    buffer[offset] = UInt8(truncatingIfNeeded: 0xC0 | value >> 6)
                    buffer[offset + 1] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                    offset += 2
                } else if value < 0x1_0000 {
                    buffer[offset] = UInt8(truncatingIfNeeded: 0xE0 | value >> 12)
                    buffer[offset + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
                    buffer[offset + 2] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                    offset += 3
                } else {
                    buffer[offset] = UInt8(truncatingIfNeeded: 0xF0 | value >> 18)
                    buffer[offset + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 12 & 0x3F)
                    buffer[offset + 2] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
                    buffer[offset + 3] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                    offset += 4
                }
            }
            return offset
        }
    }
}

extension String {
    /// A copy of `bytes`, which must be valid UTF-8 (a slice of a string's UTF-8 between two of its
    /// scalars), made without the check of every byte that `String(decoding:as:)` makes.
    init(validUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        if #available(macOS 26, *) {
            self = String(copying: UTF8Span(unchecked: Swift.Span(_unsafeElements: bytes), isKnownASCII: Self.isASCII(bytes)))
        } else {
            // (Older Apple systems have no UTF8Span: the check is made again.)
            self = String(decoding: bytes, as: UTF8.self)
        }
    }

    /// Whether every byte of `bytes` is ASCII, eight at a time.
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
