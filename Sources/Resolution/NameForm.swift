/// Word-level helpers for names: their words and their genitive.
enum NameForm {
    /// The words of a name, split at spaces (`Kim Jong-un` → `Kim`, `Jong-un`).
    static func words(_ name: String) -> [String] {
        name.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).map(String.init)
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
