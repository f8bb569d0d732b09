import Entities
import Lexicons
import NewsGraphModel

/// Verbs of saying and of denying: `X sagte, …`, `X sagte, dass …`,
/// `…, sagte X`, `X kündigte … an`, `Dies bestätigte X`, `X wies die
/// Anschuldigungen zurück, dass …`, `…, was X bestreitet`.
extension DocumentExtraction {
    /// Words that open an adverbial clause, not a reported one.
    static let adverbialOpeners = WordSet([
        "um", "nachdem", "weil", "da", "obwohl", "als", "bevor", "wenn", "während", "damit", "indem", "wobei", "sodass",
        "falls", "seit", "bis", "ehe", "sobald", "zumal", "womit", "wodurch", "weshalb", "weswegen", "denn", "doch", "aber",
        "und", "oder", "sondern",
    ])

    func findVerbReports(in sentenceIndex: Int) {
        let sentence = text.sentences[sentenceIndex].tokens
        // Each reading starts at a verb of denying or saying or at a report noun: a sentence without one has none.
        if !sentenceWords[sentenceIndex].kinds.isDisjoint(with: [.denialVerb, .speechVerb, .reportNoun]) {
            var index = sentence.lowerBound
            while index < sentence.upperBound {
                defer { index += 1 }
                // (Each reading below starts at a word of one of these kinds: a bit a token, tested first.)
                guard word(index, isIn: [.denialVerb, .speechVerb, .reportNoun]), !claimed[index], !usedCues[index] else { continue }
                if mayBeVerbCue(at: index, .denialVerb), let cue = verbCue(at: index, in: lexicon.denialVerbs) {
                    if let report = denialReport(cue, sentence: sentence) { add(report) }
                } else if let cue = speechCue(at: index) {
                    // `X nannte diese Berichte eine Lüge`: naming a claim with a word of denial rejects it.
                    if let report = denialByName(at: index, sentence: sentence) ?? speechReport(cue, sentence: sentence) { add(report) }
                } else if opensNominalReport(at: index), let report = nominalReport(at: index, sentence: sentence) {
                    add(report)
                }
            }
        }
        findColonParagraph(in: sentenceIndex)
    }

    /// `der Vorwurf der CDU, es handele sich um …`, `Berichte, wonach …`:
    /// a claim or source noun, its source (a genitive or `von` phrase), then
    /// a `dass`/`wonach` clause or a clause in the subjunctive.
    private func nominalReport(at index: Int, sentence: Range<Int>) -> SpeechReport? {
        guard opensNominalReport(at: index) else { return nil }
        let end = contentEnd(of: sentence)
        var after = index + 1
        var source: NounPhrase?
        if after < end, word(after, isIn: .prepositionVon) || table.has(after, .definite) {
            let start = isWord(after, "von") ? after + 1 : after
            if let phrase = chunker.phrase(at: start, limit: end, entities: resolver.entities) {
                source = phrase
                after = phrase.tokens.upperBound
            }
        }
        // `hatte den Standpunkt vertreten, …`: the verbs that close the clause of the noun as object
        // (not a verb of saying's or denying's own: `habe die Studie festgestellt, dass …`).
        if source == nil, index > sentence.lowerBound, table.has(index - 1, .determiner) {
            var verbs = 0
            while verbs < 2, after < end, table.isLowercase(after), table.classes[after].isEmpty || table.has(after, .auxiliary),
                !hasSpeechCue(at: after), verbCue(at: after, in: lexicon.denialVerbs) == nil
            {
                after += 1
                verbs += 1
            }
        }
        guard after + 2 < end, table.isPunctuation(after, ",") else { return nil }
        let start = after + 1
        let opener = table.lower[start]
        let clauseEnd = strongEnd(from: start, limit: end)
        // `Gerüchte, nach denen …`, `Berichte, denen zufolge …`: the relative pronoun stands for the noun as source.
        let relative = relativeAttribution(at: start, limit: clauseEnd)
        let contentStart = relative.map { $0.contentStart } ?? (opener == "wonach" ? start + 1 : start)
        let range = contentStart..<clauseEnd
        guard opener == "dass" || opener == "wonach" || relative != nil || isSubjunctive(range, strict: true), let content = content(of: range)
        else { return nil }
        // Without a named source: the holder of `X ist der Meinung, dass …`, `X vertritt die These, dass …`;
        // the noun itself where a relative pronoun stands for it; else no one is named (`Berichte, wonach …`).
        let holder = relative == nil ? claimHolder(before: index, sentence: sentence) : relative.flatMap { relative in
            antecedent(endingBefore: index + 1, sentence: sentence).map { phrase in
                var phrase = phrase
                phrase.relativePronoun = relative.pronoun
                return phrase
            }
        }
        let speaker: SpeakerSlot = (source ?? holder).map { .phrases([$0]) } ?? .impersonal("ungenannt (\(table.forms[index]))")
        return SpeechReport(type: .asserts, speaker: speaker, cue: table.tokens[index].span, pieces: content.pieces,
            contentSpan: content.span, form: .indirect, rule: RuleName("claim noun:", table.forms[index], " + clause"), tokens: index..<clauseEnd)
    }

    /// `nach denen`, `nach dem`, `denen zufolge` opening a relative clause at `index`: the relative
    /// pronoun and where the clause's content starts.
    private func relativeAttribution(at index: Int, limit: Int) -> (pronoun: Int, contentStart: Int)? {
        guard index + 2 < limit else { return nil }
        // (`denen` is only ever a pronoun; `dem`, `der` are articles before a noun.)
        if isWord(index, "nach"), table.has(index + 1, .relative), isWord(index + 1, "denen") || !table.isCapitalized(index + 2) {
            return (index + 1, index + 2)
        }
        if table.has(index, .relative), isWord(index + 1, "zufolge") { return (index, index + 2) }
        return nil
    }

    /// Whether token `index` is a claim or source noun outside quotations, as ``nominalReport(at:sentence:)`` needs.
    @inline(__always)
    private func opensNominalReport(at index: Int) -> Bool {
        wordKinds[index].contains(.reportNoun) && table.isCapitalized(index) && quotationAt[index] == nil
    }

    /// The subject of the clause a claim noun stands in as object (`37 Prozent sind der Auffassung`,
    /// `Der Verband vertritt die These`, `teilt der Minister die Ansicht`): the phrase before the
    /// clause's verb, else the phrase after it, when neither is the claim noun's own phrase.
    private func claimHolder(before noun: Int, sentence: Range<Int>) -> NounPhrase? {
        let left = clauseStart(before: noun, floor: sentence.lowerBound)
        let start = skipAdverbials(from: left, limit: noun)
        // `Trotz mehrerer Durchsuchungen wurden keine Hinweise für die Behauptungen gefunden, dass …`: no holder.
        guard !table.has(start, [.preposition, .subordinator]) else { return nil }
        guard let verb = (start..<noun).first(where: { table.isLowercase($0) && (table.classes[$0].isEmpty || table.has($0, .auxiliary)) && !chunker.isModifier($0) })
        else { return nil }
        if start < verb, let phrase = chunker.phrase(at: start, limit: verb, entities: resolver.entities), phrase.pronoun.map({ !word($0, isIn: .pronounEs) }) ?? true {
            return phrase
        }
        // `Der Geschäftsführer, Hans Weber, hatte die Auffassung vertreten`: the subject before its apposition.
        if start == verb, left == start, left > sentence.lowerBound, table.isPunctuation(left - 1, ","),
            let subject = subjectBeforeInsertions(endingAt: left - 1, sentence: sentence)
        {
            return subject
        }
        let after = skipAdverbials(from: verb + 1, limit: noun)
        guard let phrase = chunker.phrase(at: after, limit: noun, entities: resolver.entities), phrase.tokens.upperBound < noun,
            phrase.pronoun.map({ !word($0, isIn: .pronounEs) }) ?? true
        else { return nil }
        return phrase
    }

