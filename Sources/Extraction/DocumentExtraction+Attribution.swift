import Entities
import Lexicons
import NewsGraphModel

/// Attribution without a verb of saying: `laut X`, `X zufolge`, `nach Angaben
/// des X`, `nach israelischen Angaben`, `seiner Meinung nach`, `unter
/// Berufung auf X`, `…, so X`. The content is the rest of the sentence.
extension DocumentExtraction {
    func findAttributions(in sentenceIndex: Int) {
        guard sentenceWords[sentenceIndex].kinds.contains(.attributionStart) else { return }
        let sentence = text.sentences[sentenceIndex].tokens
        var end = contentEnd(of: sentence)
        var index = sentence.lowerBound
        while index < end {
            defer { index += 1 }
            // (Every reading starts with the first word of an attribution phrase: a bit a token, tested first.)
            guard mayStartAttributionPhrase(at: index), quotationAt[index] == nil, isWord(index) else { continue }
            guard !claimed[index] else {
                // `…, weil die Mission nach Angaben der UN überfordert ist`: inside another report, the
                // attribution reports its own subordinate clause.
                if let nested = nestedAttribution(at: index, sentence: sentence) {
                    reports.append(nested)
                }
                continue
            }
            guard let (length, position) = attributionPhrase(at: index, end: end),
                position != .citing || !isSourceOfAVerbReport(at: index, sentence: sentence, end: end),
                let (speaker, frame) = attributionFrame(at: index, length: length, position: position, sentence: sentence, end: end)
            else { continue }
            // The content stops where another report (`…, was X bestreitet`) begins.
            if let taken = (frame.upperBound..<end).first(where: { claimed[$0] }) {
                end = taken > frame.upperBound && table.isPunctuation(taken - 1, ",") ? taken - 1 : taken
            }
            // `laut X, Chef des Y,`: a comma closing the phrase belongs to it.
            var frameEnd = frame.upperBound
            if frameEnd < end, table.isPunctuation(frameEnd, ","), frame.lowerBound > sentence.lowerBound {
                frameEnd += 1
            }
            frameEnd = insertionEnd(after: frame, frameEnd: frameEnd, sentence: sentence, end: end)
            let (start, stop) = attributedRange(frame: frame, frameEnd: frameEnd, position: position, sentence: sentence, end: end)
            guard let report = attributionReport(at: index, length: length, speaker: speaker, frame: frame, frameEnd: frameEnd,
                content: start..<stop, tokens: sentence.lowerBound..<end)
            else { continue }
            add(report)
            index = end
        }
    }

    /// `Das berichtet die Zeitung unter Berufung auf Regierungskreise`: a citing phrase in the clause
    /// of a verb of saying that already reports names where the speaker has it from, no statement of its own.
    /// (`„…“, sagte X laut Y` is Y's report that X said it, and stays.)
    private func isSourceOfAVerbReport(at index: Int, sentence: Range<Int>, end: Int) -> Bool {
        let clause = clauseStart(before: index, floor: sentence.lowerBound)..<clauseEnd(from: index, limit: end)
        guard !clause.isEmpty else { return false }
        let span = table.span(clause.lowerBound, clause.upperBound - 1)
        return firstReport { report in
            // (A verb of saying names its rule with the head `speech-verb:`.)
            guard report.rule.head == "speech-verb:", let cue = report.cue else { return false }
            return cue.start >= span.start && cue.end <= span.end
        } != nil
    }

    /// Where the frame ends when an apposition or a relative clause set off by commas follows its
    /// source: `Nach Meinung von X, Professor in Bonn, könnte …`, `nach Einschätzung eines Experten,
    /// der befragt wurde, würde …`, `soll laut einem Zeugen, der anonym bleiben will, …`. A fronted
    /// frame takes it only when the finite verb follows; an apposition only in a fronted frame.
    private func insertionEnd(after frame: Range<Int>, frameEnd: Int, sentence: Range<Int>, end: Int) -> Int {
        let comma = frame.upperBound
        guard comma + 1 < end, table.isPunctuation(comma, ",") else { return frameEnd }
        let close = clauseEnd(from: comma + 1, limit: end)
        guard close + 1 < end, close > comma + 1, table.isPunctuation(close, ",") else { return frameEnd }
        let fronted = frame.lowerBound == skipAdverbials(from: sentence.lowerBound, limit: end)
        guard !fronted || isFiniteVerbLike(close + 1) else { return frameEnd }
        if opensRelativeClause(comma + 1, end: close) { return close + 1 }
        let opensPhrase = table.isCapitalized(comma + 1) || table.has(comma + 1, .determiner)
        // (After a role noun only an auxiliary is a verb: `Professor am California Institute of Technology`.)
        let opensWithRole = facts.role[comma + 1] != nil
        guard fronted, opensPhrase,
            !((comma + 1)..<close).contains(where: { (opensWithRole ? table.has($0, .auxiliary) : isFiniteVerbLike($0)) || quotationAt[$0] != nil })
        else { return frameEnd }
        return close + 1
    }

