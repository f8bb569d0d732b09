import TestSupport
import Entities
import GermanText
import NewsGraphModel

/// Recognition over a text with the shared gazetteer and lexicon.
enum EntityFixture {
    static let recognizer = EntityRecognizer()

    /// The facts and mentions of a text.
    static func recognize(_ text: String) -> (facts: TokenFacts, entities: DocumentEntities) {
        let table = TokenTable(AnalyzedText(text))
        let facts = recognizer.facts(for: table)
        return (facts, recognizer.recognize(facts))
    }

    /// The mentions of a text, in text order.
    static func mentions(_ text: String) -> [Mention] {
        recognize(text).entities.sortedMentions
    }

    /// The referent of the noun phrase that starts at the first occurrence of `start`.
    static func referent(of start: String, in text: String, occurrence: Int = 1) -> Referent? {
        let (facts, entities) = recognize(text)
        let table = facts.table
        guard let offset = span(of: start, in: text, occurrence: occurrence)?.start else { return nil }
        let index = table.text.tokenIndex(startingAtOrAfter: offset)
        var resolver = ReferentResolver(facts: facts, entities: entities, recognizer: recognizer)
        let chunker = NounPhraseChunker(facts: facts)
        guard let phrase = chunker.phrase(at: index, limit: table.count, entities: entities) else { return nil }
        return resolver.referent(for: phrase)
    }

    /// The code-point span of the `occurrence`-th `needle` in `text`.
    static func span(of needle: String, in text: String, occurrence: Int = 1) -> Span? {
        TextSpans.span(of: needle, in: text, occurrence: occurrence)
    }
}