    /// The report a verb of saying frames, if its clause has a subject and a content.
    private func speechReport(_ cue: VerbCue, sentence: Range<Int>) -> SpeechReport? {
        guard !isModalPassive(cue, sentence: sentence), let frame = frame(of: cue, sentence: sentence) else { return nil }
        let lemma = cue.lemma
        switch frame.content {
        case .clause(let range, let isQuotation):
            // `X spricht von Y, dennoch ist …`: with its prepositional object there the verb has its
            // content; a clause after it needs `dass`, `ob`, the subjunctive or `zu` to be content too.
            let prepositions = cue.objectPrepositions
            let hasPrepositionalObject = !prepositions.isEmpty
                && (frame.object ?? 0..<0).contains { prepositions.contains(table.lower[$0]) }
            let introduced = word(range.lowerBound, isIn: .contentConjunction) || isSubjunctive(range)
                || isInfinitiveClause(range)  // `appellierte an X, den Krieg zu beenden`
            guard cue.frames.contains(.clause) || isQuotation && cue.frames.contains(.quote),
                !hasPrepositionalObject || isQuotation || introduced, let content = content(of: range)
            else { return objectReport(cue, frame: frame, sentence: sentence) }
            let form: SpeechForm = isQuotation ? .direct : .indirect
            let rule = RuleName("speech-verb:", lemma, frame.inverted ? " after content" : " + clause")
            // A content that ends before the sentence does leaves the rest to other reports (`…, doch X erklärte, …`).
            let tokens = frame.inverted ? frame.tokens : frame.tokens.lowerBound..<min(frame.tokens.upperBound, max(range.upperBound, cue.lastToken + 1))
            return SpeechReport(type: .asserts, speaker: speaker(of: frame, cue: cue, sentence: sentence), cue: cueSpan(cue),
                pieces: content.pieces, contentSpan: content.span, form: form, rule: rule, tokens: tokens)
        case .anaphoric(let anchor):
            guard !frame.subjects.isEmpty || cue.frames.contains(.impersonal), let content = antecedentContent(before: anchor)
            else { return nil }
            return SpeechReport(type: .asserts, speaker: speaker(of: frame, cue: cue, sentence: sentence), cue: cueSpan(cue),
                pieces: content.pieces, contentSpan: content.span.union(table.tokens[anchor].span), form: content.form,
                rule: RuleName("speech-verb:", lemma, String(joining: " + anaphoric ", table.forms[anchor])), tokens: frame.tokens)
        case .none:
            if let object = frame.object, let anchor = anaphoricObject(object), !frame.subjects.isEmpty,
                let content = antecedentContent(before: anchor)
            {
                return SpeechReport(type: .asserts, speaker: .phrases(frame.subjects), cue: cueSpan(cue), pieces: content.pieces,
                    contentSpan: content.span, form: content.form, rule: RuleName("speech-verb:", lemma, " + anaphoric object"),
                    tokens: anaphoricFrameTokens(frame, cue: cue))
            }
            return objectReport(cue, frame: frame, sentence: sentence)
        }
    }

    /// `Der Verlauf ist als Erfolg zu werten`: `sein` with `zu` and the infinitive
    /// says what can or must be done, and no one says it.
    private func isModalPassive(_ cue: VerbCue, sentence: Range<Int>) -> Bool {
        let infinitive = min(cue.verb, cue.particle?.lowerBound ?? cue.verb)
        guard infinitive > sentence.lowerBound, word(infinitive - 1, isIn: .particleZu) || word(cue.verb - 1, isIn: .particleZu) else { return false }
        let left = clauseStart(before: infinitive, floor: sentence.lowerBound)
        return (left..<infinitive).contains { word($0, isIn: .formOfSein) && quotationAt[$0] == nil }
    }

    /// Finite forms of `lassen`, which give an impersonal verb a speaker (`ließ verlauten`).
    static let formsOfLassen = WordSet(["ließ", "ließen", "lässt", "lassen", "lasse", "ließe"])

    /// Finite forms of `sein` that make a modal passive with `zu` and the infinitive.
    static let formsOfSein = WordSet(["ist", "sind", "war", "waren", "sei", "seien", "wäre", "wären"])

    /// Who a frame's report is from: its subjects, else the document an
    /// impersonal frame points to (`heißt es in dem Bericht`), else an unnamed source.
    private func speaker(of frame: Frame, cue: VerbCue, sentence: Range<Int>) -> SpeakerSlot {
        if !frame.subjects.isEmpty { return .phrases(frame.subjects) }
        if let source = impersonalSource(cue, sentence: sentence) { return .phrases([source]) }
        // `Am Dienstag wurde laut taz deutlich gemacht, dass …`: the source an attribution in the frame names.
        if let source = attributedSource(in: frame.tokens.lowerBound..<min(frame.tokens.upperBound, cue.lastToken + 1)) {
            return .phrases([source])
        }
        return .impersonal(impersonalDescription(cue))
    }

    /// An object that is only an anaphor for a statement (`dies`, `genau das`), after the subject pronoun if any.
    private func anaphoricObject(_ object: Range<Int>) -> Int? {
        // (The words counted as they come: no array of them.)
        var only: Int?
        for token in object where isWord(token) && !table.has(token, .adverb) && !table.has(token, .pronoun) {
            guard only == nil else { return nil }
            only = token
        }
        guard let only, table.lower(only, is: "dies") || table.lower(only, is: "das") else { return nil }
        return only
    }

    /// `X forderte den Rücktritt des Ministers`, `X sprach von einem Erfolg`,
    /// `Als Grund gab X die Lage an`: a verb that takes its content as object
    /// reports the whole clause, its speaker included, when the speaker is an
    /// actor (a person, body, country, role or source noun, `er`/`sie`) and
    /// the object holds the verb's preposition, if it names some (`sprechen
    /// von|über`). An object with quoted words (`X nannte den Plan „verfehlt“`)
    /// is the statement, quoted at the quotations.
    private func objectReport(_ cue: VerbCue, frame: Frame, sentence: Range<Int>) -> SpeechReport? {
        guard cue.frames.contains(.object), !frame.inverted, !frame.subjects.isEmpty, let object = frame.object else { return nil }
        let start = skipAdverbials(from: object.lowerBound, limit: object.upperBound)
        guard start < object.upperBound else { return nil }
        let prepositions = cue.objectPrepositions
        guard prepositions.isEmpty || (start..<object.upperBound).contains(where: { prepositions.contains(table.lower[$0]) })
        else { return nil }
        // Quoted words: the object is the statement, the quotations are where it is quoted.
        let quotations = quotedWords(in: start..<object.upperBound)
        if let first = quotations.first, let last = quotations.last, let statement = content(of: start..<object.upperBound) {
            return SpeechReport(type: .asserts, speaker: .phrases(frame.subjects), cue: cueSpan(cue), pieces: statement.pieces,
                contentSpan: text.quotations[first].span.union(text.quotations[last].span), form: .direct,
                rule: RuleName("speech-verb:", cue.lemma, " + quoted object"), tokens: frame.tokens.lowerBound..<max(object.upperBound, cue.lastToken + 1))
        }
        let judged = cue.frames.contains(.judgement) && (start..<object.upperBound).contains { word($0, isIn: .conjunctionAls) }
        // A verb that asks for its preposition (`sprechen von`) also reports for a body named with the definite article.
        let actors = frame.subjects.allSatisfy { isActorPhrase($0) || !prepositions.isEmpty && $0.pronoun == nil && $0.determiner.contains(.definite) }
        guard actors,
            judged || (start..<object.upperBound).contains(where: { table.isCapitalized($0) || table.tokens[$0].kind == .number || table.isQuote($0) })
        else { return nil }
        let first = min(frame.tokens.lowerBound, frame.subjects.lazy.map(\.tokens.lowerBound).min() ?? frame.tokens.lowerBound)
        let end = reportedClauseEnd(from: cue.lastToken + 1, sentence: sentence)
        guard let content = content(of: first..<end) else { return nil }
        return SpeechReport(type: .asserts, speaker: .phrases(frame.subjects), cue: cueSpan(cue), pieces: content.pieces,
            contentSpan: content.span, form: .reported, rule: RuleName("speech-verb:", cue.lemma, " + object"), tokens: first..<end)
    }

    /// The quotations in a range that quote words rather than name something.
    func quotedWords(in range: Range<Int>) -> [Int] {
        var found: [Int] = []
        var index = range.lowerBound
        while index < range.upperBound {
            if let quotation = quotationAt[index], text.quotations[quotation].openingToken == index,
                let closing = text.quotations[quotation].closingToken, closing < range.upperBound
            {
                if !isQuotedName(index + 1..<closing), !isNameAfterNoun(opening: index, closing: closing) { found.append(quotation) }
                index = closing
            }
            index += 1
        }
        return found
    }

