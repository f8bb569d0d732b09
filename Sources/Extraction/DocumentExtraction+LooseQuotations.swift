import Entities
import GermanText
import Lexicons
import NewsGraphModel

/// Quoted words in narration that no frame took: `X sprach am Abend in
/// Berlin von einer „Gefahr für alle“`, `Der Verband: „…“`. Such a quotation
/// quotes the actor its clause is about: the first person, body, country or
/// role named before it in its sentence, outside prepositional phrases. Names
/// and titles (`die „Aktion Sühnezeichen“`, `unter dem Motto „…“`, a
/// quotation before a bracket) quote no one.
extension DocumentExtraction {
    /// The fewest words a quotation in narration quotes someone with.
    private static let shortestNarrationQuote = 4

    func findLooseQuotations() {
        for (index, quotation) in text.quotations.enumerated() where !usedQuotations[index] {
            // (A few quoted words in narration are mostly names, terms or irony, not speech: at least a short sentence.)
            guard let closing = quotation.closingToken, !claimed[quotation.openingToken],
                wordCount(quotation.openingToken + 1..<closing) >= Self.shortestNarrationQuote,
                !isQuotedName(quotation.openingToken + 1..<closing), !isTitle(quotation)
            else { continue }
            let sentence = sentenceRange(of: quotation.openingToken)
            guard let speaker = clauseActor(in: sentence.lowerBound..<quotation.openingToken) else { continue }
            usedQuotations[index] = true
            var report = SpeechReport(
                type: .asserts, speaker: .referent(speaker), cue: nil, pieces: [quotation.content], contentSpan: quotation.span,
                form: .direct, rule: "quotation in narration, actor of its clause", tokens: quotation.openingToken..<(closing + 1))
            report.referents = [speaker]
            add(report)
        }
    }

    /// Whether a quotation names something: it follows a title noun (`unter dem Motto „…“`, `das
    /// Elektrofahrzeug „mindset“`), or an article or any common noun and opens with a capital (`die
    /// „Allianz für Europa“`, `der Schnecke „Chelidonura …“`), or it is one word with a digit (`„E1“`),
    /// or a bracket or its author (`„…“ von Anna Seghers`) follows it.
    private func isTitle(_ quotation: Quotation) -> Bool {
        let opening = quotation.openingToken
        guard let closing = quotation.closingToken else { return false }
        if closing + 1 < table.count, table.isPunctuation(closing + 1, "(") { return true }
        if closing == opening + 2, table.text.string(table.tokens[opening + 1]).unicodeScalars.contains(where: { ("0"..."9").contains($0) }) { return true }
        // `„Die Früchte des Zorns“ von John Steinbeck`: a work with its author.
        if closing + 2 < table.count, isWord(closing + 1, "von"), resolver.entities.mention(at: closing + 2)?.entity.type == .person {
            return true
        }
        guard opening > 0 else { return false }
        let before = opening - 1
        if table.isCapitalized(before), lexicon.titleNouns.match(table.lower[before]) != nil { return true }
        guard opening + 1 < closing, table.isCapitalized(opening + 1) else { return false }
        return table.has(before, .determiner) && !table.has(before, .indefinite) || facts.isCommonNoun[before]
    }

    /// The first actor named in a range, outside prepositional and genitive phrases.
    func clauseActor(in range: Range<Int>) -> Referent? {
        var index = range.lowerBound
        while index < range.upperBound {
            defer { index += 1 }
            guard isWord(index), quotationAt[index] == nil,
                index == range.lowerBound || !table.has(index - 1, .preposition) && !Self.genitiveArticles.contains(table.lower[index - 1])
            else { continue }
            // `In dem Verfahren vor dem Gerichtshof sieht X …`: a prepositional phrase names no actor.
            if table.has(index, .preposition), !table.has(index, .adverb),
                let object = chunker.phrase(at: index + 1, limit: range.upperBound, entities: resolver.entities)
            {
                index = object.tokens.upperBound - 1
                continue
            }
            guard let phrase = chunker.phrase(at: index, limit: range.upperBound, entities: resolver.entities) else { continue }
            if isActorPhrase(phrase), phrase.pronoun == nil || index == range.lowerBound || table.isPunctuation(index - 1, ",") {
                let referents = resolver.referents(for: phrase).filter { $0.entity.type.canSpeak }
                if let referent = referents.first {
                    resolver.noteSpeaker(referent.entity)
                    return referent
                }
            }
            index = phrase.tokens.upperBound - 1
        }
        return nil
    }

    /// Articles that open a genitive attachment (`der Sprecher des Ministeriums`).
    private static let genitiveArticles = WordSet(["des", "eines"])
}