    /// The speaker and the frame's tokens of the attribution phrase of `length` words at `index`.
    private func attributionFrame(at index: Int, length: Int, position: AttributionPosition, sentence: Range<Int>, end: Int)
        -> (speaker: SpeakerSlot, frame: Range<Int>)?
    {
        switch position {
        case .anaphoric:
            return (.previous(token: index, span: table.span(index, index + length - 1)), index..<(index + length))
        case .before, .citing:
            let phrases = sourcePhrases(at: index + length, end: end)
            guard let last = phrases.last else { return nil }
            var frameEnd = last.tokens.upperBound
            // `laut der Website „icelandreview.com“`: the source's quoted name is part of the frame.
            if frameEnd < end, let quotation = quotationAt[frameEnd], text.quotations[quotation].openingToken == frameEnd,
                let closing = text.quotations[quotation].closingToken, closing < end,
                isQuotedName(frameEnd + 1..<closing) || isNameAfterNoun(opening: frameEnd, closing: closing)
            {
                frameEnd = closing + 1
            }
            return (.phrases(phrases.map(source(ofAttributionPhrase:))), index..<frameEnd)
        case .after:
            if index > sentence.lowerBound, Self.dativePronouns.contains(table.lower[index - 1]) {
                // `Ihnen zufolge`, `ihm zufolge`: the pronoun names the source.
                let pronoun = index - 1
                let phrase = NounPhrase(tokens: pronoun..<index, modifiers: pronoun..<pronoun, head: pronoun..<pronoun, pronoun: pronoun)
                return (.phrases([phrase]), pronoun..<(index + length))
            }
            guard let phrase = antecedent(endingBefore: index, sentence: sentence) else { return nil }
            var start = phrase.tokens.lowerBound
            // `Einer Meldung von Reuters zufolge`: the attribution noun before `von` belongs to the frame.
            if start > sentence.lowerBound + 1, word(start - 1, isIn: .prepositionVon),
                let noun = antecedent(endingBefore: start - 1, sentence: sentence),
                noun.headWord.map({ lexicon.attributionNouns.match(table.lower[$0]) != nil }) == true
            {
                start = noun.tokens.lowerBound
            }
            return (.phrases([source(ofAttributionPhrase: phrase)]), start..<(index + length))
        case .noun:
            // `Zwei Monate nach dem Urteil`, `kurz nach der Veröffentlichung`: a time before `nach` makes it temporal.
            if index > sentence.lowerBound, lexicon.temporalMarkers.contains(table.lower[index - 1]) || table.has(index - 1, .time) {
                return nil
            }
            guard let (phrases, frame) = attributionNounSource(after: index + length, end: end).map({ ($0.phrases, index..<$0.end) })
                ?? postposedAttribution(at: index, sentence: sentence), !phrases.isEmpty
            else { return nil }
            return (.phrases(phrases), frame)
        case .so:
            guard index > sentence.lowerBound, table.isPunctuation(index - 1, ",") else { return nil }
            // `…, so X, …` and `…, so schätzen die Forscher, …`.
            let verb = index + 1 < end ? speechCue(at: index + 1) : nil
            let start = verb.map { skipAdverbials(from: $0.lastToken + 1, limit: end) } ?? index + 1
            guard let phrase = chunker.phrase(at: start, limit: end, entities: resolver.entities) else { return nil }
            // `…, so X gegenüber der Zeitung.`: a prepositional phrase after the source, up to the clause end, is frame too.
            var frameEnd = phrase.tokens.upperBound
            let close = clauseEnd(from: frameEnd, limit: end)
            if close > frameEnd, table.has(frameEnd, .preposition),
                !(frameEnd..<close).contains(where: { isFiniteVerbLike($0) || quotationAt[$0] != nil })
            {
                frameEnd = close
            }
            // `…, so der Sprecher der Bewegung, Ehsan Ahmadi.`: a name in apposition closing the clause.
            if frameEnd + 1 < end, table.isPunctuation(frameEnd, ","), case let close = clauseEnd(from: frameEnd + 1, limit: end),
                (1...4).contains(close - frameEnd - 1), ((frameEnd + 1)..<close).allSatisfy({ facts.isNameLike[$0] })
            {
                frameEnd = close
            }
            return (.phrases([phrase]), (index - 1)..<frameEnd)
        }
    }