    /// `der Website „icelandreview.com“`, `der Firma „Hvalur hf“`: a few quoted words naming what
    /// the noun before them is, or a web address.
    func isNameAfterNoun(opening: Int, closing: Int) -> Bool {
        let words = (opening + 1..<closing).filter { isWord($0) }
        guard let first = words.first, words.count <= Self.longestNameAfterNoun else { return false }
        if words.count == 1, looksLikeSourceName(first) { return true }
        return opening > 0 && table.isCapitalized(opening - 1) && facts.isCommonNoun[opening - 1] && table.isCapitalized(first)
    }

    /// How many words a quoted name after a noun may have.
    private static let longestNameAfterNoun = 3

    /// Words that end a reported sentence's clause at a comma: a new adverbial clause or a contrast.
    static let reportedClauseBreaks = WordSet([
        "während", "weil", "obwohl", "nachdem", "bevor", "wenn", "falls", "sobald", "aber", "doch", "sondern", "denn", "jedoch",
    ])

    /// Where a reported clause ends: the sentence's end, or a comma before a
    /// new adverbial clause, a contrast, a quotation or another report.
    func reportedClauseEnd(from start: Int, sentence: Range<Int>) -> Int {
        let end = contentEnd(of: sentence)
        var index = start
        while index < end {
            if claimed[index] { return index > start && table.isPunctuation(index - 1, ",") ? index - 1 : index }
            if table.isPunctuation(index, ";") { return index }
            // (A subordinate clause in the Konjunktiv I is still the speaker's: `…, falls dieser nicht geändert werde`.)
            if table.isPunctuation(index, ","), index + 1 < end,
                word(index + 1, isIn: .reportedClauseBreak)
                    && !isSubjunctive((index + 1)..<clauseEnd(from: index + 1, limit: end), strict: true)
                    || table.isQuote(index + 1)
            {
                return index
            }
            // `… und erklärte, …`: a second verb of saying has its own report.
            if index > start, word(index, isIn: .conjunctionUnd), index + 1 < end, hasSpeechCue(at: index + 1) { return index }
            index = quotationAt[index].flatMap { text.quotations[$0].openingToken == index ? text.quotations[$0].closingToken : nil } ?? index
            index += 1
        }
        return end
    }

    /// Whether a phrase names someone who can speak: a person, body or
    /// country, an unknown name or acronym, a role, institution, source or organisation noun, or `er`/`sie`/`wir`.
    func isActorPhrase(_ phrase: NounPhrase) -> Bool {
        if let pronoun = phrase.pronoun {
            return table.lower(pronoun, is: "er") || table.lower(pronoun, is: "sie") || table.lower(pronoun, is: "wir") || table.lower(pronoun, is: "ich")
        }
        // (The mention's type read where the mentions are kept: a copy of the mention retained its texts.)
        return phrase.head.contains { token in
            if let mention = resolver.entities.mentionAt[token] {
                switch resolver.entities.mentions[mention].entity.type {
                case .person, .organization, .country: return true
                default: break
                }
            }
            return facts.role[token] != nil || facts.institution[token] != nil || facts.unnamedSource[token] != nil
                || facts.classifier[token] == .organization || facts.isNameWord(token) || NounPhraseChunker.isAcronym(table.forms[token])
        }
    }

    /// The report a denial verb frames: the rejected claim, from a `dass`
    /// clause, a claim noun's clause (`die Anschuldigungen zurück, dass …`,
    /// `Berichte, nach denen …`), an anaphoric object (`dies`, `diese
    /// Behauptung`) or a relative `was` (`…, was X bestreitet`).
    private func denialReport(_ cue: VerbCue, sentence: Range<Int>) -> SpeechReport? {
        let left = clauseStart(before: cue.verb, floor: sentence.lowerBound)
        // `…, was Moskau jedoch bestreitet`: the claim is the clause before.
        if left < cue.verb, isWord(left, "was"), left > sentence.lowerBound, table.isPunctuation(left - 1, ",") {
            let phrases = chunker.conjuncts(at: skipAdverbials(from: left + 1, limit: cue.verb), limit: cue.verb, entities: resolver.entities)
            guard !phrases.isEmpty, !isNegated(left..<cue.verb), let claim = claimBefore(left - 1, sentence: sentence) else { return nil }
            return SpeechReport(type: .denies, speaker: .phrases(phrases), cue: cueSpan(cue), pieces: claim.pieces,
                contentSpan: claim.span, form: .indirect, rule: RuleName("denial-verb:", cue.lemma, " + relative was"), tokens: left..<(cue.lastToken + 1))
        }
        guard let frame = frame(of: cue, sentence: sentence), !frame.subjects.isEmpty else { return nil }
        let lemma = cue.lemma
        switch frame.content {
        case .clause(let range, let isQuotation):
            let opener = table.lower[range.lowerBound]
            let infinitive = range.count >= 2 && word(range.upperBound - 2, isIn: .particleZu) || table.lower[range.upperBound - 1].contains("zu")
            guard isQuotation || frame.inverted || opener == "dass" || opener == "wonach" || infinitive || isSubjunctive(range),
                let content = content(of: range)
            else {
                guard let object = frame.object else { return nil }
                return claimObjectReport(object, cue: cue, frame: frame, sentence: sentence, rule: RuleName("denial-verb:", lemma))
            }
            return SpeechReport(type: .denies, speaker: .phrases(frame.subjects), cue: cueSpan(cue), pieces: content.pieces,
                contentSpan: content.span, form: frame.inverted ? .direct : .indirect,
                rule: RuleName("denial-verb:", lemma, " + clause"), tokens: frame.tokens)
        case .anaphoric(let anchor):
            guard let content = antecedentContent(before: anchor) else { return nil }
            return SpeechReport(type: .denies, speaker: .phrases(frame.subjects), cue: cueSpan(cue), pieces: content.pieces,
                contentSpan: content.span, form: content.form, rule: RuleName("denial-verb:", lemma, " + anaphoric object"),
                tokens: anaphoricFrameTokens(frame, cue: cue))
        case .none:
            guard let object = frame.object else { return nil }
            return claimObjectReport(object, cue: cue, frame: frame, sentence: sentence, rule: RuleName("denial-verb:", lemma))
                ?? quotedPredicateReport(object, cue: cue, frame: frame)
        }
    }

    /// `X wies die Vorwürfe als „haltlos“ zurück`: what the denier calls the claim, in quoted words,
    /// is the denier's own statement (the object is its text, the quotations are where it is quoted).
    private func quotedPredicateReport(_ object: Range<Int>, cue: VerbCue, frame: Frame) -> SpeechReport? {
        guard let als = object.first(where: { word($0, isIn: .conjunctionAls) && quotationAt[$0] == nil }) else { return nil }
        let predicate = (als + 1)..<object.upperBound
        let quotations = quotedWords(in: predicate)
        let start = skipAdverbials(from: object.lowerBound, limit: object.upperBound)
        guard let first = quotations.first, let last = quotations.last, let statement = content(of: start..<object.upperBound) else { return nil }
        return SpeechReport(type: .asserts, speaker: .phrases(frame.subjects), cue: cueSpan(cue), pieces: statement.pieces,
            contentSpan: text.quotations[first].span.union(text.quotations[last].span), form: .direct,
            rule: RuleName("denial-verb:", cue.lemma, " + quoted predicate"), tokens: frame.tokens.lowerBound..<max(object.upperBound, cue.lastToken + 1))
    }

    /// The claim an object of denial points at: a claim noun followed by its
    /// clause (`Berichte, nach denen …`, `die Anschuldigungen …, dass …`), or
    /// an anaphoric object (`dies`, `diese Behauptung`) → the last claim reported.
    private func claimObjectReport(_ object: Range<Int>, cue: VerbCue, frame: Frame, sentence: Range<Int>, rule: RuleName) -> SpeechReport? {
        let start = skipAdverbials(from: object.lowerBound, limit: object.upperBound)
        guard start < object.upperBound else { return nil }
        let claimNoun = (start..<object.upperBound).first { word($0, isIn: .claimNoun) }
        let anaphoric = table.has(start, .anaphoric) || table.has(start, .demonstrative)
        // A clause after the object: `…, dass …`, `…, nach denen …`, `…, wonach …`.
        let after = clauseEnd(from: cue.lastToken + 1, limit: sentence.upperBound)
        if claimNoun != nil, after < sentence.upperBound, table.isPunctuation(after, ","), after + 1 < sentence.upperBound {
            var clauseStart = after + 1
            let lower = table.lower[clauseStart]
            if lower == "nach" || lower == "denen", clauseStart + 1 < sentence.upperBound, ["denen", "zufolge"].contains(table.lower[clauseStart + 1]) {
                clauseStart += 2
            } else if lower == "wonach" || lower == "denen" {
                clauseStart += 1
            } else if lower != "dass" {
                return anaphoric ? anaphoricDenial(cue: cue, frame: frame, anchor: start, rule: rule) : nil
            }
            let end = clauseEnd(from: clauseStart, limit: contentEnd(of: sentence))
            guard let content = content(of: clauseStart..<max(end, clauseStart)) else { return nil }
            return SpeechReport(type: .denies, speaker: .phrases(frame.subjects), cue: cueSpan(cue), pieces: content.pieces,
                contentSpan: content.span, form: .indirect, rule: rule.appending(" + claim clause"), tokens: frame.tokens.lowerBound..<max(end, frame.tokens.upperBound))
        }
        if anaphoric || claimNoun != nil && table.has(start, .demonstrative) {
            return anaphoricDenial(cue: cue, frame: frame, anchor: start, rule: rule)
        }
        return nil
    }

