import Foundation

extension String {
    /// Whether the string is empty or all white space (`Character.isWhitespace`),
    /// told at once when it starts with printable ASCII.
    var isBlank: Bool {
        if let first = utf8.first, first > 0x20, first < 0x7F { return false }
        return allSatisfy(\.isWhitespace)
    }

    /// The string as `trimmingCharacters(in: .whitespacesAndNewlines)` makes it,
    /// without Foundation's cost when neither end can be white space.
    var trimmingWhitespaceAndNewlines: String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last,
            !Self.mayBeWhitespace(first), !Self.mayBeWhitespace(last)
        else { return trimmingCharacters(in: .whitespacesAndNewlines) }
        return self
    }

    /// Whether `scalar` may belong to `CharacterSet.whitespacesAndNewlines`
    /// (general category Zs, U+0009–U+000D, U+0085, U+2028, U+2029); a generous
    /// superset of it, so that a scalar outside it certainly is not white space.
    private static func mayBeWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0...0x20, 0x7F...0xA0, 0x1680, 0x180E, 0x2000...0x200F, 0x2028...0x202F, 0x205F...0x206F, 0x3000,
            0xFEFF:
            true
        default: false
        }
    }
}
