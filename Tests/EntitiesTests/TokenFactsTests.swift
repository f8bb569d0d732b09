import GermanText
import Lexicons
import Testing

@testable import Entities

@Suite struct TokenFactsTests {
    /// The definition, by characters: the word, its part after the last hyphen, or a head of five letters or more after three.
    static func reference(_ lower: String, _ nouns: Set<String>) -> Bool {
        if nouns.contains(lower) { return true }
        if let hyphen = lower.lastIndex(of: "-") {
            let tail = String(lower[lower.index(after: hyphen)...])
            return !tail.isEmpty && reference(tail, nouns)
        }
        let count = lower.count
        return count >= 8 && (5...(count - 3)).contains { nouns.contains(String(lower.suffix($0))) }
    }

    /// Words read by their bytes (scalars below U+0300) and by their characters agree with the definition.
    @Test func commonNounWordsAgreeWithTheDefinition() {
        let listed: Set<String> = ["minister", "sprecherin", "übung", "straße", "e\u{301}tude", "soldat"]
        var nouns = SuffixSet()
        for noun in listed { nouns.insert(noun) }
        let words = [
            "minister", "verteidigungsminister", "nato-sprecherin", "nato-", "-übung", "hauptstraße", "abc-def-soldat",
            "ministerin", "x", "", "rekrutenétude", "rekrutene\u{301}tude", "a-e\u{301}tude", "kriegs\r\nminister",
            "nato-sprecherin\u{301}", "soldat-\u{301}minister", "ﬁnanzminister",
        ]
        for word in words {
            #expect(TokenFacts.isCommonNounWord(word, nouns: nouns) == Self.reference(word, listed), "\(word)")
        }
    }

    /// The short-word test counts scalars, whatever their UTF-8 length.
    @Test func shortWordsAreCountedByScalars() {
        let words = ["dpa", "taz", "Ära", "Ölé", "ÄÖÜß", "ÄÖÜßa", "𝔸𝔹𝔺𝔻", "𝔸𝔹𝔺𝔻𝔼", "e\u{301}e\u{301}", "e\u{301}e\u{301}e", "", "Soldaten"]
        for word in words {
            #expect(TokenFacts.hasAtMostFourScalars(word) == (word.unicodeScalars.count <= 4), "\(word)")
        }
    }

    /// A table made outside the recognizer and one made by it give the same facts, and the
    /// catalog finds a word by its bytes as written (`Soldaten` and `soldaten` are two words).
    @Test func cataloguedWordsGiveTheSameFacts() {
        let text = "Die Soldaten und soldaten sagten, Präsident Selenskyj sei in Kyjiw. Die Soldaten blieben."
        let recognizer = EntityRecognizer()
        let outside = recognizer.facts(for: TokenTable(AnalyzedText(text)))
        let inside = recognizer.facts(for: recognizer.table(for: AnalyzedText(text)))
        #expect(outside.table.forms.elementsEqual(inside.table.forms))
        #expect(outside.table.lower.elementsEqual(inside.table.lower))
        #expect(outside.isNameLike == inside.isNameLike)
        #expect(outside.isCommonNoun == inside.isCommonNoun)
        for index in 0..<inside.table.count {
            #expect(outside.role[index] == inside.role[index])
            #expect(outside.countryOfAdjective[index] == inside.countryOfAdjective[index])
            #expect(outside.gazetteerMatch[index]?.entry == inside.gazetteerMatch[index]?.entry)
        }
        let soldaten = (0..<inside.table.count).filter { inside.table.lower[$0] == "soldaten" }
        #expect(soldaten.count == 3)
        #expect(inside.table.isCapitalized(soldaten[0]) && !inside.table.isCapitalized(soldaten[1]))
    }

