import Entities
import Lexicons
import NewsGraphModel

/// Quotations with their frames: `„…“, sagte X`, `„…“, so X`, `X sagte: „…“`,
/// `X betonte, „…“`, and a named actor before a colon (`X: „…“`).
extension DocumentExtraction {
    func findQuotationFrames() {
        // (Room for the reports of most documents, made once in this first phase: about one a quotation
        // or verb of saying, and a few more. Grown one report at a time, the list was copied four times.)
        reports.reserveCapacity(text.quotations.count + speechCues.count + 4)
        for (index, quotation) in text.quotations.enumerated() where !usedQuotations[index] {
            guard hasWords(quotation.openingToken..<(quotation.closingToken ?? quotation.openingToken), atLeast: 1) else { continue }
            if frameAfter(index) { continue }
            _ = frameBefore(index)
        }
    }

    /// `„…“, sagte X` / `„…“, so X` / `„…“, hatte X gesagt` / `„…“, fügte er hinzu`.
    private func frameAfter(_ index: Int) -> Bool {
        let quotation = text.quotations[index]
        guard let closing = quotation.closingToken else { return false }
        // Only a quotation that opens its sentence (or follows a colon) is the whole content before the frame.
        let opening = quotation.openingToken
        let sentenceStart = table.sentenceRange(of: opening).lowerBound
        guard opening == sentenceStart || table.isPunctuation(opening - 1, ":") || (sentenceStart..<opening).allSatisfy({ !isWord($0) })
        else { return false }
        var position = closing + 1
        guard position < table.count else { return false }
        if table.isPunctuation(position, ",") { position += 1 }
        guard position < table.count, isWord(position), table.isLowercase(position) else { return false }
        let sentence = sentenceRange(of: position)
        let limit = clauseEnd(from: position, limit: sentence.upperBound)
        var cueSpan: Span
        var subjects: [NounPhrase]
        var rule: RuleName
        var frameEnd: Int
        // `„…“, so beschrieb ihn X`: `so` before a verb of saying is that verb's frame.
        if isWord(position, "so"), position + 1 < limit, hasSpeechCue(at: position + 1) { position += 1 }
        if isWord(position, "so") {
            guard let phrase = chunker.phrase(at: position + 1, limit: limit, entities: resolver.entities) else { return false }
            cueSpan = table.tokens[position].span
            subjects = [phrase]
            rule = "attribution:so after quote"
            frameEnd = phrase.tokens.upperBound
        } else {
            var cue = speechCue(at: position)
            var finite = position
            if cue == nil, table.has(position, .auxiliary) {
                // `„…“, hatte er gesagt`: the verb closes the clause.
                for candidate in (position + 1)..<limit {
                    if let found = speechCue(at: candidate) {
                        cue = found
                        break
                    }
                }
                finite = position
            }
            guard let cue, !cue.frames.isDisjoint(with: [.quote, .clause]) else { return false }
            var after = skipAdverbials(from: finite + 1, limit: limit)
            // `„…“, so charakterisierte ihn X`: an object pronoun may stand before the subject.
            if after + 1 < limit, Self.objectPronouns.contains(table.lower[after]) { after = skipAdverbials(from: after + 1, limit: limit) }
            var phrases = sourcePhrases(at: after, end: limit)
            // `„…“, heißt es in einer Erklärung der Regierung`: the document quoted from.
            if phrases.isEmpty || phrases.first?.pronoun.map({ word($0, isIn: .pronounEs) }) == true,
                let source = impersonalSource(cue, sentence: sentence)
            {
                phrases = [source]
            }
            guard !phrases.isEmpty, !isNegated(position..<limit) else { return false }
            // `„…“, zitiert die Zeitung den Minister X`: the one quoted speaks.
            if cue.frames.contains(.quotesObject), let last = phrases.last,
                let quoted = chunker.phrase(at: skipAdverbials(from: last.tokens.upperBound, limit: limit), limit: limit, entities: resolver.entities),
                isActorPhrase(quoted)
            {
                phrases = [quoted]
            }
            cueSpan = table.span(cue.verb, cue.verb).union(table.span(cue.lastToken, cue.lastToken))
            subjects = phrases
            rule = RuleName("speech-verb:", cue.lemma, " after quote")
            frameEnd = max(cue.lastToken + 1, phrases.last?.tokens.upperBound ?? position)
            usedCues[cue.verb] = true
        }
        var pieces = [quotation.content]
        var contentSpan = quotation.span
        var tokenEnd = frameEnd
        // `„…“, sagte er, „…“`: the quotation goes on after the frame.
        let afterFrame = clauseEnd(from: frameEnd, limit: sentence.upperBound)
        if afterFrame + 1 < table.count, table.isPunctuation(afterFrame, ","), let next = quotationAt[afterFrame + 1],
            text.quotations[next].openingToken == afterFrame + 1, !usedQuotations[next]
        {
            pieces.append(text.quotations[next].content)
            contentSpan = contentSpan.union(text.quotations[next].span)
            usedQuotations[next] = true
            tokenEnd = (text.quotations[next].closingToken ?? afterFrame + 1) + 1
        }
        usedQuotations[index] = true
        add(SpeechReport(
            type: .asserts, speaker: .phrases(subjects), cue: cueSpan, pieces: pieces, contentSpan: contentSpan,
            form: .direct, rule: rule, tokens: quotation.openingToken..<tokenEnd))
        return true
    }

    /// Object pronouns that may come between a verb of saying and its subject.
    private static let objectPronouns = WordSet(["ihn", "ihm", "ihnen", "sich", "uns", "mich", "dich", "euch"])

