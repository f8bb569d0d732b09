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
}
