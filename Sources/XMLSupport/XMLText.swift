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
        guard needsCleaning(text) else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.lazy.filter(isLegal))
        return String(scalars)
    }

    /// A fast scan of the UTF-8 bytes for C0 controls other than tab, LF, CR
    /// and for U+FFFE/U+FFFF (`EF BF BE`, `EF BF BF`).
    private static func needsCleaning(_ text: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            if byte < 0x20 && byte != 0x9 && byte != 0xA && byte != 0xD { return true }
            if previous == (0xEF, 0xBF) && (byte == 0xBE || byte == 0xBF) { return true }
            previous = (previous.1, byte)
        }
        return false
    }
}
