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
///     var bytes: [UInt8] = []
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
    static func append(_ text: String, in context: Context, to out: inout [UInt8]) {
        if let done: Void = text.utf8.withContiguousStorageIfAvailable({ append($0, in: context, to: &out) }) { return done }
        Array(text.utf8).withUnsafeBufferPointer { append($0, in: context, to: &out) }
    }

    /// Appends UTF-8 `bytes`, sanitised, then escaped as libxml2 escapes it in `context`.
    static func append(_ bytes: UnsafeBufferPointer<UInt8>, in context: Context, to out: inout [UInt8]) {
        let count = bytes.count
        var plainStart = 0
        var index = 0
        while index < count {
            let byte = bytes[index]
            guard needsCare(byte) else {
                index += 1
                continue
            }
            if plainStart < index { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plainStart..<index])) }
            index += 1
            switch byte {
            case UInt8(ascii: "<"): out.append(contentsOf: lessThan)
            case UInt8(ascii: ">"): out.append(contentsOf: greaterThan)
            case UInt8(ascii: "&"): out.append(contentsOf: ampersand)
            case UInt8(ascii: "\""): out.append(contentsOf: quote)
            case UInt8(ascii: "\r"): out.append(contentsOf: carriageReturn)
            case UInt8(ascii: "\t") where context == .attribute: out.append(contentsOf: tab)
            case UInt8(ascii: "\n") where context == .attribute: out.append(contentsOf: lineFeed)
            case UInt8(ascii: "\t"), UInt8(ascii: "\n"): out.append(byte)
            case 0xEF where index + 1 < count && bytes[index] == 0xBF && bytes[index + 1] >= 0xBE:
                index += 2  // U+FFFE or U+FFFF: dropped
            case 0xEF: out.append(byte)
            default: break  // another C0 control: dropped
            }
            plainStart = index
        }
        if plainStart < count { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plainStart..<count])) }
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

    private static let lessThan = Array("&lt;".utf8)
    private static let greaterThan = Array("&gt;".utf8)
    private static let ampersand = Array("&amp;".utf8)
    private static let quote = Array("&quot;".utf8)
    private static let carriageReturn = Array("&#13;".utf8)
    private static let tab = Array("&#9;".utf8)
    private static let lineFeed = Array("&#10;".utf8)
}
