import Entities
import Lexicons
import NewsGraphModel

/// Continuations and free indirect speech: a quotation standing alone
/// (form direct) or a sentence in the subjunctive (form free-indirect) goes
/// on reporting the speaker of the sentence before. A sentence in the
/// Konjunktiv I (`sei`, `habe`, `werde`) or with a reportive `soll … haben`
/// reports speech even without a report right before it: its speaker is the
/// actor the sentence before is about, else the last speaker of the few
/// sentences before, else the last speaker of the document, else an unnamed
/// source (not merely the last person named: that one need not be speaking).
extension DocumentExtraction {
    /// How many sentences back a free-indirect sentence looks for its speaker.
    private static let speakerReach = 3

    func findContinuations() {
        // The chain's speaker and the last speaker, as the reports whose first referent they are (a
        // report's referents stay as they are in this phase): a copy of a referent a sentence, and its
        // release, cost more than reading it where it goes on.
        var chain: Int?
        var chainSentence = -2
        var lastSpeaker: (report: Int, sentence: Int)?
        for sentenceIndex in text.sentences.indices {
            let sentence = text.sentences[sentenceIndex].tokens
            let startOffset = text.sentences[sentenceIndex].span.start
            let endOffset = text.sentences[sentenceIndex].span.end
            // A report that ends in this sentence makes its speaker current (a denier too: `X wies die
            // Vorwürfe zurück. Man habe nichts falsch gemacht.`); a denial's content may lie before the
            // sentence, so its frame counts.
            if let report = lastReport(where: { report in
                // (The type first, a switch: an `||` of both readings made the optimizer copy each report.)
                switch report.type {
                case .asserts: report.contentSpan.end > startOffset && report.contentSpan.end <= endOffset && !report.referents.isEmpty
                case .denies: report.tokens.upperBound > sentence.lowerBound && report.tokens.upperBound <= sentence.upperBound && !report.referents.isEmpty
                case .deploys: false
                }
            }), !reports[report].referents.isEmpty {
                chain = report
                chainSentence = sentenceIndex
                lastSpeaker = (report, sentenceIndex)
                continue
            }
            // A sentence with a report, or with a finite verb of saying of its own, is no continuation.
            if sentence.contains(where: { claimed[$0] || hasFiniteSpeechCue(at: $0) }) {
                chain = nil
                continue
            }
            let end = contentEnd(of: sentence)
            // `X sei Y. Das berichten Z.`: a report of the next sentence already has this one as its content.
            if end > sentence.lowerBound, case let contentEndOffset = table.tokens[end - 1].span.end,
                firstReport(where: { $0.contentSpan.start <= startOffset && $0.contentSpan.end >= contentEndOffset }) != nil
            {
                chain = nil
                continue
            }
            let continues = chainSentence == sentenceIndex - 1
            if continues, let current = chain.map({ reports[$0].referents[0] }), let quotation = quotationAt[sentence.lowerBound], !usedQuotations[quotation],
                text.quotations[quotation].openingToken == sentence.lowerBound,
                let closing = text.quotations[quotation].closingToken, closing + 1 >= end
            {
                usedQuotations[quotation] = true
                let quoted = text.quotations[quotation]
                add(resolved(SpeechReport(type: .asserts, speaker: .referent(current), cue: nil, pieces: [quoted.content],
                    contentSpan: quoted.span, form: .direct, rule: RuleName("quotation continues ", current.entity.name),
                    tokens: sentence), current))
                chainSentence = sentenceIndex
                continue
            }
            let range = sentence.lowerBound..<end
            // Each reading below needs a verb in the subjunctive or a reportive modal: a first test
            // before the reported clauses are measured.
            guard isSubjunctive(range) || isReportive(range), let whole = content(of: reportedClauses(in: range)) else {
                chain = nil
                continue
            }
            // Across a paragraph break only the Konjunktiv I goes on reporting.
            let newParagraph = sentenceIndex > 0 && hasLineBreak(after: text.sentences[sentenceIndex - 1].tokens)
            if let (subject, clause) = subjunctiveComplement(in: range), let clauseContent = content(of: clause) {
                // `X zeigte sich besorgt, dass … würde`: a clause in the subjunctive reports its own main clause's subject.
                add(SpeechReport(type: .asserts, speaker: .phrases([subject]), cue: nil, pieces: clauseContent.pieces,
                    contentSpan: clauseContent.span, form: .indirect, rule: "subjunctive complement clause", tokens: sentence))
                chain = nil
            } else if continues, let current = chain.map({ reports[$0].referents[0] }), isSubjunctive(range, strict: newParagraph) || !newParagraph && isReportive(range) {
                chainSentence = sentenceIndex
                // `Er sagte, … sei … . A sei B. C sei D.`: free indirect sentences in a row are one passage.
                if !newParagraph, extendPassage(of: current, with: whole, sentence: sentence, previous: sentenceIndex - 1) { continue }
                add(resolved(SpeechReport(type: .asserts, speaker: .referent(current), cue: nil, pieces: whole.pieces,
                    contentSpan: whole.span, form: .freeIndirect, rule: RuleName("subjunctive continues ", current.entity.name),
                    tokens: sentence), current))
            } else if sentenceIndex > 0, isSubjunctive(range, strict: true) || isReportivePerfect(range) {
                // `A sei B. C sei D.`: the free indirect report of the sentence before goes on.
                if !newParagraph, extendPassage(of: nil, with: whole, sentence: sentence, previous: sentenceIndex - 1) {
                    chainSentence = sentenceIndex
                    continue
                }
                let recent = lastSpeaker.flatMap { sentenceIndex - $0.sentence <= Self.speakerReach ? reports[$0.report].referents[0] : nil }
                let previous = text.sentences[sentenceIndex - 1].tokens
                if let speaker = sentenceSubject(of: previous) ?? clauseActor(in: previous.lowerBound..<contentEnd(of: previous)) ?? recent
                    ?? lastSpeaker.map({ reports[$0.report].referents[0] })
                {
                    add(resolved(SpeechReport(type: .asserts, speaker: .referent(speaker), cue: nil, pieces: whole.pieces,
                        contentSpan: whole.span, form: .freeIndirect, rule: RuleName("subjunctive reports ", speaker.entity.name),
                        tokens: sentence), speaker))
                    chain = reports.count - 1
                } else {
                    add(SpeechReport(type: .asserts, speaker: .impersonal("ungenannt (Konjunktiv)"), cue: nil, pieces: whole.pieces,
                        contentSpan: whole.span, form: .freeIndirect, rule: "subjunctive without a source", tokens: sentence))
                    chain = nil
                }
                chainSentence = sentenceIndex
            } else {
                chain = nil
            }
        }
    }

