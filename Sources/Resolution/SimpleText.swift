/// Text in which every scalar is a character of its own and lower-cases to
/// one scalar, so that character-level rules can run on UTF-8 bytes.
///
/// That holds for scalars below U+0300 (no combining marks start there)
/// but CR (CR LF is one character) and U+0130 (its lower case is two
/// scalars), and for the punctuation of U+2010–U+2027 and U+2030–U+205E
/// (dashes, quotation marks, ellipsis) and the currency signs U+20A0–U+20C0,
/// none of which joins a neighbour or is cased.
///
///     SimpleText.isSimple("„Wir sind bereit“ – sagte er")   // true
///     SimpleText.isSimple("e\u{301}")                        // false
enum SimpleText {
    /// Whether every scalar of `text` is simple.
    static func isSimple(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(isSimple)
    }

    /// Whether every scalar of the UTF-8 `bytes` is simple.
    static func isSimple(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        let raw = UnsafeRawBufferPointer(bytes)
        while index < count {
            if index + 8 <= count, isASCIIWithoutCR(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                index += 8
                continue
            }
            let byte = bytes[index]
            if byte < 0xCC {
                // Below U+0300: all but CR and U+0130 (C4 B0).
                if byte == 0x0D || byte == 0xC4 && index + 1 < count && bytes[index + 1] == 0xB0 { return false }
                index += 1
                continue
            }
            guard byte == 0xE2, index + 2 < count else { return false }
            let value = (UInt32(bytes[index + 1] & 0x3F) << 6) | UInt32(bytes[index + 2] & 0x3F) | 0x2000
            guard (0x2010...0x2027).contains(value) || (0x2030...0x205E).contains(value) || (0x20A0...0x20C0).contains(value)
            else { return false }
            index += 3
        }
        return true
    }

    /// Whether the eight bytes of `word` are all ASCII and none is CR: no high
    /// bit set, and no byte that is zero once CR is taken from each.
    private static func isASCIIWithoutCR(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let notCR = word ^ (0x0D &* ones)
        return (word | ((notCR &- ones) & ~notCR)) & (0x80 &* ones) == 0
    }

    /// Whether the simple scalar starting at `bytes[index]` is white space (U+0009–U+000D, space, U+0085, U+00A0),
    /// and how many bytes it has.
    static func whitespace(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (isWhitespace: Bool, length: Int) {
        let byte = bytes[index]
        if byte < 0x80 { return (byte == 0x20 || (0x09...0x0D).contains(byte), 1) }
        if byte < 0xE0 {
            return (byte == 0xC2 && index + 1 < bytes.count && (bytes[index + 1] == 0x85 || bytes[index + 1] == 0xA0), 2)
        }
        return (false, 3)
    }
}
