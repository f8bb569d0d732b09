extension String {
    /// A copy of `bytes`, which must be valid UTF-8 (the reader checks every
    /// input with ``ByteScan/firstInvalidUTF8(in:)-(UnsafeRawBufferPointer)``
    /// before it takes strings from it), made without validating them a second time
    /// as `String(decoding:as:)` would.
    init(validatedUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        assert(ByteScan.firstInvalidUTF8(in: UnsafeRawBufferPointer(bytes)) == nil, "not valid UTF-8")
        if #available(macOS 26, *) {
            let isASCII = ByteScan.isASCII(bytes)
            self = String(copying: UTF8Span(unchecked: Span(_unsafeElements: bytes), isKnownASCII: isASCII))
        } else {
            // (Older Apple systems have no UTF8Span: the check is made again.)
            self = String(decoding: bytes, as: UTF8.self)
        }
    }
}