    private func anaphoricDenial(cue: VerbCue, frame: Frame, anchor: Int, rule: RuleName) -> SpeechReport? {
        guard let content = antecedentContent(before: anchor) else { return nil }
        return SpeechReport(type: .denies, speaker: .phrases(frame.subjects), cue: cueSpan(cue), pieces: content.pieces,
            contentSpan: content.span, form: content.form, rule: rule.appending(" + anaphoric object"), tokens: anaphoricFrameTokens(frame, cue: cue))
    }

    /// The tokens a report with an anaphoric object claims: its frame up to the end of the verb's
    /// clause, so that a verb of saying after it (`bestritt das, indem er sagte, …`) keeps its own report.
    private func anaphoricFrameTokens(_ frame: Frame, cue: VerbCue) -> Range<Int> {
        let end = clauseEnd(from: cue.lastToken + 1, limit: sentenceRange(of: cue.verb).upperBound)
        return frame.tokens.lowerBound..<max(cue.lastToken + 1, min(frame.tokens.upperBound, end))
    }

    /// The verb of saying at token `index` when it is `bezeichnen` or `nennen`, as ``denialByName(at:sentence:)`` needs.
    @inline(__always)
    private func namingVerb(at index: Int) -> VerbCue? {
        // (The lemma read where the cue is kept: the cue is copied only for a naming verb.)
        guard hasSpeechCue(at: index), case let lemma = speechCues[Int(speechCueAt[index])].lemma, lemma == "bezeichnen" || lemma == "nennen"
        else { return nil }
        return speechCues[Int(speechCueAt[index])]
    }

    /// `X bezeichnete dies als Täuschung`, `X nannte die Berichte eine Lüge`:
    /// naming a claim with a word of denial rejects it.
    private func denialByName(at index: Int, sentence: Range<Int>) -> SpeechReport? {
        guard let cue = namingVerb(at: index) else { return nil }
        let end = clauseEnd(from: index + 1, limit: sentence.upperBound)
        let denying = (index + 1..<end).contains { position in
            lexicon.denialWords.contains(table.lower[position])
                || position + 1 < end && lexicon.denialWords.contains(table.lower[position] + " " + table.lower[position + 1])
        }
        guard denying, let frame = frame(of: cue, sentence: sentence), !frame.subjects.isEmpty, let object = frame.object else { return nil }
        return claimObjectReport(object, cue: cue, frame: frame, sentence: sentence, rule: RuleName("denial-word:", cue.lemma, " als …"))
    }

    /// The claim before a relative `was`: the report of this sentence that ends there, or the clause before.
    private func claimBefore(_ comma: Int, sentence: Range<Int>) -> (pieces: [Span], span: Span)? {
        if let report = lastReport(where: { $0.contentSpan.end <= table.tokens[comma].span.start && $0.contentSpan.start >= table.tokens[sentence.lowerBound].span.start }) {
            return (reports[report].pieces, reports[report].contentSpan)
        }
        return content(of: sentence.lowerBound..<comma).map { ($0.pieces, $0.span) }
    }

    /// The content the anaphor at `anchor` points to: the last report's content
    /// in this or the previous sentence, or else the previous sentence.
    func antecedentContent(before anchor: Int) -> (pieces: [Span], span: Span, form: SpeechForm)? {
        let anchorStart = table.tokens[anchor].span.start
        let sentenceIndex = table.sentenceOf[anchor]
        let floor = sentenceIndex > 0 ? text.sentences[sentenceIndex - 1].span.start : 0
        if let report = lastReport(where: { $0.contentSpan.end <= anchorStart && $0.contentSpan.start >= floor }) {
            return (reports[report].pieces, reports[report].contentSpan, reports[report].form)
        }
        guard sentenceIndex > 0 else { return nil }
        let previous = text.sentences[sentenceIndex - 1].tokens
        if let quotation = quotationAt[previous.lowerBound], text.quotations[quotation].openingToken == previous.lowerBound {
            return ([text.quotations[quotation].content], text.quotations[quotation].span, .direct)
        }
        guard var found = content(of: previous.lowerBound..<contentEnd(of: previous)) else { return nil }
        // `A. B. Das teilte X mit.`: the paragraph's sentences before, as long as none holds a report of its own.
        var earlier = sentenceIndex - 2
        while earlier >= 0, sentenceIndex - 1 - earlier <= Self.anaphorReach, !hasLineBreak(after: text.sentences[earlier].tokens) {
            let tokens = text.sentences[earlier].tokens
            guard !tokens.contains(where: { claimed[$0] }), let more = content(of: tokens) else { break }
            found = (more.pieces + found.pieces, more.span.union(found.span))
            earlier -= 1
        }
        return (found.pieces, found.span, .indirect)
    }

    /// How many sentences before the one just before an anaphor (`Das teilte X mit`) its content may reach back.
    private static let anaphorReach = 3

    /// Whether a phrase is the `es` of an impersonal verb (`heißt es`).
    func isImpersonalEs(_ phrase: NounPhrase) -> Bool {
        phrase.pronoun.map { word($0, isIn: .pronounEs) } ?? false
    }

    /// Prepositions before the document or place an impersonal frame points to.
    static let sourcePrepositions = WordSet(["in", "im", "auf", "aus", "bei", "beim"])

    /// `heißt es in einer Erklärung der Regierung`, `Im Bericht heißt es`, `geht
    /// aus einer Mitteilung hervor`: the document an impersonal frame quotes
    /// from, after the verb or in the prefield.
    func impersonalSource(_ cue: VerbCue, sentence: Range<Int>) -> NounPhrase? {
        let left = clauseStart(before: cue.verb, floor: sentence.lowerBound)
        // `eine Stellungnahme, in der es heißt`: the antecedent of the relative clause.
        if left > sentence.lowerBound + 1, left + 1 < cue.verb, table.isPunctuation(left - 1, ","), table.has(left, .preposition),
            table.has(left + 1, .relative)
        {
            // (`gab eine Stellungnahme ab, in der …`: past the particle that closes the main clause.)
            let end = word(left - 2, isIn: .separableParticle) ? left - 2 : left - 1
            if let document = antecedent(endingBefore: end, sentence: sentence) { return document }
        }
        let end = clauseEnd(from: cue.lastToken + 1, limit: sentence.upperBound)
        // Also the sentence's opening segment: `In dieser Resolution, die … wurde, heißt es, …`.
        let opening = (sentence.lowerBound, clauseEnd(from: sentence.lowerBound, limit: cue.verb))
        for (start, limit) in [(cue.verb + 1, cue.particle?.lowerBound ?? end), (cue.lastToken + 1, end), (left, cue.verb), opening]
        where start < limit {
            var index = start
            // (`Wie aus Regierungskreisen verlautete`: past the `wie` opening the clause; `So wird in …
            // gefordert`: past adverbs and the auxiliary.)
            while index < limit, word(index, isIn: .pronounEs) || index == left && word(index, isIn: .conjunctionWie) || table.has(index, .adverb)
                || index > left && table.has(index, .auxiliary) && !table.has(index, .preposition)
            {
                index += 1
            }
            guard index + 1 < limit, word(index, isIn: .sourcePreposition) else { continue }
            // `In diesem wird festgehalten`: a demonstrative for the document just named.
            if table.has(index + 1, .demonstrative), index + 2 >= limit || !isWord(index + 2) || table.isLowercase(index + 2) {
                return NounPhrase(tokens: (index + 1)..<(index + 2), modifiers: (index + 1)..<(index + 1), head: (index + 1)..<(index + 2))
            }
            guard let phrase = chunker.phrase(at: index + 1, limit: limit, entities: resolver.entities), phrase.pronoun == nil
            else { continue }
            return phrase
        }
        return nil
    }

