import Lexicons
import NewsGraphModel

/// Reasons in the Konjunktiv I: `X wies den Vorwurf zurück, da er jeder
/// Grundlage entbehre` reports X's own reason as well. A `da` or `weil`
/// clause in the subjunctive after the clause of a report with a named
/// speaker becomes a statement of that speaker; after any other main clause
/// in the indicative (`Er bot den Tisch an, da er noch einen habe`), a
/// statement of that clause's subject.
extension DocumentExtraction {
    /// Conjunctions that open a reason.
    static let reasonConjunctions = WordSet(["da", "weil"])

    func findReasonClauses() {
        // Every reading needs a sentence with `da` or `weil` and a word in the Konjunktiv I: a document
        // without one has none (told by the sentences' kinds, before a report's verb is looked for).
        guard text.sentences.indices.contains(where: mayHoldReason(sentenceAt:)) else { return }
        // (By index, the cue tested first: a loop over the reports copies each. Reports added here are not read.)
        for index in reports.indices {
            guard let cue = reports[index].cue, case .phrases(let speakers) = reports[index].speaker, !speakers.isEmpty else { continue }
            let verb = text.tokenIndex(startingAtOrAfter: cue.start)
            guard verb < table.count else { continue }
            let sentence = sentenceRange(of: verb)
            guard let (clause, content) = reasonInTheSubjunctive(after: verb, sentence: sentence) else { continue }
            add(SpeechReport(type: .asserts, speaker: reports[index].speaker, cue: nil, pieces: content.pieces, contentSpan: content.span,
                form: .indirect, rule: RuleName("reason in the subjunctive after ", reports[index].rule.text), tokens: clause))
        }
        // (The sentences by index: no array of their ranges made.)
        for sentenceIndex in text.sentences.indices where mayHoldReason(sentenceAt: sentenceIndex) {
            let sentence = text.sentences[sentenceIndex].tokens
            guard !sentence.contains(where: { claimed[$0] }), mayHoldReason(sentence) else { continue }
            let start = skipAdverbials(from: sentence.lowerBound, limit: sentence.upperBound)
            guard let subject = chunker.phrase(at: start, limit: sentence.upperBound, entities: resolver.entities),
                subject.tokens.upperBound < sentence.upperBound, isFiniteVerbLike(subject.tokens.upperBound), isActorPhrase(subject),
                let (clause, content) = reasonInTheSubjunctive(after: subject.tokens.upperBound, sentence: sentence),
                !isSubjunctive(sentence.lowerBound..<(clause.lowerBound - 1))
            else { continue }
            add(SpeechReport(type: .asserts, speaker: .phrases([subject]), cue: nil, pieces: content.pieces, contentSpan: content.span,
                form: .indirect, rule: "reason in the subjunctive after the subject's clause", tokens: clause))
        }
    }

    /// Whether sentence `index` has a word of ``reasonConjunctions`` and one in the Konjunktiv I, as a
    /// reason in the subjunctive needs (told by the kinds and classes of its words).
    private func mayHoldReason(sentenceAt index: Int) -> Bool {
        sentenceWords[index].kinds.contains(.reasonConjunction) && mayHoldReasonInTheSubjunctive(text.sentences[index].tokens)
    }

    /// Whether a sentence has a comma before `da` or `weil`, as a reason needs (a first test before its subject is sought).
    private func mayHoldReason(_ sentence: Range<Int>) -> Bool {
        sentence.dropLast().contains { table.isPunctuation($0, ",") && word($0 + 1, isIn: .reasonConjunction) }
    }

    /// Whether a sentence has a word in the Konjunktiv I, as a reason clause needs (a first test for the sentence as a whole).
    private func mayHoldReasonInTheSubjunctive(_ sentence: Range<Int>) -> Bool {
        sentenceMayHold(sentence, .subjunctiveOne, .subjunctiveVerb)
    }

    /// The `da` or `weil` clause in the Konjunktiv I right after the clause of token `verb`, with its
    /// content, unless a report holds it already.
    private func reasonInTheSubjunctive(after verb: Int, sentence: Range<Int>) -> (Range<Int>, (pieces: [Span], span: Span))? {
        guard mayHoldReasonInTheSubjunctive(sentence) else { return nil }
        let end = contentEnd(of: sentence)
        let comma = clauseEnd(from: verb, limit: end)
        guard comma + 2 < end, table.isPunctuation(comma, ","), word(comma + 1, isIn: .reasonConjunction) else { return nil }
        let clause = (comma + 1)..<clauseEnd(from: comma + 1, limit: end)
        guard isSubjunctive(clause, strict: true), let content = content(of: clause),
            firstReport(where: { $0.contentSpan.overlaps(content.span) }) == nil
        else { return nil }
        return (clause, content)
    }
}