    /// The part of a free indirect sentence that is reported: without a main clause in the
    /// indicative before the first clause in the subjunctive (`Im Memorandum wird die Position
    /// durch den Satz gekennzeichnet, Folter läge nur vor, …`) or after the last one (`…, werde
    /// man nicht hinnehmen, ist die Botschaft der Entscheidung`).
    private func reportedClauses(in range: Range<Int>) -> Range<Int> {
        var segments: [Range<Int>] = []
        var start = range.lowerBound
        while start < range.upperBound {
            let close = clauseEnd(from: start, limit: range.upperBound)
            segments.append(start..<close)
            start = close + 1
        }
        let reported = segments.indices.filter { isSubjunctive(segments[$0]) || isReportive(segments[$0]) }
        guard let first = reported.first, let last = reported.last else { return range }
        var lower = range.lowerBound
        // A leading main clause: a finite verb inside its first segment (not closing it, as in a
        // subordinate clause, nor quoted), no subjunctive before `first`.
        let lastWord = lastWordBefore(segments[0].upperBound, after: segments[0].lowerBound)
        if first > 0, segments[0].contains(where: { index in
            index != lastWord && quotationAt[index] == nil && (table.has(index, .auxiliary) || hasFiniteSpeechCue(at: index))
        }),
            table.isPunctuation(segments[first].lowerBound - 1, ","), !opensRelativeClause(segments[first].lowerBound, end: range.upperBound),
            !table.has(segments[first].lowerBound, .subordinator)
        {
            lower = segments[first].lowerBound
        }
        var upper = range.upperBound
        // A trailing main clause: it opens with a finite verb (`, ist die Botschaft`).
        if last + 1 < segments.count, case let next = segments[last + 1].lowerBound, table.has(next, .auxiliary) || hasFiniteSpeechCue(at: next) {
            upper = segments[last].upperBound
        }
        return lower..<upper
    }