    /// The description of an unnamed source behind an impersonal frame (`es hieß`, `wurde mitgeteilt`).
    func impersonalDescription(_ cue: VerbCue) -> String {
        "ungenannt (\(table.forms[cue.verb]))"
    }

    /// The span of a cue: the verb and its particle.
    func cueSpan(_ cue: VerbCue) -> Span {
        table.tokens[min(cue.verb, cue.particle?.lowerBound ?? cue.verb)].span.union(table.tokens[cue.lastToken].span)
    }

    /// A content region as pieces and span: a quotation alone gives its words
    /// (without marks) as the piece and its marks in the span.
    func content(of range: Range<Int>) -> (pieces: [Span], span: Span)? {
        guard !range.isEmpty, hasWords(range, atLeast: 2), let tokens = trimmedTokens(range) else { return nil }
        let span = table.span(tokens.lowerBound, tokens.upperBound)
        // (The first token is the trimmed region's: no search for the token at the span's start.)
        let first = tokens.lowerBound
        if let quotation = quotationAt[first], text.quotations[quotation].openingToken == first,
            text.quotations[quotation].span.end == span.end
        {
            return ([text.quotations[quotation].content], span)
        }
        return ([span], span)
    }

    // MARK: - Frames

    /// What follows the frame of a verb.
    enum FrameContent {
        /// A content clause (or a quotation) over these tokens.
        case clause(Range<Int>, isQuotation: Bool)
        /// An anaphoric prefield (`Dies bestätigte X`) at this token.
        case anaphoric(Int)
        /// No clause: the object, if any, is the content.
        case none
    }

    /// The frame of a verb: its subject, the content or object, and the tokens it covers.
    struct Frame {
        var subjects: [NounPhrase]
        var content: FrameContent
        var object: Range<Int>?
        var tokens: Range<Int>
        var inverted: Bool
    }

    /// The frame of a verb of saying or denying in its sentence, or nil when it has no subject or is negated.
    func frame(of cue: VerbCue, sentence: Range<Int>) -> Frame? {
        // (The document's entities passed from the resolver at the few readings here that chunk: a copy of them
        // made for every frame retained each of their arrays.)
        var left = clauseStart(before: cue.verb, floor: sentence.lowerBound)
        let end = contentEnd(of: sentence)
        // `Wie die Sprecherin, Anna Schulz, mitteilte, …`: the `wie` clause reaches back over an apposition.
        if left == min(cue.verb, cue.particle?.lowerBound ?? cue.verb), let wie = wieBeforeApposition(endingAt: left - 1, sentence: sentence) {
            let subjects = chunker.conjuncts(at: skipAdverbials(from: wie + 1, limit: left), limit: left, entities: resolver.entities)
            if !subjects.isEmpty { return wieFrame(cue, subjects: subjects, left: wie, sentence: sentence, end: end) }
        }
        // `Wie X, Sprecher der Y, in Z mitteilte, …`: the same across insertions without a verb.
        if let wie = wieAcrossInsertions(clauseStart: left, cue: cue, sentence: sentence) {
            let comma = clauseEnd(from: wie + 1, limit: cue.verb)
            let subjects = sourcePhrases(at: skipAdverbials(from: wie + 1, limit: comma), end: comma)
            if !subjects.isEmpty { return wieFrame(cue, subjects: subjects, left: wie, sentence: sentence, end: end) }
        }
        // `…, sagte X` / `…, hatte X gesagt`: the verb (or its auxiliary) opens its clause after content.
        // (Not a passive: in `Dem Berater X, …, wird vorgeworfen, …` the phrase before the comma is the one accused.)
        let opensClause = left == cue.verb
            || !cue.isFinite && left < cue.verb && table.has(left, .auxiliary)
                && !(cue.isParticiple && word(left, isIn: .passiveAuxiliary))
        if opensClause, left > sentence.lowerBound, table.isPunctuation(left - 1, ",") {
            let comma = left - 1
            // `Die Pläne, die …, bezeichnete er als …`: a fronted object, the subject after the verb.
            if cue.isFinite, let subject = nominativePronoun(after: cue.verb, limit: clauseEnd(from: cue.verb + 1, limit: sentence.upperBound)),
                !cue.frames.contains(.clause) || !isReportedClause(sentence.lowerBound..<comma, inverted: true)
            {
                return forwardFrame(cue, subjects: [subject], left: sentence.lowerBound, sentence: sentence, end: end)
            }
            // `X, Chef des Y, erklärte …` and `X, der …, erklärte …`: the subject comes first.
            if let subject = subjectBeforeInsertions(endingAt: comma, sentence: sentence) {
                return forwardFrame(cue, subjects: [subject], left: subject.tokens.lowerBound, sentence: sentence, end: end)
            }
            // `In einer Botschaft, die … wurde, sagte X, …`: a prepositional prefield with its relative clauses;
            // the verb stands second, its subject after it.
            if cue.isFinite, isPrepositionalPrefield(sentence.lowerBound..<comma),
                let subjects = subject(of: cue, clauseStart: cue.verb, sentence: sentence)
            {
                // `In der Resolution, die … wurde, heißt es, …`: the document in the prefield is the source.
                if cue.frames.contains(.impersonal), subjects.allSatisfy(isImpersonalEs) {
                    return impersonalFrame(cue, left: left, sentence: sentence, end: end)
                }
                return forwardFrame(cue, subjects: subjects, left: sentence.lowerBound, sentence: sentence, end: end)
            }
            let limit = clauseEnd(from: cue.lastToken + 1, limit: sentence.upperBound)
            let after = skipAdverbials(from: left + 1, limit: limit)
            var phrases = chunker.conjuncts(at: after, limit: limit, entities: resolver.entities)
            if phrases.isEmpty, left < cue.verb {
                phrases = chunker.conjuncts(at: skipAdverbials(from: cue.verb + 1, limit: limit), limit: limit, entities: resolver.entities)
            }
            if cue.frames.contains(.impersonal), phrases.allSatisfy(isImpersonalEs) { phrases = [] }
            let start = sentence.lowerBound
            guard !phrases.isEmpty, !isNegated(left..<limit), comma > start, isReportedClause(start..<comma, inverted: true),
                cue.frames.isDisjoint(with: .plainClauseExcluded) || isSubjunctive(start..<comma) || isQuotation(start..<comma)
            else { return impersonalFrame(cue, left: left, sentence: sentence, end: end) }
            let frameEnd = max(limit, phrases.last?.tokens.upperBound ?? limit)
            return Frame(subjects: phrases, content: .clause(start..<comma, isQuotation: isQuotation(start..<comma)), object: nil,
                tokens: start..<frameEnd, inverted: true)
        }
        left = clauseStart(forCue: cue, sentence: sentence)
        let impersonal = cue.frames.contains(.impersonal)
        // `Dies geht aus dem Bericht hervor`: the anaphor is the content, the document the source.
        if impersonal, table.has(left, .anaphoric), left + 1 == cue.verb {
            return Frame(subjects: [], content: .anaphoric(left), object: nil, tokens: left..<(cue.lastToken + 1), inverted: false)
        }
        guard let subjects = subject(of: cue, clauseStart: left, sentence: sentence), !impersonal || !subjects.allSatisfy(isImpersonalEs)
        else {
            return impersonalFrame(cue, left: left, sentence: sentence, end: end)
        }
        // A verb that names no speaker has none: `Der Film heißt …`; but `X ließ verlauten` is X's.
        guard !impersonal || (left..<cue.verb).contains(where: { word($0, isIn: .formOfLassen) }) else { return nil }
        // `…, wie X berichtet.` and `Wie X berichtet, …`: the rest of the sentence is the content.
        if word(left, isIn: .conjunctionWie), left < cue.verb {
            return wieFrame(cue, subjects: subjects, left: left, sentence: sentence, end: end)
        }
        // `Diese Behauptung haben beide Länder zurückgewiesen`: a claim named in the prefield, the subject after the verb.
        if table.has(left, .demonstrative), left + 1 < cue.verb, word(left + 1, isIn: .claimNoun),
            let finite = (left + 2...cue.verb).first(where: { table.has($0, .auxiliary) || $0 == cue.verb }),
            let phrases = Optional(chunker.conjuncts(at: skipAdverbials(from: finite + 1, limit: cue.verb), limit: cue.verb, entities: resolver.entities)),
            !phrases.isEmpty
        {
            let frameEnd = max(cue.lastToken + 1, phrases.last?.tokens.upperBound ?? cue.lastToken + 1)
            guard !isNegated(left..<frameEnd) else { return nil }
            return Frame(subjects: phrases, content: .anaphoric(left), object: nil, tokens: left..<frameEnd, inverted: false)
        }
        // `Dies bestätigte X`: the content is what came before.
        if table.has(left, .anaphoric), left + 1 == cue.verb || table.has(left + 1, .auxiliary), !subjects.contains(where: { $0.tokens.contains(left) }) {
            let frameEnd = max(cue.lastToken + 1, subjects.last?.tokens.upperBound ?? cue.lastToken + 1)
            guard !isNegated(left..<frameEnd) else { return nil }
            return Frame(subjects: subjects, content: .anaphoric(left), object: nil, tokens: left..<frameEnd, inverted: false)
        }
        return forwardFrame(cue, subjects: subjects, left: left, sentence: sentence, end: end)
    }

