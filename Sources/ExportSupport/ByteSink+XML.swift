extension ByteSink {
    /// Appends text as XML character data, byte for byte as libxml2's
    /// `xmlTextWriterWriteString` writes it: the characters XML 1.0 forbids
    /// removed (C0 controls but tab, LF and CR; U+FFFE and U+FFFF), `&` `<`
    /// `>` `"` as entities and CR as `&#13;`; everything else as UTF-8.
    public mutating func appendXMLText(_ text: String) { appendXML(text, inAttribute: false) }

    /// Appends the value of a double-quoted attribute, byte for byte as
    /// libxml2's `xmlTextWriterWriteAttribute` writes it: as
    /// ``appendXMLText(_:)``, and tab and LF as `&#9;` and `&#10;`.
    public mutating func appendXMLAttributeValue(_ value: String) { appendXML(value, inAttribute: true) }

    /// Appends ` name="value"`, the value escaped as an attribute value.
    public mutating func appendXMLAttribute(_ name: String, _ value: String) {
        append(UInt8(ascii: " "))
        append(name)
        append(Self.attributeOpening)
        appendXMLAttributeValue(value)
        append(UInt8(ascii: "\""))
    }

    private static let attributeOpening: [UInt8] = Array("=\"".utf8)
    private static let ampersand: [UInt8] = Array("&amp;".utf8)
    private static let lessThan: [UInt8] = Array("&lt;".utf8)
    private static let greaterThan: [UInt8] = Array("&gt;".utf8)
    private static let quote: [UInt8] = Array("&quot;".utf8)
    private static let carriageReturn: [UInt8] = Array("&#13;".utf8)
    private static let tab: [UInt8] = Array("&#9;".utf8)
    private static let lineFeed: [UInt8] = Array("&#10;".utf8)

    private mutating func appendXML(_ text: String, inAttribute: Bool) {
        var text = text
        text.withUTF8 { utf8 in
            let count = utf8.count
            var runStart = 0
            var index = 0
            while index < count {
                let byte = utf8[index]
                // Bytes written as they are: all but C0 controls, `"`, `&`, `<`, `>` and U+FFFE/U+FFFF.
                if byte >= 0x20 && byte != 0x22 && byte != 0x26 && byte != 0x3C && byte != 0x3E
                    && (byte != 0xEF || index + 2 >= count || utf8[index + 1] != 0xBF || utf8[index + 2] < 0xBE)
                {
                    index += 1
                    continue
                }
                let replacement: [UInt8]?
                var skipped = 1
                switch byte {
                case UInt8(ascii: "&"): replacement = Self.ampersand
                case UInt8(ascii: "<"): replacement = Self.lessThan
                case UInt8(ascii: ">"): replacement = Self.greaterThan
                case UInt8(ascii: "\""): replacement = Self.quote
                case 0x0D: replacement = Self.carriageReturn
                case 0x09:
                    guard inAttribute else {
                        index += 1
                        continue
                    }
                    replacement = Self.tab
                case 0x0A:
                    guard inAttribute else {
                        index += 1
                        continue
                    }
                    replacement = Self.lineFeed
                case 0xEF:
                    // U+FFFE or U+FFFF: not allowed in XML, removed.
                    replacement = nil
                    skipped = 3
                default:
                    // Another C0 control: not allowed in XML, removed.
                    replacement = nil
                }
                append(UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                if let replacement { append(replacement) }
                index += skipped
                runStart = index
            }
            append(UnsafeBufferPointer(rebasing: utf8[runStart..<count]))
        }
    }
}
