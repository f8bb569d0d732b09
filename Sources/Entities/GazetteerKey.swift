import Lexicons

/// How gazetteer names and text are cut into parts and folded into the keys
/// the gazetteer's indexes use.
///
/// A name is split into parts at spaces, hyphens and full stops (`Kim
/// Jong-un` → `Kim`, `Jong`, `un`; `George W. Bush` → `George`, `W`, `Bush`),
/// so hyphenated and spaced spellings meet and initials match their tokens. The exact
/// key joins the parts as written; the loose key lower-cases them and cuts
/// adjective endings off every part but the last (`Europäischen Union` and
/// `Europäische Union` → `europäisch union`). The last part of a text is
/// tried as written and without a genitive `-s` or `-es`. One-part acronyms
/// (`NATO`, `RAND`) have no loose key: they match as written, or with a
/// genitive `-s` (`IWFs`).
enum GazetteerKey {
    /// The parts of a name or token: split at spaces, hyphens and full stops,
    /// without a trailing apostrophe (`Boris'`).
    static func parts(_ text: String) -> [String] {
        if isOnePart(text) { return text.isEmpty ? [] : [text] }
        if let parts = plainParts(text) { return parts }
        return text.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "." || $0 == "\u{2011}" || $0 == "\t" }).compactMap
        {
            part in
            var piece = Substring(part)
            while let last = piece.last, last == "'" || last == "’" { piece = piece.dropLast() }
            return piece.isEmpty ? nil : String(piece)
        }
    }

    /// ``parts(_:)`` read from the bytes of a text whose scalars are all
    /// below U+0300 (each separator and apostrophe a character of its own,
    /// `’` and U+2011 absent); nil for any other text.
    private static func plainParts(_ text: String) -> [String]? {
        var text = text
        return text.withUTF8 { bytes -> [String]? in
            guard !bytes.contains(where: { $0 >= 0xCC }) else { return nil }
            var parts: [String] = []
            var start = 0
            for end in 0...bytes.count where end == bytes.count || isSeparator(bytes[end]) {
                var last = end
                while last > start, bytes[last - 1] == UInt8(ascii: "'") { last -= 1 }
                if last > start {
                    parts.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<last]), as: UTF8.self))
                }
                start = end + 1
            }
            return parts
        }
    }

    /// Whether a byte splits parts: a space, hyphen, full stop or tab.
    private static func isSeparator(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x2D || byte == 0x2E || byte == 0x09
    }

    /// Whether a text is one part as it stands (or empty): it holds no
    /// separator, no apostrophe and no byte of U+2000 and above (U+2011,
    /// U+2019), as most words do.
    static func isOnePart(_ text: String) -> Bool {
        let mayPart = { (byte: UInt8) in
            switch byte {
            case 0x20, 0x2D, 0x2E, 0x09, 0x27, 0xE2...: return true
            default: return false
            }
        }
        // (Read from contiguous bytes: the generic walk over `utf8` costs several times more.)
        return !(text.utf8.withContiguousStorageIfAvailable { $0.contains(where: mayPart) } ?? text.utf8.contains(where: mayPart))
    }

    /// The exact key of some parts.
    static func exact(_ parts: [String]) -> String { parts.joined(separator: " ") }

    /// What a token's normalised form adds to the exact key of the tokens it follows: the form
    /// itself when it is one part (as most are), else its parts joined; nil when it has no part
    /// (no name goes on through it).
    static func exactPiece(_ form: String) -> String? {
        if isOnePart(form) { return form.isEmpty ? nil : form }
        let parts = parts(form)
        return parts.isEmpty ? nil : exact(parts)
    }

    /// The parts an exact key joins (no part holds a space; split by bytes, as a part may open with a combining mark).
    static func parts(ofExact key: String) -> [String] {
        key.utf8.split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
    }

    /// A non-final part, lower-cased, without an adjective ending
    /// (`Vereinigten` → `vereinigt`, `Weißes` → `weiß`).
    static func stem(_ part: String) -> String { loweredStem(part.lowercasedIfNeeded()) }

    /// ``stem(_:)`` of a part already lower-cased.
    static func loweredStem(_ lowered: String) -> String {
        if let stem = plainStem(lowered) { return stem }
        let count = lowered.count
        if count > 4, ["em", "en", "er", "es"].contains(lowered.suffix(2)) { return String(lowered.dropLast(2)) }
        if count > 3, lowered.hasSuffix("e") { return String(lowered.dropLast()) }
        return lowered
    }

    /// ``loweredStem(_:)`` read from the bytes of a part whose scalars are
    /// all below U+0300 and that has no CR (each scalar a character of its
    /// own, so the endings are its last bytes); nil for any other part.
    private static func plainStem(_ lowered: String) -> String? {
        let utf8 = lowered.utf8
        var count = 0
        for byte in utf8 {
            if byte >= 0xCC || byte == 0x0D { return nil }
            if byte & 0xC0 != 0x80 { count += 1 }
        }
        guard let last = utf8.last else { return lowered }
        let end = utf8.endIndex
        if count > 4, utf8[utf8.index(end, offsetBy: -2)] == UInt8(ascii: "e"),
            last == UInt8(ascii: "m") || last == UInt8(ascii: "n") || last == UInt8(ascii: "r") || last == UInt8(ascii: "s")
        {
            return String(lowered[..<utf8.index(end, offsetBy: -2)])
        }
        if count > 3, last == UInt8(ascii: "e") { return String(lowered[..<utf8.index(end, offsetBy: -1)]) }
        return lowered
    }

    /// The loose key of a gazetteer name: stemmed head parts, lower-cased last part.
    static func loose(_ parts: [String]) -> String {
        guard let last = parts.last else { return "" }
        let head = parts.dropLast().map(stem)
        return (head + [last.lowercased()]).joined(separator: " ")
    }

    /// The forms a text's last part is looked up in: lower-cased as written,
    /// then without a genitive `-s`, then without `-es` (`Kremls` → `kreml`,
    /// `Hauses` → `haus`). Short words (`USS`) are left whole.
    static func finalCandidates(_ part: String) -> [String] { loweredFinalCandidates(part.lowercasedIfNeeded()) }

    /// ``finalCandidates(_:)`` of a part already lower-cased.
    static func loweredFinalCandidates(_ lowered: String) -> [String] {
        var candidates = [lowered]
        let count = lowered.count
        if count > 3, lowered.hasSuffix("s") { candidates.append(String(lowered.dropLast())) }
        if count > 4, lowered.hasSuffix("es") { candidates.append(String(lowered.dropLast(2))) }
        return candidates
    }

    /// The acronym a part is with a genitive `-s` (`IWFs` → `IWF`), or nil.
    /// Acronyms of fewer than three letters are left alone (`APs`).
    static func acronymStem(_ part: String) -> String? {
        guard part.hasSuffix("s") else { return nil }
        let stem = String(part.dropLast())
        return stem.count >= 3 && isAcronym(stem) ? stem : nil
    }

    /// Whether a part is written in capitals (`NATO`, `G7`): two or more characters, letters all upper case.
    static func isAcronym(_ part: String) -> Bool {
        var part = part
        // ASCII, as most parts are, by bytes: each byte a character, letters A–Z and a–z, the small ones lower case.
        let ascii = part.withUTF8 { bytes -> Bool? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            return bytes.count >= 2 && bytes.contains { $0 &- 0x41 < 26 } && !bytes.contains { $0 &- 0x61 < 26 }
        }
        return ascii ?? (part.count >= 2 && part.contains(where: \.isLetter) && !part.contains(where: \.isLowercase))
    }

    /// Whether a part starts with an upper-case letter.
    static func isCapitalized(_ part: String) -> Bool {
        part.unicodeScalars.first?.properties.isUppercase ?? false
    }
}