    /// The report of an attribution: the content around its frame, at least three words more than the frame.
    private func attributionReport(at index: Int, length: Int, speaker: SpeakerSlot, frame: Range<Int>, frameEnd: Int,
        content: Range<Int>, tokens: Range<Int>) -> SpeechReport?
    {
        var pieces: [Span] = []
        for range in [content.lowerBound..<frame.lowerBound, frameEnd..<max(frameEnd, content.upperBound)] where hasWords(range, atLeast: 1) {
            if let span = trimmedSpan(range) { pieces.append(span) }
        }
        guard let first = pieces.first, let last = pieces.last, wordCount(content) - wordCount(frame) >= 3 else { return nil }
        // (A phrase of one word, as most, is its word: no array to join.)
        let rule = RuleName("attribution:", length == 1 ? table.lower[index] : table.lower[index..<(index + length)].joined(separator: " "))
        return SpeechReport(type: .asserts, speaker: speaker, cue: table.span(index, index + length - 1), pieces: pieces,
            contentSpan: first.union(last), form: .reported, rule: rule, tokens: tokens)
    }

    /// An attribution inside a subordinate or relative clause that another report covers: the clause is its content.
    private func nestedAttribution(at index: Int, sentence: Range<Int>) -> SpeechReport? {
        guard let clause = subordinateClause(around: index, sentence: sentence),
            let (length, position) = attributionPhrase(at: index, end: clause.upperBound), position.sourceFollows || position == .noun,
            let (speaker, frame) = attributionFrame(at: index, length: length, position: position, sentence: sentence, end: clause.upperBound),
            frame.upperBound <= clause.upperBound
        else { return nil }
        return attributionReport(at: index, length: length, speaker: speaker, frame: frame, frameEnd: frame.upperBound,
            content: clause, tokens: clause)
    }

    /// The comma-delimited subordinate or relative clause that holds token `index` (`, weil …`, `, die …`, `, bei dem …`), if any.
    private func subordinateClause(around index: Int, sentence: Range<Int>) -> Range<Int>? {
        let start = clauseStart(before: index, floor: sentence.lowerBound)
        guard start > sentence.lowerBound, table.isPunctuation(start - 1, ","),
            table.has(start, [.subordinator, .relative]) || opensRelativeClause(start, end: index)
        else { return nil }
        return start..<clauseEnd(from: index, limit: contentEnd(of: sentence))
    }

    /// What an attribution phrase attributes: its sentence, but after `so X`
    /// not what follows a colon or a quotation (`…, so X weiter: „…“`), which
    /// is quoted on its own.
    private func attributedRange(frame: Range<Int>, frameEnd: Int, position: AttributionPosition, sentence: Range<Int>, end: Int)
        -> (start: Int, stop: Int)
    {
        if position == .so, frameEnd < end, table.isPunctuation(frameEnd, ":") || table.isQuote(frameEnd) {
            return (sentence.lowerBound, frame.lowerBound)
        }
        // `…, weil die Mission nach Angaben der UN überfordert ist`: the subordinate clause.
        if let clause = subordinateClause(around: frame.lowerBound, sentence: sentence), clause.upperBound >= frameEnd {
            return (clause.lowerBound, min(clause.upperBound, end))
        }
        // `Laut X ist er 24; demnach wäre er …`: a semicolon bounds the attributed clause on either side.
        // (`…, doch die Richterin blieb hart: A sei B, so X`: after `so`, a colon too.)
        let start = (sentence.lowerBound..<frame.lowerBound).last {
            (table.isPunctuation($0, ";") || position == .so && table.isPunctuation($0, ":")) && quotationAt[$0] == nil
        }.map { $0 + 1 }
        return (start ?? sentence.lowerBound, frameEnd < end ? semicolonEnd(from: frameEnd, limit: end) : end)
    }

