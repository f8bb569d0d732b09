import Entities
import NewsGraphModel

/// Continuations of a report in the next sentences: a quotation standing
/// alone (form direct) or a sentence in the subjunctive (form free-indirect)
/// goes on reporting the speaker of the sentence before.
extension DocumentExtraction {
    mutating func findContinuations() {
        var speaker: Referent?
        var speakerSentence = -2
        for sentenceIndex in text.sentences.indices {
            let sentence = text.sentences[sentenceIndex].tokens
            let startOffset = text.sentences[sentenceIndex].span.start
            let endOffset = text.sentences[sentenceIndex].span.end
            // A report that ends in this sentence makes its speaker current.
            if let report = reports.last(where: {
                $0.type == .asserts && $0.contentSpan.end > startOffset && $0.contentSpan.end <= endOffset
                    && !$0.referents.isEmpty
            }) {
                speaker = report.referents.first
                speakerSentence = sentenceIndex
                continue
            }
            if sentence.contains(where: { claimed[$0] }) {
                speaker = nil
                continue
            }
            // A sentence with a verb of saying of its own is no continuation.
            let hasOwnVerb = sentence.contains { verbCue(at: $0, in: lexicon.speechVerbs) != nil }
            guard let current = speaker, speakerSentence == sentenceIndex - 1, !hasOwnVerb else {
                speaker = nil
                continue
            }
            let end = contentEnd(of: sentence)
            if let quotation = quotationAt[sentence.lowerBound], !usedQuotations.contains(quotation),
                text.quotations[quotation].openingToken == sentence.lowerBound,
                let closing = text.quotations[quotation].closingToken, closing + 1 >= end
            {
                usedQuotations.insert(quotation)
                let quoted = text.quotations[quotation]
                var report = SpeechReport(type: .asserts, speaker: .referent(current), cue: nil, pieces: [quoted.content],
                    contentSpan: quoted.span, form: .direct, rule: "quotation continues \(current.entity.name)",
                    tokens: sentence)
                report.referents = [current]
                add(report)
                speakerSentence = sentenceIndex
            } else if isSubjunctive(sentence.lowerBound..<end), let content = content(of: sentence.lowerBound..<end) {
                var report = SpeechReport(type: .asserts, speaker: .referent(current), cue: nil, pieces: content.pieces,
                    contentSpan: content.span, form: .freeIndirect, rule: "subjunctive continues \(current.entity.name)",
                    tokens: sentence)
                report.referents = [current]
                add(report)
                speakerSentence = sentenceIndex
            } else {
                speaker = nil
            }
        }
    }

    /// Whether a region's verb is in the subjunctive (outside quotations).
    func isSubjunctive(_ range: Range<Int>) -> Bool {
        range.contains { index in
            quotationAt[index] == nil && table.isLowercase(index)
                && (table.has(index, .subjunctive) || lexicon.subjunctiveVerbs.contains(table.lower[index]))
        }
    }
}