    /// A frame that names no speaker: `Es hieß, …`, `…, hieß es`, `Wie es hieß, …`,
    /// `Es wird befürchtet, dass …`, `wurde mitgeteilt, dass …`.
    private func impersonalFrame(_ cue: VerbCue, left: Int, sentence: Range<Int>, end: Int) -> Frame? {
        let clause = left..<clauseEnd(from: cue.lastToken + 1, limit: sentence.upperBound)
        let hasEs = clause.contains { word($0, isIn: .pronounEs) }
        let passive = cue.isParticiple && clause.contains { word($0, isIn: .passiveAuxiliary) }
        guard cue.frames.contains(.impersonal) || hasEs && passive || passive && !clause.contains(where: { isWord($0, "von") }),
            !isNegated(clause)
        else { return nil }
        if word(left, isIn: .conjunctionWie) || left > sentence.lowerBound && table.isPunctuation(left - 1, ",") && clause.upperBound >= end {
            // `Wie es hieß, …` takes what follows; `…, hieß es` what precedes.
            if word(left, isIn: .conjunctionWie), clause.upperBound < end, table.isPunctuation(clause.upperBound, ",") {
                let range = (clause.upperBound + 1)..<end
                guard isReportedClause(range, inverted: false) else { return nil }
                return Frame(subjects: [], content: .clause(range, isQuotation: isQuotation(range)), object: nil, tokens: left..<end, inverted: true)
            }
            guard left > sentence.lowerBound, case let range = sentence.lowerBound..<(left - 1), isReportedClause(range, inverted: true)
            else { return nil }
            return Frame(subjects: [], content: .clause(range, isQuotation: isQuotation(range)), object: nil, tokens: sentence.lowerBound..<end, inverted: true)
        }
        return forwardFrame(cue, subjects: [], left: left, sentence: sentence, end: end)
    }

    /// Whether a region is a prepositional phrase followed only by relative clauses set off by commas
    /// (`In einer Videobotschaft, die in der Nacht eingespielt wurde`).
    private func isPrepositionalPrefield(_ region: Range<Int>) -> Bool {
        guard let first = region.first, table.has(first, .preposition) else { return false }
        let firstEnd = clauseEnd(from: first, limit: region.upperBound)
        guard firstEnd < region.upperBound, !(first..<firstEnd).contains(where: { table.has($0, .auxiliary) || isFiniteVerbLike($0) }) else {
            return false
        }
        var segment = firstEnd + 1
        while segment < region.upperBound {
            guard opensRelativeClause(segment, end: region.upperBound) else { return false }
            segment = clauseEnd(from: segment, limit: region.upperBound) + 1
        }
        return true
    }

    /// The `wie` opening the clause of a name in apposition that ends at the comma `comma`
    /// (`Wie der Sprecher, Hans Weber, mitteilte`), or nil.
    private func wieBeforeApposition(endingAt comma: Int, sentence: Range<Int>) -> Int? {
        guard comma > sentence.lowerBound, table.isPunctuation(comma, ",") else { return nil }
        let segment = clauseStart(before: comma, floor: sentence.lowerBound)
        guard segment > sentence.lowerBound, table.isPunctuation(segment - 1, ",") else { return nil }
        // A name the recognizer knows, or two to four name words it does not (`Arminda Thomas`).
        let known = resolver.entities.mentionAt[segment].map { resolver.entities.tokenRanges[$0].upperBound == comma } ?? false
        guard known || (2...4).contains(comma - segment) && (segment..<comma).allSatisfy({ facts.isNameLike[$0] }) else { return nil }
        let wie = clauseStart(before: segment - 1, floor: sentence.lowerBound)
        return wie < segment - 1 && word(wie, isIn: .conjunctionWie) ? wie : nil
    }

    /// The `wie` opening the clause of a finite verb of saying that closes it, when up to three
    /// comma-delimited insertions without a verb stand between (`Wie X, Sprecher der Y, in Z mitteilte`).
    private func wieAcrossInsertions(clauseStart left: Int, cue: VerbCue, sentence: Range<Int>) -> Int? {
        let after = cue.lastToken + 1
        guard cue.isFinite, after >= sentence.upperBound || table.isPunctuation(after, ",") || !isWord(after) else { return nil }
        func hasVerb(_ range: Range<Int>) -> Bool { range.contains { table.has($0, .auxiliary) || hasSpeechCue(at: $0) } }
        guard !hasVerb(left..<min(cue.verb, cue.particle?.lowerBound ?? cue.verb)) else { return nil }
        var segment = left
        for _ in 0..<3 {
            guard segment > sentence.lowerBound + 1, table.isPunctuation(segment - 1, ",") else { return nil }
            let start = clauseStart(before: segment - 1, floor: sentence.lowerBound)
            guard start < segment - 1, !hasVerb(start..<(segment - 1)) else { return nil }
            if word(start, isIn: .conjunctionWie), start + 1 < segment - 1 { return start }
            segment = start
        }
        return nil
    }

    /// `…, wie X berichtet.` / `Wie X berichtet, …`.
    private func wieFrame(_ cue: VerbCue, subjects: [NounPhrase], left: Int, sentence: Range<Int>, end: Int) -> Frame? {
        let clauseEnd = clauseEnd(from: cue.lastToken + 1, limit: end)
        guard !isNegated(left..<clauseEnd) else { return nil }
        if left > sentence.lowerBound, table.isPunctuation(left - 1, ",") {
            let range = sentence.lowerBound..<(left - 1)
            guard isReportedClause(range, inverted: true) else { return nil }
            return Frame(subjects: subjects, content: .clause(range, isQuotation: isQuotation(range)), object: nil,
                tokens: sentence.lowerBound..<clauseEnd, inverted: true)
        }
        guard left == sentence.lowerBound || !isWord(left - 1), clauseEnd < end, table.isPunctuation(clauseEnd, ",") else {
            return nil
        }
        let range = (clauseEnd + 1)..<end
        guard hasWords(range, atLeast: 3) else { return nil }
        return Frame(subjects: subjects, content: .clause(range, isQuotation: isQuotation(range)), object: nil,
            tokens: left..<end, inverted: true)
    }

