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
    /// Acronyms told by bytes for ASCII parts as by characters.
    @Test func acronymsAgreeWithTheDefinition() {
        let parts = ["NATO", "G7", "RAND", "Rand", "A", "AB", "Ab", "7", "77", "", "I-", "ÄÖ", "ÄöU", "IWFs", "U.S", "A\r\n", "\r\n", "@[`{", "AZ[", "Az{"]
        for part in parts {
            let byCharacters = part.count >= 2 && part.contains(where: \.isLetter) && !part.contains(where: \.isLowercase)
            #expect(GazetteerKey.isAcronym(part) == byCharacters, "\(part.debugDescription)")
        }
    }

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

    /// A text is one part when it has no separator, apostrophe or scalar from U+2000 on, and
    /// a key's parts are its pieces between spaces, also when a part opens with a combining mark.
    @Test func onePartAndKeysAgreeWithTheParts() {
        let texts = [
            "Kim", "", "Jong-un", "W.", "Boris'", "Kim\tJong", "Jong\u{2011}un", "Straße", "Ölé", "\u{301}abc", "a\u{00A0}b",
            "Boris’", "x…", "Ελλάδα",
        ]
        for text in texts {
            let bytes = Array(text.utf8)
            let expected = !bytes.contains { [0x20, 0x2D, 0x2E, 0x09, 0x27].contains($0) || $0 >= 0xE2 }
            #expect(GazetteerKey.isOnePart(text) == expected, "\(text)")
        }
        let parts = ["Kim", "\u{301}abc", "Jong", "Ölé"]
        #expect(GazetteerKey.parts(ofExact: GazetteerKey.exact(parts)) == parts)
        #expect(GazetteerKey.parts(ofExact: "Kim") == ["Kim"])
    }
}