    /// The first semicolon at or after `start` outside quotations, or `limit`.
    private func semicolonEnd(from start: Int, limit: Int) -> Int {
        (start..<limit).first { table.isPunctuation($0, ";") && quotationAt[$0] == nil } ?? limit
    }

    /// Dative pronouns before `zufolge`.
    private static let dativePronouns = WordSet(["ihm", "ihr", "ihnen"])

    /// The attribution phrase at `index`: its length in tokens and where its source stands.
    private func attributionPhrase(at index: Int, end: Int) -> (Int, AttributionPosition)? {
        for (words, position) in lexicon.attributionPhrasesByFirstWord.phrases(startingWith: table.lower[index])
        where index + words.count <= end {
            guard words.count == 1 || (1..<words.count).allSatisfy({ table.lower[index + $0] == words[$0] }) else { continue }
            if position == .before, words == ["laut"],
                !(index + 1 < end && (table.isCapitalized(index + 1) || table.has(index + 1, .determiner) || table.isQuote(index + 1)
                    || chunker.isModifier(index + 1) || looksLikeSourceName(index + 1) || resolver.entities.mentionAt[index + 1] != nil))
            {
                continue
            }
            return (words.count, position)
        }
        return nil
    }

    /// `Angaben der Polizei zufolge` → `der Polizei`; other phrases stand for themselves.
    private func source(ofAttributionPhrase phrase: NounPhrase) -> NounPhrase {
        guard let head = phrase.headWord, lexicon.attributionNouns.exact(table.lower[head]) != nil, let genitive = phrase.genitive,
            let inner = chunker.phrase(at: genitive.lowerBound, limit: genitive.upperBound, entities: resolver.entities)
        else { return phrase }
        return inner
    }

    /// The sources after an attribution word (`laut der Polizei und der Feuerwehr`), or a
    /// lower-case source name (`laut taz`, `laut ndr.de`, `laut ai-Bericht`).
    func sourcePhrases(at start: Int, end: Int) -> [NounPhrase] {
        let phrases = chunker.conjuncts(at: start, limit: end, entities: resolver.entities)
        guard phrases.isEmpty, start < end else { return phrases }
        // A name the gazetteer knows in lower case (`taz`), or one that looks like a name (`ndr.de`).
        if let mention = resolver.entities.mentionAt[start], case let tokens = resolver.entities.tokenRanges[mention], tokens.upperBound <= end {
            return [NounPhrase(tokens: tokens, modifiers: start..<start, head: tokens)]
        }
        // (`laut einer dpa-Meldung`: after an article.)
        let name = table.has(start, .determiner) && start + 1 < end ? start + 1 : start
        guard looksLikeSourceName(name) else { return [] }
        return [NounPhrase(tokens: start..<(name + 1), determiner: table.classes[start].intersection(.determiner),
            modifiers: name..<name, head: name..<(name + 1))]
    }

    /// Whether a lower-case word names a source all the same: a web address (`ndr.de`)
    /// or a compound with a capitalised part (`ai-Bericht`).
    func looksLikeSourceName(_ index: Int) -> Bool {
        guard isWord(index), table.isLowercase(index) else { return false }
        let scalars = Array(table.text.string(table.tokens[index]).unicodeScalars)
        return scalars.indices.dropFirst().contains { position in
            position + 1 < scalars.count && (scalars[position] == "." && scalars[position + 1].properties.isLowercase
                || scalars[position] == "-" && scalars[position + 1].properties.isUppercase)
        }
    }

    /// The source an attribution phrase inside `range` names (`wurde laut taz deutlich gemacht`), if any.
    func attributedSource(in range: Range<Int>) -> NounPhrase? {
        for index in range where isWord(index) && quotationAt[index] == nil {
            guard let (length, position) = attributionPhrase(at: index, end: range.upperBound), position.sourceFollows,
                let phrase = sourcePhrases(at: index + length, end: range.upperBound).first
            else { continue }
            return source(ofAttributionPhrase: phrase)
        }
        return nil
    }

