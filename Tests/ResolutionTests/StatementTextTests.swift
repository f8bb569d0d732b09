import Testing

@testable import Resolution

@Suite struct StatementTextTests {
    static let trimmable: Set<Character> = [
        "\"", "„", "“", "”", "»", "«", "‚", "‘", "’", "'", "›", "‹", ".", ",", ";", ":", " ",
    ]

    /// The definitions, by characters.
    static func cleaned(_ content: String) -> String {
        let collapsed = content.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        var text = Substring(collapsed)
        while let first = text.first, trimmable.contains(first) { text = text.dropFirst() }
        while let last = text.last, trimmable.contains(last) { text = text.dropLast() }
        return String(text)
    }

    static func words(_ text: String) -> Set<String> {
        Set(text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init))
    }

    static let texts = [
        "„Wir sind bereit“, sagte er.", "  »Nein« –\tso\u{00A0}der\u{0085}Minister … ", "‚Über ÄRGER‘: 5 € und 3,5 %",
        "ÀÉÎÕÜ × ÷ ß ÿ Straße", "İstanbul ist groß", "e\u{301}té „ja“", "a\r\nb", "", " „“ ", "Ǆ ǅ ǆ Ⱥ ½ ² 3",
        "\u{2028}x\u{202F}y", "Zoë 😀 👍🏽", "...", "x.", "'quoted'",
    ]

    @Test func cleanedAsTheCharactersDefineIt() {
        for text in Self.texts { #expect(StatementResolution.cleaned(text) == Self.cleaned(text), "\(text.debugDescription)") }
    }

    @Test func wordsAsTheCharactersDefineThem() {
        for text in Self.texts { #expect(Set(StatementResolution.wordList(text)) == Self.words(text), "\(text.debugDescription)") }
    }

    @Test func keyIsLowercased() {
        for text in Self.texts { #expect(StatementResolution.key(text) == text.lowercased(), "\(text.debugDescription)") }
        // Every scalar of simple text, alone and between letters.
        let simple = (0..<0x300).compactMap(Unicode.Scalar.init) + (0x2010...0x20C0).compactMap(Unicode.Scalar.init)
        for scalar in simple {
            for text in [String(scalar), "A\(scalar)Ä", "\(scalar)Z"] where SimpleText.isSimple(text) {
                #expect(StatementResolution.key(text) == text.lowercased(), "\(text.debugDescription)")
            }
        }
    }

    @Test func simpleText() {
        #expect(SimpleText.isSimple("„Wir sind bereit“ – sagte er … 5 €"))
        for text in ["e\u{301}", "a\r\nb", "İ", "Путин", "😀", "\u{2028}", "\u{202F}", "\u{205F}"] {
            #expect(!SimpleText.isSimple(text), "\(text.debugDescription)")
        }
    }
}
