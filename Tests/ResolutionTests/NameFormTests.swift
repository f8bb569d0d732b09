import Testing

@testable import Resolution

@Suite struct NameFormTests {
    @Test func genitiveFormsOfTheLastWord() {
        #expect(NameForm.genitiveStripped("Wolodymyr Selenskyjs") == ["Wolodymyr Selenskyj"])
        #expect(NameForm.genitiveStripped("Bundestages") == ["Bundestage", "Bundestag"])
        #expect(NameForm.genitiveStripped("Putin").isEmpty)
        #expect(NameForm.genitiveStripped("Kiss").isEmpty)
        #expect(NameForm.genitiveStripped("Mass").isEmpty)
        #expect(NameForm.genitiveStripped("Maas") == ["Maa"])
        #expect(NameForm.genitiveStripped("").isEmpty)
        // A space after the last word: the name's last characters are cut, as for any name.
        #expect(NameForm.genitiveStripped("Olaf Scholzes ") == ["Olaf Scholzes", "Olaf Scholze"])
        #expect(NameForm.genitiveStripped("Scholzes\u{00A0}") == ["Scholzes", "Scholze"])
        #expect(NameForm.genitiveStripped("Lars\u{0301}").isEmpty)
    }

    @Test func wordsSplitAtSpacesAsTheCharactersDefineThem() {
        let names = [
            "Kim Jong-un", "Wolodymyr Selenskyj", "  Olaf   Scholz ", "Jens\u{00A0}Stoltenberg", "Straße der Einheit",
            "ÄÖÜ äöü ß ÿ", "", " ", "\u{00A0}", "Recep Tayyip Erdoğan", "Lars\u{0301} Klingbeil", "Ein \u{0301}Wort",
            "Zeile\r\nZwei Worte", "José Martí", "Ким Чен Ын", "Kim\u{00A0}\u{0301}Jong", "Soft\u{00AD}Hyphen Wort",
        ]
        for name in names {
            let characterWords = name.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).map(String.init)
            #expect(NameForm.words(name) == characterWords, "\(name)")
        }
        // A combining mark after a space makes one character with it: no split there.
        #expect(NameForm.words("Ein \u{0301}Wort") == ["Ein \u{0301}Wort"])
        #expect(NameForm.words("  Olaf   Scholz ") == ["Olaf", "Scholz"])
    }
}
