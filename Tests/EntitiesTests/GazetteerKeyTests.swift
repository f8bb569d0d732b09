import Testing

@testable import Entities

@Suite struct GazetteerKeyTests {
    /// The definition, by characters: without `em`, `en`, `er`, `es` after more than four, or `e` after more than three.
    static func reference(_ lowered: String) -> String {
        let count = lowered.count
        if count > 4, ["em", "en", "er", "es"].contains(lowered.suffix(2)) { return String(lowered.dropLast(2)) }
        if count > 3, lowered.hasSuffix("e") { return String(lowered.dropLast()) }
        return lowered
    }

    /// Stems read from bytes (scalars below U+0300) and from characters agree with the definition.
    @Test func stemsAgreeWithTheDefinition() {
        let words = [
            "vereinigten", "weißes", "europäischen", "neue", "neu", "alte", "nordkoreanischem", "amerikanischer", "roten",
            "große", "ée", "eee", "eeee", "eeeee", "sée", "rote\u{301}", "romé", "romee\u{301}", "ab\r\nen", "grüner", "em",
            "", "äem", "xäem", "ñandúes",
        ]
        for word in words {
            #expect(Array(GazetteerKey.loweredStem(word).utf8) == Array(Self.reference(word).utf8), "\(word)")
        }
    }

    /// The definition of parts, by characters: split at spaces, hyphens, full stops and tabs, trailing apostrophes cut.
    static func referenceParts(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "." || $0 == "\u{2011}" || $0 == "\t" }).compactMap { part in
            var piece = Substring(part)
            while let last = piece.last, last == "'" || last == "’" { piece = piece.dropLast() }
            return piece.isEmpty ? nil : String(piece)
        }
    }

    /// Parts read from bytes (scalars below U+0300) and from characters agree with the definition.
    @Test func partsAgreeWithTheDefinition() {
        let texts = [
            "Kim Jong-un", "George W. Bush", "Boris'", "Boris''", "a--b", "-", "' '", "Nato-Generalsekretär", "Kim\tJong",
            "Jong\u{2011}un", "Boris’", "A b\u{301}-c", "x - y", "..", "Ab'c", "'", "Straße.", "ab\r\ncd-ef",
        ]
        for text in texts {
            #expect(GazetteerKey.parts(text).map { Array($0.utf8) } == Self.referenceParts(text).map { Array($0.utf8) }, "\(text)")
        }
    }
}
