/// Text rules of XML 1.0.
///
/// xmlTextWriter escapes `<`, `&`, `"` (and CR) but writes control
/// characters raw, which makes the file ill-formed; ``XMLWriter`` passes
/// every value through ``sanitized(_:)`` first.
///
///     XMLText.sanitized("a\u{1}b\u{1B}c")   // "abc"
public enum XMLText {
    /// Whether XML 1.0 allows `scalar` in a document: tab, LF, CR,
    /// U+0020–U+D7FF, U+E000–U+FFFD and U+10000–U+10FFFF. Swift strings
    /// never hold lone surrogates, but the check rejects them too.
    public static func isLegal(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// `text` without the characters XML 1.0 forbids. Returns `text`
    /// itself, without copying, when it is already clean.
    public static func sanitized(_ text: String) -> String {
        let clean = text.utf8.withContiguousStorageIfAvailable(isClean) ?? isClean(Array(text.utf8))
        if clean { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.lazy.filter(isLegal))
        return String(scalars)
    }

    /// A fast scan of UTF-8 bytes for C0 controls other than tab, LF, CR
    /// and for U+FFFE/U+FFFF (`EF BF BE`, `EF BF BF`).
    private static func isClean(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x20 {
                if byte != 0x9 && byte != 0xA && byte != 0xD { return false }
            } else if byte == 0xEF, index + 2 < count, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE {
                return false
            }
            index += 1
        }
        return true
    }

    private static func isClean(_ bytes: [UInt8]) -> Bool { bytes.withUnsafeBufferPointer(isClean) }
}
