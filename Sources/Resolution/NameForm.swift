/// Word-level helpers for names: their words and their genitive.
enum NameForm {
    /// The words of a name, split at spaces (`Kim Jong-un` → `Kim`, `Jong-un`).
    static func words(_ name: String) -> [String] {
        var name = name
        if let words = name.withUTF8(latinWords) { return words }
        return name.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).map(String.init)
    }

    /// ``words(_:)`` of a name written in ASCII and Latin-1 (U+0000–U+00FF), on
    /// its bytes; nil for any other name. There each scalar is a character of
    /// its own (but CR LF, which holds no space), so splitting at the bytes of
    /// a space and of U+00A0 (`C2 A0`) splits at the same places as at characters.
    private static func latinWords(_ bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
        var words: [String] = []
        var start = 0
        func endWord(at end: Int) {
            if end > start { words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)) }
        }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == UInt8(ascii: " ") {
                    endWord(at: index)
                    start = index + 1
                }
                index += 1
            } else if byte == 0xC2 || byte == 0xC3 {
                // A Latin-1 scalar: two bytes (a string's UTF-8 is valid).
                if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 {
                    endWord(at: index)
                    start = index + 2
                }
                index += 2
            } else {
                return nil
            }
        }
        endWord(at: bytes.count)
        return words
    }

    /// The name without a genitive ending on its last word (`Selenskyjs` →
    /// `Selenskyj`; `Bundestages` → `Bundestage`, `Bundestag`), or none.
    /// Words ending in `ss` and short words are left alone.
    static func genitiveStripped(_ name: String) -> [String] {
        // Only a name ending in `s`, or in a space after which the words are split, can have a last word ending in `s`.
        guard let lastByte = name.utf8.last, [UInt8(ascii: "s"), UInt8(ascii: " "), 0xA0].contains(lastByte) else {
            return []
        }
        guard let last = words(name).last, last.count > 3, last.hasSuffix("s"), !last.hasSuffix("ss") else {
            return []
        }
        let stem = String(name.dropLast())
        var forms = [stem]
        if last.count > 4, last.hasSuffix("es") { forms.append(String(name.dropLast(2))) }
        return forms
    }
}
