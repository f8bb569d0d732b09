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