    /// A main clause with a subject, then after a comma a clause in the
    /// Konjunktiv I (`dass es … sei`, `die Welt befände sich …`): the subject and the clause.
    private func subjunctiveComplement(in range: Range<Int>) -> (NounPhrase, Range<Int>)? {
        let comma = clauseEnd(from: range.lowerBound, limit: range.upperBound)
        guard comma + 3 < range.upperBound, table.isPunctuation(comma, ","),
            !isSubjunctive(range.lowerBound..<comma, strict: false),
            isSubjunctive((comma + 1)..<range.upperBound, strict: !isWord(comma + 1, "dass"))
        else { return nil }
        guard let phrase = mainClauseSubject(in: range.lowerBound..<comma) else { return nil }
        let clause = (comma + 1)..<range.upperBound
        return table.has(clause.lowerBound, .relative) && !table.has(clause.lowerBound, .subordinator) ? nil : (phrase, clause)
    }

    /// The subject of a main clause: the phrase before its finite verb (a prepositional
    /// phrase attached to it allowed: `X von der Staatsanwaltschaft bezeichnete …`), or,
    /// after an adverbial (`Dazu ließ X … verbreiten`), the actor right after the finite verb.
    private func mainClauseSubject(in clause: Range<Int>) -> NounPhrase? {
        let start = skipAdverbials(from: clause.lowerBound, limit: clause.upperBound)
        guard start < clause.upperBound else { return nil }
        if let phrase = chunker.phrase(at: start, limit: clause.upperBound, entities: resolver.entities) {
            guard phrase.pronoun == nil, phrase.tokens.upperBound < clause.upperBound else { return nil }
            var verb = phrase.tokens.upperBound
            if table.has(verb, .preposition), let attached = chunker.phrase(at: verb + 1, limit: clause.upperBound, entities: resolver.entities),
                attached.tokens.upperBound < clause.upperBound
            {
                verb = attached.tokens.upperBound
            }
            guard table.isLowercase(verb), !table.has(verb, [.preposition, .conjunction, .subordinator, .relative]) else { return nil }
            return phrase
        }
        guard start > clause.lowerBound, isFiniteVerbLike(start),
            let phrase = chunker.phrase(at: skipAdverbials(from: start + 1, limit: clause.upperBound), limit: clause.upperBound, entities: resolver.entities),
            phrase.pronoun == nil, isActorPhrase(phrase)
        else { return nil }
        return phrase
    }

    /// Whom a sentence is about: the document it cites in an opening
    /// prepositional phrase (`Im Bericht werden …`), else its subject, before
    /// the finite verb (`Die Wahlkommission hat …`) or, after an adverbial or
    /// object, right after it (`Am Montag wies der Konzern … aus`).
    private func sentenceSubject(of sentence: Range<Int>) -> Referent? {
        let end = contentEnd(of: sentence)
        var start = skipAdverbials(from: sentence.lowerBound, limit: end)
        var phrase: NounPhrase?
        if start < end, table.has(start, .preposition) {
            guard let object = chunker.phrase(at: start + 1, limit: end, entities: resolver.entities) else { return nil }
            if let head = object.headWord, lexicon.attributionNouns.match(table.lower[head]) != nil || word(head, isIn: .claimNoun) {
                phrase = object
            } else {
                start = object.tokens.upperBound
            }
        } else if let subject = chunker.phrase(at: start, limit: end, entities: resolver.entities), subject.tokens.upperBound < end,
            isFiniteVerbLike(subject.tokens.upperBound) || isFiniteVerbOfSaying(subject.tokens.upperBound)
        {
            phrase = subject
        }
        if phrase == nil {
            // An adverbial or object first: the subject follows the finite verb.
            guard start < end, isFiniteVerbLike(start) else { return nil }
            phrase = chunker.phrase(at: skipAdverbials(from: start + 1, limit: end), limit: end, entities: resolver.entities)
        }
        // (Any phrase a verb of saying follows speaks: `Die Stadtreinigung äußerte Zweifel. … sei …`.)
        guard let phrase, isActorPhrase(phrase) || phrase.head.contains(where: { lexicon.attributionNouns.match(table.lower[$0]) != nil })
            || phrase.pronoun == nil && isFiniteVerbOfSaying(phrase.tokens.upperBound)
        else { return nil }
        return resolver.referent(for: phrase).flatMap { $0.entity.type.canSpeak ? $0 : nil }
    }