    /// The frame of a verb whose subject is known and whose content follows.
    private func forwardFrame(_ cue: VerbCue, subjects: [NounPhrase], left: Int, sentence: Range<Int>, end: Int) -> Frame? {
        let subjectEnd = subjects.lazy.map(\.tokens.upperBound).max() ?? left
        let frameEnd = max(cue.lastToken + 1, subjectEnd)
        let boundary = clauseEnd(from: frameEnd, limit: sentence.upperBound)
        // A negation of this verb (not of a second verb after `und`: `verwies auf … und möchte keine …`).
        let negationEnd = (frameEnd..<boundary).first {
            table.has($0, .conjunction) && $0 + 1 < boundary && (isFiniteVerbLike($0 + 1) || hasFiniteSpeechCue(at: $0 + 1))
        } ?? boundary
        // (The subjects' ranges are asked only at a negation: no set of their tokens is made for every frame.)
        guard !(left..<negationEnd).contains(where: { index in
            table.has(index, .negation) && quotationAt[index] == nil && !subjects.contains { $0.tokens.contains(index) }
        })
        else { return nil }
        // The object: between the verb (or the subject after it) and the particle or clause end.
        var object: Range<Int>?
        if cue.isFinite {
            let start = max(cue.verb + 1, subjectEnd > cue.verb ? subjectEnd : cue.verb + 1)
            // (`spricht von X und sieht dies als Y`: the object ends before a second verb.)
            let stop = cue.particle?.lowerBound ?? negationEnd
            if start < stop { object = start..<stop }
        } else {
            let finite = (left..<cue.verb).first { table.has($0, .auxiliary) } ?? left
            let start = max(finite + 1, subjectEnd > finite ? subjectEnd : finite + 1)
            if start < cue.verb { object = start..<cue.verb }
        }
        // `Von einer „Indiskretion“ sprach der Abgeordnete`: with the subject after the verb, a fronted object.
        let finite = cue.isFinite ? cue.verb : (left..<cue.verb).first { table.has($0, .auxiliary) } ?? left
        if object.map({ !hasWords($0, atLeast: 1) }) ?? true, let subjectStart = subjects.lazy.map(\.tokens.lowerBound).min(), subjectStart > finite,
            left < finite, table.has(left, .preposition) || chunker.phrase(at: left, limit: finite, entities: resolver.entities) != nil
        {
            object = left..<finite
        }
        var content: FrameContent = .none
        // (`sprach von X und forderte Y auf, …`: the clause after the comma is the second verb's.)
        if boundary < end, negationEnd == boundary, table.isPunctuation(boundary, ",") || table.isPunctuation(boundary, ":") {
            let start = contentStart(after: boundary + 1, end: end)
            let range = start..<contentClauseEnd(from: start, limit: end)
            let introduced = start < end && word(start, isIn: .contentConjunction)
            let thoughtOnly = !cue.frames.isDisjoint(with: .plainClauseExcluded) && !introduced && !isSubjunctive(range)
                && !isInfinitiveClause(range)
            // `Ein Beamter, den die Zeitung zitiert, sagte, …`: after a relative clause the main clause goes on.
            let mainClauseGoesOn = subjects.contains { $0.relativePronoun != nil } && start < end
                && (isFiniteVerbLike(start) || hasSpeechCue(at: start) || verbCue(at: start, in: lexicon.denialVerbs) != nil)
            // `Es drohe ein Wettlauf, hatte X gesagt`: a clause opening with an auxiliary or a verb of
            // saying frames what came before; it is no content.
            let framesWhatCameBefore = start < end && start > cue.lastToken
                && (table.has(start, .auxiliary) || hasFiniteSpeechCue(at: start))
            // (`sagte, da er krank sei, komme er nicht`: an adverbial clause before a reported main clause.)
            let adverbialOnly = start < end && isAdverbialOpener(start, limit: end)
                && (!hasMainClauseInTheSubjunctive(after: start, in: range)
                    || (start..<clauseEnd(from: start, limit: end)).contains { hasSpeechCue(at: $0) })
            if start < end, !adverbialOnly, !thoughtOnly, !mainClauseGoesOn, !framesWhatCameBefore,
                !opensRelativeClause(start, end: end),
                isQuotation(range) || introduced || isReportedClause(range, inverted: false)
            {
                content = .clause(range, isQuotation: isQuotation(range))
            }
        }
        // `hatte angekündigt, bei der Wahl anzutreten` with the comma left out: an infinitive clause right
        // after the participle closing the frame.
        if case .none = content, !cue.isFinite, cue.lastToken + 1 < end, isWord(cue.lastToken + 1),
            cue.frames.contains(.clause), case let range = (cue.lastToken + 1)..<contentClauseEnd(from: cue.lastToken + 1, limit: end),
            isInfinitiveClause(range), !range.contains(where: { table.has($0, .auxiliary) || quotationAt[$0] != nil })
        {
            content = .clause(range, isQuotation: false)
        }
        return Frame(subjects: subjects, content: content, object: object, tokens: left..<end, inverted: false)
    }

    /// Where the content after a frame's comma starts: past relative clauses,
    /// a name in apposition and verbless insertions (`, gegenüber der Presse,`).
    private func contentStart(after comma: Int, end: Int) -> Int {
        var start = comma
        while start < end {
            let next = clauseEnd(from: start, limit: end)
            guard next < end, table.isPunctuation(next, ",") else { break }
            let segment = start..<next
            let relative = opensRelativeClause(start, end: end)
            let name = resolver.entities.mentionAt[start].map { resolver.entities.tokenRanges[$0].upperBound == next } ?? false
            let insertion = table.has(start, .preposition) && !isReportedClause(segment, inverted: false) && wordCount(segment) <= 6
            guard relative || name || insertion else { break }
            start = next + 1
        }
        return start
    }

    /// Whether a relative pronoun opens a relative clause at `index` (`, die heftiger sein werden`),
    /// not an article before its noun (`, die Lage sei ernst`).
    func opensRelativeClause(_ index: Int, end: Int) -> Bool {
        // `, bei denen …`, `, in dem …`: a preposition before the relative pronoun.
        if table.has(index, .preposition), index + 1 < end, table.has(index + 1, .relative), !table.has(index + 1, .subordinator),
            index + 2 >= end || !table.isCapitalized(index + 2)
        {
            return true
        }
        guard table.has(index, .relative), !table.has(index, .subordinator) else { return false }
        guard index + 1 < end else { return true }
        if table.isCapitalized(index + 1) || table.isQuote(index + 1) { return false }
        // An article before adverbs, `zu` and modifiers of a noun (`die noch zu schaffende Verfassung`).
        var next = index + 1
        while next < end, table.has(next, .adverb) || word(next, isIn: .particleZu) { next += 1 }
        return !(next < end && chunker.isModifier(next) && next + 1 < end && table.isCapitalized(next + 1))
    }

    /// The end of a content clause: a semicolon or dash (``strongEnd(from:limit:)``), or a comma before
    /// another verb of saying (`…, sagte aber …`) or a second verb of the frame's clause (`…, sprach aber von …`).
    func contentClauseEnd(from start: Int, limit: Int) -> Int {
        let end = strongEnd(from: start, limit: limit)
        let opensContentClause = start < limit && word(start, isIn: .contentConjunction)
        var index = start
        while index + 1 < end {
            // (Each test below starts at a quotation mark or a comma: a word is told by its kinds.)
            if isWord(index) {
                index += 1
                continue
            }
            if let quotation = quotationAt[index], text.quotations[quotation].openingToken == index,
                let closing = text.quotations[quotation].closingToken
            {
                index = closing + 1
                continue
            }
            if table.isPunctuation(index, ","), table.isLowercase(index + 1), table.classes[index + 1].isEmpty,
                hasSpeechCue(at: index + 1)
                    || index + 2 < end && word(index + 2, isIn: .contrastAdverb) && !table.has(index + 1, .relative)
            {
                return index
            }
            // `…, denn bisher gibt es …`, `dass …, hatte die Polizei …`: a main clause in the indicative
            // after the content is the narrator's (after a `dass` clause even one opening with its verb).
            if table.isPunctuation(index, ","),
                isWord(index + 1, "denn") || opensContentClause && table.has(index + 1, .auxiliary),
                !isSubjunctive((index + 1)..<clauseEnd(from: index + 1, limit: end))
            {
                return index
            }
            // `…, und bezeichnete dies als …`: a second verb of saying after `und`; `…, doch X erklärte, …`:
            // another speaker's report after a conjunction.
            if table.isPunctuation(index, ","), index + 2 < end, word(index + 1, isIn: .clauseConjunction) {
                let clause = (index + 2)..<clauseEnd(from: index + 2, limit: end)
                if hasSpeechCue(at: index + 2) || verbCue(at: index + 2, in: lexicon.denialVerbs) != nil
                    || !word(index + 1, isIn: .conjunctionUnd) && clause.contains(where: { hasFiniteSpeechCue(at: $0) })
                {
                    return index
                }
            }
            index += 1
        }
        return end
    }

    /// Conjunctions that open a reported clause as content (`sagte, dass …`, `fragte, ob …`, `Berichte, wonach …`).
    static let contentConjunctions = WordSet(["dass", "daß", "ob", "wonach"])

    /// Conjunctions after which a comma may open another report (`…, doch X erklärte, …`).
    static let clauseConjunctions = WordSet(["und", "doch", "aber", "während", "sondern", "jedoch"])

