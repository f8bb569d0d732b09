import GermanText
import Testing

@testable import Entities

/// What the chunker reads from the catalog is what the words say, and the phrases it finds with it.
@Suite struct NounPhraseChunkerTests {
    /// The traits follow their definitions, for words of every shape.
    @Test func wordTraitsFollowTheirDefinitions() {
        let words = [
            "dieser", "diese", "des", "einer", "unserer", "und", "oder", "undo", "Und", "ukrainische", "ukrainischen",
            "großer", "süße", "81-jährige", "90-minütigen", "2024er", "F-16", "Nato-Partner", "½-jährige", "e", "", "-",
            "e\u{301}e", "straße", "ÄRZTE", "em", "Pjöngjang",
        ]
        let demonstratives: Set<String> = ["dieser", "diese"]
        let genitive: Set<String> = [
            "des", "der", "eines", "einer", "seines", "seiner", "ihres", "ihrer", "dieses", "dieser", "unserer",
        ]
        for form in words {
            let lower = form.lowercased()
            let traits = NounPhraseChunker.WordTraits(form: form, lower: lower)
            #expect(traits.contains(.demonstrative) == demonstratives.contains(lower), "\(form)")
            #expect(traits.contains(.genitiveDeterminer) == genitive.contains(lower), "\(form)")
            #expect(traits.contains(.and) == (lower == "und"), "\(form)")
            #expect(traits.contains(.or) == (lower == "oder"), "\(form)")
            let adjective = ["e", "en", "er", "es", "em"].contains { lower.hasSuffix($0) }
            #expect(traits.contains(.adjectiveEnding) == adjective, "\(form)")
            #expect(traits.contains(.hyphenated) == lower.contains("-"), "\(form)")
            #expect(traits.contains(.startsWithNumber) == (form.unicodeScalars.first?.properties.numericType != nil), "\(form)")
        }
    }

    /// Every word of a document has, in its catalog entry, the traits of its forms.
    @Test func catalogHoldsEachWordsTraits() {
        let text = "Dieser sagte, die 81-jährige Präsidentin des ukrainischen und des polnischen Heeres sei in Kyjiw. Diese schwieg."
        let recognizer = EntityRecognizer()
        let table = recognizer.table(for: AnalyzedText(text))
        for index in 0..<table.count where table.isWord(index) {
            let stored = table.withWord(index) { $0.pointee.phraseTraits }
            #expect(stored == NounPhraseChunker.WordTraits(form: table.forms[index], lower: table.lower[index]), "\(table.forms[index])")
        }
    }

    /// Modifiers: lower-case words with an adjective ending (a verb too: the test is local), numbers,
    /// adjectives glued to numbers, `und` between modifiers, and a capitalised adjective opening a
    /// sentence; not nouns, function words or punctuation.
    @Test func findsModifiers() {
        let text = "Südkoreanische und japanische Beamte sagten, die 81-jährige und 3 kranke Frauen der ukrainischen Armee seien da."
        let (facts, _) = EntityFixture.recognize(text)
        let chunker = NounPhraseChunker(facts: facts)
        let table = facts.table
        let modifiers = (0..<table.count).filter(chunker.isModifier).map { table.forms[$0] }
        #expect(modifiers == ["Südkoreanische", "und", "japanische", "sagten", "81-jährige", "und", "3", "kranke", "ukrainischen"])
    }

    /// Phrases with a genitive attachment and a demonstrative standing alone.
    @Test func findsGenitivesAndDemonstratives() throws {
        let text = "Der Sprecher des ukrainischen Heeres sagte, dieser habe recht. Diese bestätigte das."
        let (facts, entities) = EntityFixture.recognize(text)
        let chunker = NounPhraseChunker(facts: facts)
        let phrase = try #require(chunker.phrase(at: 0, limit: facts.table.count, entities: entities))
        #expect(phrase.genitive.map { facts.table.string($0.lowerBound, $0.upperBound - 1) } == "des ukrainischen Heeres")
        let dieser = try #require((0..<facts.table.count).first { facts.table.forms[$0] == "dieser" })
        #expect(chunker.phrase(at: dieser, limit: facts.table.count, entities: entities)?.pronoun == dieser)
        let diese = try #require((0..<facts.table.count).first { facts.table.forms[$0] == "Diese" })
        #expect(chunker.phrase(at: diese, limit: facts.table.count, entities: entities)?.pronoun == diese)
    }
}