    /// The columns skip a word by its flags only when its facts say nothing: every column
    /// gives what the word's facts give (a country only of no function word).
    @Test func columnsGiveTheWordsFacts() {
        let text = """
            Der Präsident und die Sprecherin der Regierung sagten, deutsche und Deutsche Soldaten seien in Kyjiw. \
            Die Agentur dpa und die Zeitung taz meldeten, ein Diplomat habe Angela Merkel getroffen. Französische Über-Minister.
            """
        let recognizer = EntityRecognizer()
        let facts = recognizer.facts(for: recognizer.table(for: AnalyzedText(text)))
        let table = facts.table
        for index in 0..<table.count {
            guard table.isWord(index) else {
                #expect(facts.role[index] == nil && facts.countryOfAdjective[index] == nil && facts.classifier[index] == nil)
                continue
            }
            let word = table.withWord(index) { $0.pointee }
            #expect(facts.role[index] == word.facts?.role, "\(word.form)")
            #expect(facts.institution[index] == word.facts?.institution, "\(word.form)")
            #expect(facts.unnamedSource[index] == word.facts?.unnamedSource, "\(word.form)")
            #expect(facts.classifier[index] == word.facts?.classifier, "\(word.form)")
            let country = table.classes[index].isEmpty ? word.facts.map(\.country) ?? word.country : nil
            #expect(facts.countryOfAdjective[index] == country, "\(word.form)")
            #expect(word.flags.contains(.known) == (word.facts != nil))
            #expect(facts.isFirstName[index] == (word.facts?.firstName ?? false))
            let firstName = word.facts?.firstName ?? false
            #expect(facts.isCommonNoun[index] == ((word.facts?.common ?? false) && !firstName), "\(word.form)")
            #expect(facts.looksAdverbial[index] == (word.facts?.adverbial ?? false), "\(word.form)")
            if firstName { #expect(facts.isNameLike[index]) }
            if !table.isCapitalized(index) { #expect(!facts.isNameLike[index] && !facts.isCommonNoun[index]) }
            #expect(word.isShortOrDotted == (TokenFacts.hasAtMostFourScalars(word.form) || word.form.contains(".")))
            #expect(word.hasSeveralScalars == (word.form.unicodeScalars.count > 1))
            #expect(word.hasHyphen == word.form.contains("-"))
        }
        #expect((0..<table.count).contains { facts.role[$0] != nil })
        #expect((0..<table.count).contains { facts.countryOfAdjective[$0] != nil })
        #expect((0..<table.count).contains { table.isWord($0) && table.withWord($0) { $0.pointee.hasHyphen } })
    }

    /// Flags of two documents are equal when they tell the same of every token, whatever else their bits say.
    @Test func flagsCompareTokenByToken() {
        let recognizer = EntityRecognizer()
        let one = recognizer.facts(for: recognizer.table(for: AnalyzedText("Angela Merkel traf Soldaten.")))
        let other = recognizer.facts(for: recognizer.table(for: AnalyzedText("Sabrina Singh traf Soldaten.")))
        let shorter = recognizer.facts(for: recognizer.table(for: AnalyzedText("Angela Merkel traf")))
        #expect(one.isNameLike == other.isNameLike)
        #expect(one.isCommonNoun == other.isCommonNoun)
        #expect(one.isNameLike != shorter.isNameLike)
        #expect(one.isNameLike != one.isCommonNoun)
        #expect(one.isNameLike.count == one.table.count)
        #expect((0..<one.table.count).map { one.isNameLike[$0] } == [true, true, false, false, false])
    }

    /// A token may open a name exactly when a name rule may fire at it: a gazetteer name starts
    /// there, or it is a classifier, a role noun, a known first name or a hyphenated word.
    @Test func tokensThatMayOpenANameAreThoseOfTheRules() {
        let text = """
            Verteidigungsminister Kim Yong-hyun und die Nachrichtenagentur Yonhap meldeten, Sabrina Singh habe             in der Region Kursk mit der Nato-Sprecherin und dem Ärzte-ohne-Grenzen-Team gesprochen.             „Die Welt“ berichtete; Pjöngjang schwieg. Über Präsidentin Ölkönig-Maß sagte er nichts.
            """
        let recognizer = EntityRecognizer()
        let facts = recognizer.facts(for: recognizer.table(for: AnalyzedText(text)))
        let table = facts.table
        var opening = 0
        for index in 0..<table.count where table.isWord(index) {
            let expected =
                facts.gazetteerMatch[index] != nil || facts.classifier[index] != nil || facts.role[index] != nil
                || facts.isFirstName[index] || table.forms[index].contains("-")
            #expect(facts.mayOpenName(index) == expected, "\(table.forms[index])")
            if expected { opening += 1 }
        }
        #expect(opening >= 8 && opening < table.count / 2)
    }
}
