/// Quoted DOT strings that Graphviz reads back as the text they hold and
/// that render to well-formed SVG, whatever the text.
///
/// - `\` is escaped first (so `\n`, `\N`, `\G` in the text stay literal),
///   then `"`; a line feed becomes the label line break `\n`; CR is dropped.
/// - `&` is written `&amp;`: Graphviz decodes entities in labels, and a
///   decoded `&#1;` would put a control character into the SVG.
/// - Tab becomes a space; other control characters (C0, DEL, C1) and the
///   non-characters U+FFFE/U+FFFF are dropped.
/// - The quoted content stays within a byte budget (Graphviz rejects
///   strings over 16,384 bytes); a cut falls between characters and ends in `…`.
///
///     DOTString.quoted("Er sagte: \"Nein\"\n", maxBytes: 100)   // "\"Er sagte: \\\"Nein\\\"\\n\""
enum DOTString {
    /// The largest budget a caller may ask for, safely under Graphviz's limit.
    static let limit = 16_000

    /// `text` as a quoted DOT string whose content has at most `maxBytes` bytes.
    static func quoted(_ text: String, maxBytes: Int) -> String {
        let budget = min(maxBytes, limit)
        let ellipsis = "…"
        var out = "\""
        var used = 0
        var piece = ""
        for character in text {
            piece.removeAll(keepingCapacity: true)
            for scalar in character.unicodeScalars { appendEscaped(scalar, to: &piece) }
            if used + piece.utf8.count > budget - ellipsis.utf8.count {
                out += ellipsis
                break
            }
            out += piece
            used += piece.utf8.count
        }
        out += "\""
        return out
    }

    /// `text` on one line (whitespace runs become one space), cut after
    /// `maxCharacters` characters with `…`.
    static func shortened(_ text: String, maxCharacters: Int) -> String {
        let words = text.split(whereSeparator: { $0.isWhitespace || $0.isNewline })
        let line = words.joined(separator: " ")
        guard line.count > maxCharacters else { return line }
        return String(line.prefix(maxCharacters - 1)) + "…"
    }

    private static func appendEscaped(_ scalar: Unicode.Scalar, to out: inout String) {
        switch scalar {
        case "\\": out += "\\\\"
        case "\"": out += "\\\""
        case "\n": out += "\\n"
        case "&": out += "&amp;"
        case "\t": out += " "
        default:
            switch scalar.value {
            case 0..<0x20, 0x7F...0x9F, 0xFFFE, 0xFFFF: break
            default: out.unicodeScalars.append(scalar)
            }
        }
    }
}