    /// `nach Angaben des X`, `nach Angaben von X`, `nach israelischen Angaben`,
    /// `nach Polizeiangaben`: the source and the end of the phrase.
    private func attributionNounSource(after start: Int, end: Int) -> (phrases: [NounPhrase], end: Int)? {
        guard let chunked = chunker.phrase(at: start, limit: end, entities: resolver.entities),
            let phrase = attributionNounPhrase(chunked), let head = phrase.headWord
        else { return nil }
        if phrase.head.count > 1 {
            // `nach Müllers Meinung`: a name in the genitive before the noun is the source.
            let name = phrase.head.lowerBound..<head
            guard table.lower[head - 1].hasSuffix("s"), name.allSatisfy({ table.isCapitalized($0) }) else { return nil }
            return ([NounPhrase(tokens: name, modifiers: name.lowerBound..<name.lowerBound, head: name)], phrase.tokens.upperBound)
        }
        if let genitive = phrase.genitive,
            let inner = chunker.phrase(at: genitive.lowerBound, limit: end, entities: resolver.entities)
        {
            return ([inner], max(phrase.tokens.upperBound, inner.tokens.upperBound))
        }
        let after = phrase.tokens.upperBound
        if after + 1 < end, isWord(after, "von"),
            let inner = chunker.phrase(at: after + 1, limit: end, entities: resolver.entities)
        {
            return ([inner], inner.tokens.upperBound)
        }
        return ([phrase], phrase.tokens.upperBound)
    }

    /// A phrase headed by an attribution noun; cut after it when the chunker ran it together with the
    /// object after it (`nach ersten Meldungen Schäden verursacht`: common nouns only after it).
    private func attributionNounPhrase(_ phrase: NounPhrase) -> NounPhrase? {
        guard let head = phrase.head.first(where: { lexicon.attributionNouns.match(table.lower[$0]) != nil }) else { return nil }
        if head == phrase.headWord { return phrase }
        guard ((head + 1)..<phrase.head.upperBound).allSatisfy({ facts.isCommonNoun[$0] && resolver.entities.mentionAt[$0] == nil })
        else { return nil }
        return NounPhrase(tokens: phrase.tokens.lowerBound..<(head + 1), determiner: phrase.determiner, modifiers: phrase.modifiers,
            head: phrase.head.lowerBound..<(head + 1))
    }

    /// Adverbs of direction that `nach` governs (`nach oben`).
    private static let directions = WordSet(["oben", "unten", "vorn", "vorne", "hinten", "links", "rechts", "innen", "außen", "draußen", "drinnen"])

    /// `seiner Meinung nach`, `ihrer Ansicht nach`: the possessive names the source.
    private func postposedAttribution(at index: Int, sentence: Range<Int>) -> (phrases: [NounPhrase], frame: Range<Int>)? {
        guard index >= sentence.lowerBound + 2, lexicon.attributionNouns.match(table.lower[index - 1]) != nil else { return nil }
        // `die Sicht nach oben`, `die Suche nach dem Täter`: `nach` governs what follows.
        if index + 1 < sentence.upperBound, table.has(index + 1, .determiner) || table.isCapitalized(index + 1)
            || table.tokens[index + 1].kind == .number || Self.directions.contains(table.lower[index + 1])
        {
            return nil
        }
        let before = index - 2
        // `aller Voraussicht nach`, `allem Anschein nach`: an idiom for "probably", no source.
        if table.has(before, .quantifier) { return nil }
        if table.has(before, .possessive) {
            let phrase = NounPhrase(tokens: before..<(before + 1), modifiers: before..<before, head: before..<before, pronoun: before)
            return ([phrase], before..<(index + 1))
        }
        // `Grupps Meinung nach`, `Dem Vernehmen nach`: a genitive name, or the phrase itself, is the source.
        let start = table.has(before, .definite) || table.isCapitalized(before) && !table.has(before, .preposition) ? before : index - 1
        let head = table.isCapitalized(before) && table.classes[before].isEmpty ? before..<(before + 1) : (index - 1)..<index
        let phrase = NounPhrase(tokens: start..<index, modifiers: start..<start, head: head)
        return ([phrase], start..<(index + 1))
    }
}
