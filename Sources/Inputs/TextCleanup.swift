/// Tidies text taken from HTML: white space runs become one space, invisible
/// characters (soft hyphens, zero-width spaces, byte order marks, control
/// characters, non-characters) go, and C1 control characters left by pages
/// that call windows-1252 "ISO-8859-1" become the windows-1252 characters meant.
enum TextCleanup {
    /// `text` with white space collapsed and trimmed, invisible characters removed.
    static func collapsed(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            let kept: Unicode.Scalar
            if (0x80...0x9F).contains(scalar.value) {
                guard let mapped = windows1252[Int(scalar.value - 0x80)] else { continue }
                kept = mapped
            } else {
                guard !isInvisible(scalar) else { continue }
                kept = scalar
            }
            if pendingSpace {
                result.append(" ")
                pendingSpace = false
            }
            result.append(kept)
        }
        return String(result)
    }

    /// Characters that render as nothing, or should not be in text at all.
    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F: true  // control characters (white space ones are handled before)
        case 0xAD, 0x200B, 0x200E, 0x200F, 0x2060, 0xFEFF: true  // soft hyphen, zero-width space, marks, BOM
        default: scalar.properties.isNoncharacterCodePoint
        }
    }

    /// What the bytes 0x80–0x9F mean in windows-1252 (nil where it leaves them undefined).
    private static let windows1252: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]
}