    /// Adverbs that mark a second verb of the same subject after a comma (`…, sprach aber …`).
    static let contrastAdverbs = WordSet(["aber", "jedoch", "zudem", "allerdings", "dann", "dennoch", "gleichzeitig"])

    /// Whether a clause is a zu-infinitive (`die Frau halten zu können`, `abzubauen`).
    func isInfinitiveClause(_ range: Range<Int>) -> Bool {
        guard let last = lastWordBefore(range.upperBound, after: range.lowerBound), table.isLowercase(last) else { return false }
        if last > range.lowerBound && word(last - 1, isIn: .particleZu) { return true }
        let word = table.lower[last]
        return Self.mayBeSeparableInfinitive(word) && word.dropFirst(2).contains("zu") && word.hasSuffix("en")
            && lexicon.separableParticles.contains(where: { word.hasPrefix($0 + "zu") })
    }

    /// Whether a word's bytes hold `zu` and end in `en`, as those of a separable verb's zu-infinitive
    /// (`abzubauen`) that ``isInfinitiveClause(_:)`` reads do: a first test before the word's characters
    /// are searched and compared with each particle (most words fail it).
    private static func mayBeSeparableInfinitive(_ word: String) -> Bool {
        let bytes = word.utf8
        guard bytes.count >= 4, bytes.last == UInt8(ascii: "n"), bytes[bytes.index(bytes.endIndex, offsetBy: -2)] == UInt8(ascii: "e")
        else { return false }
        var previous: UInt8 = 0
        for byte in bytes {
            if previous == UInt8(ascii: "z"), byte == UInt8(ascii: "u") { return true }
            previous = byte
        }
        return false
    }

    /// Whether a token can be a finite verb: an auxiliary, or a lower-case word of no other class that is no adjective.
    func isFiniteVerbLike(_ index: Int) -> Bool {
        table.has(index, .auxiliary) || table.isLowercase(index) && table.classes[index].isEmpty && !chunker.isModifier(index)
    }

    /// Conjunctions that are also prepositions.
    private static let prepositionalOpeners = WordSet(["seit", "bis", "während", "als"])

    /// Whether the word at `index` opens an adverbial clause (`weil …`, `um … zu`) rather than a
    /// reported one: not when a finite verb follows it (`damit solle …`) or it is `bis zu`.
    private func isAdverbialOpener(_ index: Int, limit: Int) -> Bool {
        // `, so dass …`: a clause of consequence.
        if isWord(index, "so"), index + 1 < limit, isWord(index + 1, "dass") { return true }
        guard word(index, isIn: .adverbialOpener) else { return false }
        guard index + 1 < limit else { return true }
        if isWord(index, "bis"), word(index + 1, isIn: .particleZu) { return false }
        // `seit 2014`, `während der Sitzung`, `als Beispiel`: a preposition, not a conjunction, when no verb ends the clause.
        if Self.prepositionalOpeners.contains(table.lower[index]),
            table.tokens[index + 1].kind == .number || table.has(index + 1, .determiner) || table.isCapitalized(index + 1)
        {
            let clauseEnd = clauseEnd(from: index + 1, limit: limit)
            guard let last = lastWordBefore(clauseEnd, after: index) else { return true }
            return isFiniteVerbLike(last) && !isInfinitiveClause(index..<clauseEnd)
        }
        return !(table.has(index + 1, [.auxiliary, .subjunctive, .subjunctiveOne]) || word(index + 1, isIn: .subjunctiveVerb))
    }

    /// Whether a region reads as a reported clause: a quotation, or a clause
    /// with a verb (an auxiliary, a subjunctive, or a lower-case word that does
    /// not stand before a noun), not a bare noun phrase, not an adverbial clause.
    func isReportedClause(_ range: Range<Int>, inverted: Bool) -> Bool {
        guard let first = range.first, hasWords(range, atLeast: 3) || isQuotation(range) else { return false }
        if isQuotation(range) { return true }
        let firstWord = table.isQuote(first) && first + 1 < range.upperBound ? first + 1 : first
        if inverted, table.has(firstWord, .subordinator) && !table.has(firstWord, .relative) || table.has(firstWord, .hypothetical),
            !hasMainClauseInTheSubjunctive(after: firstWord, in: range), !hasMainClause(after: firstWord, in: range)
        {
            return false  // an adverbial or conditional clause (`Da …`, `Sollten …`), not a report
        }
        if inverted, let phrase = chunker.phrase(at: firstWord, limit: range.upperBound, entities: resolver.entities),
            phrase.tokens.upperBound >= range.upperBound
        {
            return false
        }
        // Quoted words inside the clause carry its verb: `der Papst „ist ein großer Denker“`.
        if !quotedWords(in: range).isEmpty { return true }
        return range.contains { index in
            guard isWord(index), quotationAt[index] == nil else { return false }
            if table.has(index, [.auxiliary, .subjunctive]) || word(index, isIn: .subjunctiveVerb) { return true }
            guard table.isLowercase(index), table.classes[index].isEmpty, !chunker.isModifier(index) || index + 1 >= range.upperBound
                || !table.isCapitalized(index + 1)
            else { return false }
            return true
        }
    }

    /// `Als die Rebellen die Stadt einnahmen, töteten sie …`: the finite verb of a main clause right
    /// after the adverbial clause, which the content then holds (`Als er ankam, sagte er, …` reports
    /// what follows instead).
    private func hasMainClause(after start: Int, in range: Range<Int>) -> Bool {
        let comma = clauseEnd(from: start, limit: range.upperBound)
        let verb = comma + 1
        guard comma + 3 < range.upperBound, table.isPunctuation(comma, ","), !hasSpeechCue(at: verb) else { return false }
        // (An ending in `-en` reads as a verb here unless a noun or an adjective follows: `flohen viele Menschen`.)
        return isFiniteVerbLike(verb)
            || table.isLowercase(verb) && table.classes[verb].isEmpty && !table.isCapitalized(verb + 1) && !chunker.isModifier(verb + 1)
    }

    /// `Sollten sie davon erfahren, so gebe es …`: after the adverbial clause, a clause in the Konjunktiv I.
    private func hasMainClauseInTheSubjunctive(after start: Int, in range: Range<Int>) -> Bool {
        var comma = clauseEnd(from: start, limit: range.upperBound)
        while comma + 1 < range.upperBound {
            let next = clauseEnd(from: comma + 1, limit: range.upperBound)
            if isSubjunctive((comma + 1)..<next, strict: true) { return true }
            comma = next
        }
        return false
    }

    /// Whether a range is exactly one quotation.
    func isQuotation(_ range: Range<Int>) -> Bool {
        guard let first = range.first, let quotation = quotationAt[first], text.quotations[quotation].openingToken == first,
            let closing = text.quotations[quotation].closingToken
        else { return false }
        return closing == range.upperBound - 1
    }

    // MARK: - Colon paragraphs

    /// `Mit Blick auf … zeigt sich X entschlossen:` at the end of a paragraph:
    /// the sentences of the next paragraph are X's, one statement each.
    func findColonParagraph(in sentenceIndex: Int) {
        let sentence = text.sentences[sentenceIndex].tokens
        guard let last = sentence.last, table.isPunctuation(last, ":"), sentenceIndex + 1 < text.sentences.count else { return }
        let left = clauseStart(before: last, floor: sentence.lowerBound)
        guard !(left..<last).contains(where: { claimed[$0] }), let actor = colonActor(left..<last) else { return }
        var next = sentenceIndex + 1
        let paragraphEnd = min(text.sentences.count, next + 4)
        while next < paragraphEnd {
            let range = text.sentences[next].tokens
            guard !range.contains(where: { claimed[$0] }), let content = content(of: range.lowerBound..<contentEnd(of: range)) else { break }
            add(SpeechReport(type: .asserts, speaker: .phrases([actor]), cue: table.tokens[last].span, pieces: content.pieces,
                contentSpan: content.span, form: .indirect, rule: "colon frame: actor before paragraph", tokens: range))
            if next + 1 < text.sentences.count, hasLineBreak(after: range) { break }
            next += 1
        }
    }

    /// Whether a line break follows the range (a paragraph ends there).
    func hasLineBreak(after range: Range<Int>) -> Bool {
        guard let last = range.last, last + 1 < table.count else { return true }
        let start = table.tokens[last].span.end
        let end = table.tokens[last + 1].span.start
        return (start..<end).contains { text.scalars[$0] == "\n" }
    }
}
