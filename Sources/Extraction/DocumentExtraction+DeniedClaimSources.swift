import Entities
import Lexicons
import NewsGraphModel

/// Who made the claim that is denied: `X wies Berichte der Zeitung Y
/// zurück, er sei …` — the claim noun's source (`der Zeitung Y`, `von Y`)
/// asserts the claim X denies, and both edges meet at one Statement.
extension DocumentExtraction {
    func findDeniedClaimSources() {
        var found: [SpeechReport] = []
        // (By index: a loop over the reports copies each, the denials only are needed.)
        for index in reports.indices where reports[index].type == .denies {
            let report = reports[index]
            guard let cue = report.cue else { continue }
            let verb = text.tokenIndex(startingAtOrAfter: cue.start)
            let contentStart = text.tokenIndex(startingAtOrAfter: report.contentSpan.start)
            guard verb < table.count, contentStart > verb else { continue }
            let sentence = sentenceRange(of: verb)
            let frame = clauseStart(before: verb, floor: sentence.lowerBound)..<contentStart
            guard let noun = frame.first(where: { table.isCapitalized($0) && word($0, isIn: .claimNoun) }),
                let source = claimSource(after: noun, limit: contentStart)
            else { continue }
            var claim = report
            claim.type = .asserts
            claim.speaker = .phrases([source])
            claim.cue = nil
            claim.form = .reported
            claim.rule = RuleName("source of the claim in ", report.rule.text)
            claim.tokens = source.tokens.lowerBound..<source.tokens.lowerBound
            found.append(claim)
        }
        for claim in found { add(claim) }
    }

    /// The source named after a claim noun: a genitive (`Berichte der Zeitung`) or `von X`.
    private func claimSource(after noun: Int, limit: Int) -> NounPhrase? {
        var start = noun + 1
        if start < limit, word(start, isIn: .prepositionVon) { start += 1 }
        guard start < limit, table.has(start, .determiner) || word(start - 1, isIn: .prepositionVon),
            let phrase = chunker.phrase(at: start, limit: limit, entities: resolver.entities), isActorPhrase(phrase)
        else { return nil }
        return phrase
    }
}
