/// Tidies text taken from HTML: white space runs become one space, invisible
/// characters (soft hyphens, zero-width spaces, byte order marks, control
/// characters, non-characters) go, and C1 control characters left by pages
/// that call windows-1252 "ISO-8859-1" become the windows-1252 characters meant.
enum TextCleanup {
    /// `text` with white space collapsed and trimmed, invisible characters removed.
    static func collapsed(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            var kept = scalar
            if scalar.value >= 0x21, scalar.value < 0x7F {
                // Printable ASCII, the common case.
            } else if (0x80...0x9F).contains(scalar.value) {
                guard let mapped = windows1252[Int(scalar.value - 0x80)] else { continue }
                kept = mapped
            } else if isWhitespace(scalar) {
                pendingSpace = !bytes.isEmpty
                continue
            } else if isInvisible(scalar) {
                continue
            }
            if pendingSpace {
                bytes.append(0x20)
                pendingSpace = false
            }
            if kept.isASCII {
                bytes.append(UInt8(kept.value))
            } else {
                UTF8.encode(kept) { bytes.append($0) }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether `scalar` is white space (Unicode's White_Space), quickly for ASCII.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20: true
        case 0..<0x85: false
        default: scalar.properties.isWhitespace
        }
    }

    /// The number of scalars in `text` that are not white space.
    static func visibleLength(of text: String) -> Int {
        var count = 0
        for scalar in text.unicodeScalars where !isWhitespace(scalar) { count += 1 }
        return count
    }

    /// Characters that render as nothing, or should not be in text at all.
    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F: true  // control characters (white space ones are handled before)
        case 0xAD, 0x200B, 0x200E, 0x200F, 0x2060, 0xFEFF: true  // soft hyphen, zero-width space, marks, BOM
        case 0xFDD0...0xFDEF: true  // non-characters
        default: scalar.value & 0xFFFE == 0xFFFE  // U+FFFE, U+FFFF and their kin in every plane
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
