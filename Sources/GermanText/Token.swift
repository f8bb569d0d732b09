import Lexicons
import NewsGraphModel

/// What kind of text a token is.
public enum TokenKind: Hashable, Sendable {
    /// Letters, possibly with inner hyphens, apostrophes or digits (`Pentagon-Sprecherin`, `G7`).
    case word
    /// Digits, possibly with thousands dots or a decimal comma (`11.000`, `3,5`).
    case number
    /// A quotation mark of any style (`„ “ ” " » « ‚ ‘ ’ '`).
    case quote(QuoteMark)
    /// Any other single punctuation or symbol character.
    case punctuation
}

/// A quotation mark and the roles it can play.
public struct QuoteMark: Hashable, Sendable {
    /// The character as written.
    public var character: Unicode.Scalar
    /// Whether it can open a quotation.
    public var canOpen: Bool
    /// Whether it can close a quotation.
    public var canClose: Bool
    /// Whether it is a single (inner) mark such as `‚` or `‘`.
    public var isSingle: Bool

    /// The mark for a scalar, or nil when it is no quotation mark.
    public init?(_ scalar: Unicode.Scalar) {
        character = scalar
        switch scalar {
        case "„", "»": (canOpen, canClose, isSingle) = (true, false, false)
        case "«": (canOpen, canClose, isSingle) = (false, true, false)
        case "“": (canOpen, canClose, isSingle) = (true, true, false)  // closes „…“, opens English “…”
        case "”", "\"": (canOpen, canClose, isSingle) = (true, true, false)
        case "‚", "›": (canOpen, canClose, isSingle) = (true, false, true)
        case "‹": (canOpen, canClose, isSingle) = (false, true, true)
        case "‘": (canOpen, canClose, isSingle) = (true, true, true)
        case "’", "'": (canOpen, canClose, isSingle) = (false, true, true)
        default: return nil
        }
    }
}

/// One token of a document: its code-point offsets and its kind. Its text is
/// read from the document (`AnalyzedText.string(_:)`), so a token holds
/// no string and copies of it cost no reference counting.
public struct Token: Hashable, Sendable {
    /// Where it is in the document.
    public var span: Span
    /// What kind of token it is.
    public var kind: TokenKind

    /// Creates a token.
    public init(span: Span, kind: TokenKind) {
        self.span = span
        self.kind = kind
    }

    /// A token text without soft hyphens, in Unicode NFC: what lexicons are matched against.
    public static func normalizedForm(of text: String) -> String {
        // Fast path: text below U+0300 is already in NFC (see `String.nfc`), and
        // without a soft hyphen (UTF-8 `C2 AD`) there is nothing to remove.
        let needsWork = { (byte: UInt8) in byte == 0xAD || byte >= 0xCC }
        let plain = text.utf8.withContiguousStorageIfAvailable { !$0.contains(where: needsWork) }
        if plain ?? !text.utf8.contains(where: needsWork) { return text }
        var cleaned = text
        cleaned.unicodeScalars.removeAll { $0 == "\u{00AD}" }
        return cleaned.nfc
    }

    /// Whether a text starts with an upper-case letter.
    public static func startsUppercase(_ text: String) -> Bool {
        guard let byte = text.utf8.first else { return false }
        if byte < 0x80 { return byte >= 0x41 && byte <= 0x5A }
        return text.unicodeScalars.first.map(isUppercaseLetter) ?? false
    }

    /// Whether a text starts with a lower-case letter.
    public static func startsLowercase(_ text: String) -> Bool {
        guard let byte = text.utf8.first else { return false }
        if byte < 0x80 { return byte >= 0x61 && byte <= 0x7A }
        return text.unicodeScalars.first.map(isLowercaseLetter) ?? false
    }

    /// Whether a scalar is an upper-case letter (what ``startsUppercase(_:)`` asks of the first).
    public static func isUppercaseLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? ("A"..."Z").contains(scalar) : scalar.properties.isUppercase
    }

    /// Whether a scalar is a lower-case letter (what ``startsLowercase(_:)`` asks of the first).
    public static func isLowercaseLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? ("a"..."z").contains(scalar) : scalar.properties.isLowercase
    }

    /// Whether the token is a word.
    public var isWord: Bool {
        if case .word = kind { return true }
        return false
    }

    /// The quotation mark, when the token is one.
    public var quoteMark: QuoteMark? {
        if case .quote(let mark) = kind { return mark }
        return nil
    }
}