    /// `X sagte: „…“`, `X betonte, „…“`, and `X: „…“` with a named actor.
    private func frameBefore(_ index: Int) -> Bool {
        let quotation = text.quotations[index]
        let opening = quotation.openingToken
        guard opening > 0 else { return false }
        let mark = opening - 1
        let colon = table.isPunctuation(mark, ":")
        guard colon || table.isPunctuation(mark, ",") else { return false }
        // `X schlug vor, „Zwangsheiraten“ als Straftat anzuerkennen`: quoted words that open a clause
        // going on after them are part of the clause, which the verb reports.
        if !colon, let closing = quotation.closingToken, closing + 1 < table.count, isWord(closing + 1),
            sentenceRange(of: closing + 1) == sentenceRange(of: mark)
        {
            return false
        }
        let sentence = sentenceRange(of: mark)
        let left = clauseStart(before: mark, floor: sentence.lowerBound)
        guard left < mark else { return false }
        var found: (VerbCue, [NounPhrase])?
        // The verb may stand before an apposition: `sagte X, Gründer der Y: „…“`.
        var position = mark - 1
        while position >= sentence.lowerBound, found == nil {
            defer { position -= 1 }
            if table.isPunctuation(position, ":") || table.isPunctuation(position, ";") || quotationAt[position] != nil { break }
            guard let cue = speechCue(at: position), !usedCues[position],
                let subjects = subject(of: cue, clauseStart: clauseStart(before: position, floor: sentence.lowerBound), sentence: sentence)
            else { continue }
            // `In dem Antrag heißt es: „…“`: an impersonal verb quotes the document it points to.
            if cue.frames.contains(.impersonal), subjects.allSatisfy(isImpersonalEs) {
                guard let source = impersonalSource(cue, sentence: sentence) else { continue }
                found = (cue, [source])
            } else {
                found = (cue, quotedActor(of: cue, after: subjects, before: mark) ?? subjects)
            }
        }
        let cueSpan: Span
        let subjects: [NounPhrase]
        let rule: RuleName
        if let (cue, phrases) = found {
            guard !isNegated(left..<mark) || phrases.contains(where: { $0.tokens.contains(mark - 1) }) else { return false }
            // `X erklärte, für ihn sei entscheidend, „…“`: a clause of the verb's content comes first; the
            // verb reports that clause with the quotation in it.
            if !colon, cue.lastToken < left, !phrases.contains(where: { $0.tokens.contains(mark - 1) }),
                cue.frames.contains(.clause)
            {
                return false
            }
            cueSpan = table.span(cue.verb, cue.verb).union(table.span(cue.lastToken, cue.lastToken))
            subjects = phrases
            rule = RuleName("speech-verb:", cue.lemma, " before quote")
            usedCues[cue.verb] = true
        } else if colon, let actor = colonActor(left..<mark) {
            cueSpan = table.tokens[mark].span
            subjects = [actor]
            rule = "colon frame: actor before quote"
        } else {
            return false
        }
        usedQuotations[index] = true
        let end = (quotation.closingToken ?? opening) + 1
        add(SpeechReport(
            type: .asserts, speaker: .phrases(subjects), cue: cueSpan, pieces: [quotation.content],
            contentSpan: quotation.span, form: .direct, rule: rule, tokens: left..<end))
        return true
    }

    /// `Die Zeitung zitiert den Minister Hans Weber: „…“`: with a verb that quotes someone, the actor
    /// after the verb (and after its subject, when that follows the verb) speaks; nil for other verbs.
    private func quotedActor(of cue: VerbCue, after subjects: [NounPhrase], before mark: Int) -> [NounPhrase]? {
        guard cue.frames.contains(.quotesObject), !cue.isParticiple else { return nil }
        let subjectEnd = subjects.lazy.map(\.tokens.upperBound).max() ?? cue.verb
        let start = skipAdverbials(from: max(cue.verb + 1, subjectEnd), limit: mark)
        // (A named person or body, or an anonymous one: `zitiert einen Augenzeugen mit den Worten`.)
        guard let phrase = chunker.phrase(at: start, limit: mark, entities: resolver.entities),
            isPersonLike(phrase) || isNamed(phrase) || isActorPhrase(phrase),
            !subjects.contains(where: { $0.tokens == phrase.tokens })
        else { return nil }
        return [phrase]
    }

    /// The actor of a colon frame without a verb of saying: a named person,
    /// body or country (or a role noun) opening the clause or right after its finite verb.
    func colonActor(_ range: Range<Int>) -> NounPhrase? {
        var start = range.lowerBound
        while start < range.upperBound, table.has(start, .adverb) || table.has(start, .conjunction) { start += 1 }
        var candidates: [Int] = [start]
        // `Mit Blick auf ... zeigt sich X entschlossen:` – the phrase after the first lower-case verb-like word.
        if let verb = (start..<range.upperBound).first(where: { table.isLowercase($0) && !table.has($0, [.preposition, .determiner]) && !chunker.isModifier($0) }) {
            candidates.append(skipAdverbials(from: verb + 1, limit: range.upperBound))
            if verb + 1 < range.upperBound, isWord(verb + 1, "sich") { candidates.append(verb + 2) }
        }
        for candidate in candidates where candidate < range.upperBound {
            guard let phrase = chunker.phrase(at: candidate, limit: range.upperBound, entities: resolver.entities),
                let head = phrase.headWord
            else { continue }
            if let mention = resolver.entities.mention(at: head), mention.isName,
                [.person, .organization, .country].contains(mention.entity.type)
            {
                return phrase
            }
            if phrase.pronoun == nil, facts.role[head] != nil, phrase.determiner.contains(.definite) { return phrase }
            // `Dabei griff sie den Präsidenten an: „…“`: a personal pronoun right after the verb.
            if let pronoun = phrase.pronoun, candidate > start, ["er", "sie"].contains(table.lower[pronoun]) { return phrase }
        }
        return nil
    }
}