    /// Whether token `index` is a finite verb of saying (not one of thought: `Die Deiche hielten`).
    private func isFiniteVerbOfSaying(_ index: Int) -> Bool {
        guard let cue = speechCue(at: index), cue.isFinite else { return false }
        return !cue.frames.contains(.thought)
    }

    /// Extends the free indirect report of the sentence before, when it is `speaker`'s (anyone's
    /// for nil), over this sentence's content; false when there is none to extend.
    private func extendPassage(of speaker: Referent?, with content: (pieces: [Span], span: Span), sentence: Range<Int>, previous: Int) -> Bool {
        let previousSpan = text.sentences[previous].span
        guard let last = reports.indices.last, reports[last].form == .freeIndirect, reports[last].type == .asserts,
            speaker.map({ reports[last].referents.first?.entity == $0.entity }) ?? true,
            reports[last].contentSpan.end > previousSpan.start, reports[last].contentSpan.end <= previousSpan.end
        else { return false }
        // The passage's sentences keep their full stops (`Es gebe X. Man habe Y`).
        let stop = text.sentences[previous].tokens.upperBound - 1
        if let piece = reports[last].pieces.last, table.isPunctuation(stop, "."), table.tokens[stop].span.start >= piece.end {
            reports[last].pieces[reports[last].pieces.count - 1] = piece.union(table.tokens[stop].span)
        }
        reports[last].pieces += content.pieces
        reports[last].contentSpan = reports[last].contentSpan.union(content.span)
        reports[last].tokens = reports[last].tokens.lowerBound..<sentence.upperBound
        for token in sentence { claimed[token] = true }
        return true
    }

    /// A report with its speaker already resolved.
    private func resolved(_ report: SpeechReport, _ referent: Referent) -> SpeechReport {
        var report = report
        report.referents = [referent]
        return report
    }

    /// Whether a region's verb is in the subjunctive (outside quotations):
    /// strictly, a Konjunktiv I form; otherwise also Konjunktiv II.
    func isSubjunctive(_ range: Range<Int>, strict: Bool = false) -> Bool {
        guard sentenceMayHold(range, strict ? .subjunctiveOne : [.subjunctiveOne, .subjunctive], .subjunctiveVerb) else { return false }
        return range.contains { index in
            guard quotationAt[index] == nil, table.isLowercase(index) else { return false }
            if table.has(index, .subjunctiveOne) || wordKinds[index].contains(.subjunctiveVerb) { return true }
            return !strict && table.has(index, .subjunctive)
        }
    }

    /// Whether a region holds a reportive modal (`soll`, `sollen`) outside quotations.
    func isReportive(_ range: Range<Int>) -> Bool {
        sentenceMayHold(range, .reportive) && range.contains { table.has($0, .reportive) && quotationAt[$0] == nil }
    }

    /// `X soll … getötet haben`: a reportive modal with a perfect infinitive at the end.
    func isReportivePerfect(_ range: Range<Int>) -> Bool {
        guard let last = lastWordBefore(range.upperBound, after: range.lowerBound),
            isWord(last, "haben") || isWord(last, "sein")
        else { return false }
        return isReportive(range)
    }
}
