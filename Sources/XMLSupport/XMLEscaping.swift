/// libxml2's escaping of character data and attribute values, reproduced on
/// UTF-8 bytes, for markup that ``XMLWriter`` hands to `xmlTextWriterWriteRawLen`
/// already escaped.
///
/// `xmlTextWriterWriteString` in element content runs `xmlEncodeSpecialChars`:
/// `<`, `>`, `&`, `"` become entities and CR becomes `&#13;`; every other
/// byte is copied. In an attribute value it runs `xmlBufAttrSerializeTxtContent`,
/// which also writes tab and LF as `&#9;` and `&#10;` (UTF-8 stays as it is,
/// the document being declared UTF-8). ``append(_:in:to:)-(String,_,_)`` does
/// the same in one pass with ``XMLText/sanitized(_:)``: the characters XML 1.0
/// forbids are dropped.
///
///     var bytes = MarkupBytes()
///     XMLEscaping.append("a < b\r\u{1}", in: .content, to: &bytes)   // "a &lt; b&#13;"
///     XMLEscaping.append("a\tb", in: .attribute, to: &bytes)          // "a&#9;b"
enum XMLEscaping {
    /// Where escaped text goes: element content or a double-quoted attribute value.
    enum Context {
        /// Character data between tags.
        case content
        /// The value of a double-quoted attribute.
        case attribute
    }

    /// Appends `text`, sanitised, then escaped as libxml2 escapes it in `context`.
    @inline(__always)
    static func append(_ text: String, in context: Context, to out: inout MarkupBytes) {
        if let done: Void = text.utf8.withContiguousStorageIfAvailable({ append($0, in: context, to: &out) }) { return done }
        Array(text.utf8).withUnsafeBufferPointer { append($0, in: context, to: &out) }
    }

    /// Appends UTF-8 `bytes`, sanitised, then escaped as libxml2 escapes it in `context`.
    ///
    /// Eight bytes are tested at a time: a word with no byte that needs care
    /// (the case of nearly all text) is copied as it is; only the bytes of
    /// other words are looked at one by one.
    static func append(_ bytes: UnsafeBufferPointer<UInt8>, in context: Context, to out: inout MarkupBytes) {
        guard let source = bytes.baseAddress else { return }
        let count = bytes.count
        // At most 6 bytes (`&quot;`) for each byte, and room to store a whole word at the end.
        out.append(atMost: 6 * count + 8) { target in
            var read = 0
            var written = 0
            while read + 8 <= count {
                let word = UnsafeRawPointer(source + read).loadUnaligned(as: UInt64.self)
                if !anyNeedsCare(word) {
                    UnsafeMutableRawPointer(target + written).storeBytes(of: word, as: UInt64.self)
                    read += 8
                    written += 8
                    continue
                }
                let end = read + 8
                while read < end, read < count { appendByte(of: bytes, at: &read, in: context, to: target, at: &written) }
            }
            while read < count { appendByte(of: bytes, at: &read, in: context, to: target, at: &written) }
            return written
        }
    }

    /// Writes the byte of `bytes` at `read` to `target` at `written`,
    /// escaped or dropped as it needs, and moves both past what was read and written.
    @inline(__always)
    private static func appendByte(
        of bytes: UnsafeBufferPointer<UInt8>, at read: inout Int, in context: Context,
        to target: UnsafeMutablePointer<UInt8>, at written: inout Int
    ) {
        let byte = bytes[read]
        read += 1
        func put(_ text: StaticString) {
            (target + written).initialize(from: text.utf8Start, count: text.utf8CodeUnitCount)
            written += text.utf8CodeUnitCount
        }
        guard needsCare(byte) else {
            target[written] = byte
            written += 1
            return
        }
        switch byte {
        case UInt8(ascii: "<"): put("&lt;")
        case UInt8(ascii: ">"): put("&gt;")
        case UInt8(ascii: "&"): put("&amp;")
        case UInt8(ascii: "\""): put("&quot;")
        case UInt8(ascii: "\r"): put("&#13;")
        case UInt8(ascii: "\t") where context == .attribute: put("&#9;")
        case UInt8(ascii: "\n") where context == .attribute: put("&#10;")
        case 0xEF where read + 1 < bytes.count && bytes[read] == 0xBF && bytes[read + 1] >= 0xBE:
            read += 2  // U+FFFE or U+FFFF: dropped
        case UInt8(ascii: "\t"), UInt8(ascii: "\n"), 0xEF:
            target[written] = byte
            written += 1
        default: break  // another C0 control: dropped
        }
    }

    /// Whether any of the eight bytes of `word` needs care (see ``needsCare(_:)``):
    /// a byte below 0x20, or one that equals `"` or `&` once bit 2 is set
    /// (0x22, 0x26), `<` or `>` once bit 1 is set (0x3C, 0x3E), or 0xEF.
    @inline(__always)
    private static func anyNeedsCare(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        /// High bit set in some byte when some byte of `value` is zero (exact as to whether there is one).
        func zeroBytes(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & highBits }
        let below0x20 = (word &- 0x20 &* ones) & ~word & highBits
        let quoteOrAmpersand = zeroBytes((word | 0x04 &* ones) ^ 0x26 &* ones)
        let angleBracket = zeroBytes((word | 0x02 &* ones) ^ 0x3E &* ones)
        let byte0xEF = zeroBytes(word ^ 0xEF &* ones)
        return below0x20 | quoteOrAmpersand | angleBracket | byte0xEF != 0
    }

    /// Whether a byte is escaped, dropped or starts a sequence that may be
    /// dropped: C0 controls (tab and LF only to keep the check one shift),
    /// `"`, `&`, `<`, `>`, and 0xEF (U+FFFE/U+FFFF start with it).
    @inline(__always)
    private static func needsCare(_ byte: UInt8) -> Bool {
        if byte >= 0x40 { return byte == 0xEF }
        return (careBelow0x40 >> UInt64(byte)) & 1 != 0
    }

    /// Bit n set when byte n (below 0x40) needs care: 0x00–0x1F, `"` (0x22), `&` (0x26), `<` (0x3C), `>` (0x3E).
    private static let careBelow0x40: UInt64 = 0x0000_0000_FFFF_FFFF | 1 << 0x22 | 1 << 0x26 | 1 << 0x3C | 1 << 0x3E
}
