import Entities
import GermanText
import Lexicons
import NewsGraphModel

/// Clause geometry: boundaries (skipping over quotations), verb cues with
/// their particles, subjects, and the edges of a content region.
extension DocumentExtraction {
    /// The index of the clause boundary at or after `start` (a comma, colon,
    /// full stop …), jumping over quotations; `limit` when there is none.
    func clauseEnd(from start: Int, limit: Int) -> Int {
        var index = start
        while index < limit {
            // (A word, as most tokens are, is no boundary and no bracket and opens no quotation: told by its kinds.)
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
            if table.isPunctuation(index, "("), let close = closingBracket(after: index, limit: limit) {
                index = close + 1
                continue
            }
            if isClauseBoundary(index) { return index }
            index += 1
        }
        return limit
    }

    /// The `)` that closes the `(` at `open`, within a few tokens.
    func closingBracket(after open: Int, limit: Int) -> Int? {
        var index = open + 1
        while index < limit, index - open <= 12 {
            if table.isPunctuation(index, ")") { return index }
            if table.isPunctuation(index, "(") { return nil }
            index += 1
        }
        return nil
    }

    /// The first token of the clause that holds `index` (after the boundary
    /// before it), jumping over quotations.
    func clauseStart(before index: Int, floor: Int) -> Int {
        var position = index - 1
        while position >= floor {
            // (A word is no boundary and no bracket and closes no quotation: told by its kinds.)
            if isWord(position) {
                position -= 1
                continue
            }
            if let quotation = quotationAt[position], text.quotations[quotation].closingToken == position {
                position = text.quotations[quotation].openingToken - 1
                continue
            }
            if table.isPunctuation(position, ")") {
                var open = position - 1
                while open >= floor, position - open <= 12, !table.isPunctuation(open, "(") { open -= 1 }
                if open >= floor, table.isPunctuation(open, "(") {
                    position = open - 1
                    continue
                }
            }
            if isClauseBoundary(position) { return position + 1 }
            position -= 1
        }
        return floor
    }

    /// The clause start for a cue: for a participle or infinitive whose own
    /// comma-delimited piece has no auxiliary (`hat mit Vertretern der
    /// Geheimdienste, des Militärs die Besorgnis geäußert`), the piece before
    /// that holds one.
    func clauseStart(forCue cue: VerbCue, sentence: Range<Int>) -> Int {
        let left = clauseStart(before: cue.verb, floor: sentence.lowerBound)
        guard !cue.isFinite, !(left..<cue.verb).contains(where: { table.has($0, .auxiliary) }) else { return left }
        // A subordinate clause ends in its auxiliary: `, da die Partei angekündigt hatte, …`.
        let end = clauseEnd(from: cue.lastToken + 1, limit: sentence.upperBound)
        if table.has(left, .subordinator), (cue.lastToken + 1..<end).contains(where: { table.has($0, .auxiliary) }) { return left }
        var start = left
        for _ in 0..<3 {
            guard start > sentence.lowerBound, table.isPunctuation(start - 1, ",") else { break }
            let previous = clauseStart(before: start - 1, floor: sentence.lowerBound)
            if (previous..<(start - 1)).contains(where: { table.has($0, .auxiliary) }) { return previous }
            start = previous
        }
        return left
    }

    /// The end of a content region: its first semicolon (unless a clause in the Konjunktiv I follows it)
    /// or dash (outside quotations), or `limit`.
    func strongEnd(from start: Int, limit: Int) -> Int {
        var index = start
        while index < limit {
            // (A word opens no quotation and is no semicolon or dash: told by its kinds.)
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
            if table.isPunctuation(index, ";") {
                // `…, dass X stark war; die Art, wie er spielte, habe ihn überrascht`: a clause in the
                // Konjunktiv I after the semicolon goes on reporting.
                let next = strongEnd(from: index + 1, limit: limit)
                guard index + 1 < next, isSubjunctive((index + 1)..<next, strict: true),
                    !((index + 1)..<next).contains(where: { hasSpeechCue(at: $0) })
                else { return index }
                return next
            }
            // (Marks told by their scalar: a punctuation token's text made as a string cost ~1,000 instructions.)
            if let dash = Self.dashes.first(where: { table.isPunctuation(index, $0) }), !isHyphen(index) {
                // A pair of dashes sets off an insertion; a single dash ends the content.
                guard let pair = (index + 1..<limit).first(where: { table.isPunctuation($0, dash) }) else { return index }
                index = pair
            }
            index += 1
        }
        return limit
    }

    /// The dashes that set off an insertion or end a content region.
    static let dashes: [Unicode.Scalar] = ["-", "–", "—"]

    /// Whether the dash at `index` is a hyphen: joining the tokens around it without spaces
    /// (`55-Jähriger`), or ending a truncated compound before a conjunction (`Luft- und Raumfahrt`).
    func isHyphen(_ index: Int) -> Bool {
        guard index > 0, index + 1 < table.count, table.tokens[index - 1].span.end == table.tokens[index].span.start else { return false }
        return table.tokens[index].span.end == table.tokens[index + 1].span.start
            || isWord(index - 1) && (table.has(index + 1, .conjunction) || table.isPunctuation(index + 1, ","))
    }

    /// The sentence range of token `index`.
    func sentenceRange(of index: Int) -> Range<Int> { table.sentenceRange(of: index) }

    /// The end of a sentence's words: before a final full stop, question or exclamation mark (and closing quotation marks after it).
    func contentEnd(of sentence: Range<Int>) -> Int {
        if let first = sentence.first, case let index = table.sentenceOf[first], text.sentences[index].tokens == sentence {
            return sentenceContentEnds[index]
        }
        return measuredContentEnd(of: sentence)
    }

    /// ``contentEnd(of:)`` for any range, measured.
    func measuredContentEnd(of sentence: Range<Int>) -> Int {
        var end = sentence.upperBound
        // (Marks told by their scalar. A quotation mark, closing a quotation or not, is none of them and
        // ends the words; so does a word, which no mark is.)
        while end > sentence.lowerBound, case let last = end - 1,
            table.isPunctuation(last, ".") || table.isPunctuation(last, "!") || table.isPunctuation(last, "?")
                || table.isPunctuation(last, ":") || table.isPunctuation(last, ";") || table.isPunctuation(last, "…")
        {
            end -= 1
        }
        return end
    }

    /// A verb of `verbs` at token `index`, with its particle, when its form and
    /// clause allow: lower case (or opening the sentence), outside quotations,
    /// not an adjective between a determiner or preposition and a noun (`das
    /// erklärte Ziel`, `wegen wiederholten Fouls`),
    /// a separable verb only with its particle closing the clause, a plain
    /// verb not when the clause ends in another particle (`sagte ... ab`).
    /// `known` is what `verbs` says of the token's form, when the caller has it.
    func verbCue(at index: Int, in verbs: VerbLexicon, insideQuotations: Bool = false, form known: VerbLexicon.VerbForm? = nil) -> VerbCue? {
        guard isWord(index), insideQuotations || quotationAt[index] == nil else { return nil }
        guard table.isLowercase(index) || facts.opensSentence(index) else { return nil }
        let lower = table.lower[index]
        guard let form = known ?? verbs.form(lower), form.isVerb else { return nil }
        let sentence = sentenceRange(of: index)
        // `das erklärte Ziel`, `einer vorgestern veröffentlichten Botschaft` are adjectives; `Das erklärte
        // General X`, `Dies bestätigte Stoiber` are verbs.
        var article = index - 1
        while article > sentence.lowerBound, !isClauseBoundary(article), table.isLowercase(article),
            table.has(article, [.adverb, .time]) && !table.has(article, .determiner) || chunker.isModifier(article) && table.classes[article].isEmpty
        {
            article -= 1
        }
        if index > sentence.lowerBound, article >= sentence.lowerBound, table.has(article, Self.articles),
            !isWord(article, "dies"), index + 1 < sentence.upperBound, table.isCapitalized(index + 1),
            facts.role[index + 1] == nil, resolver.entities.mentionAt[index + 1] == nil, !facts.isNameWord(index + 1)
        {
            return nil
        }
        // `wegen wiederholten Fouls`: an inflected participle between a preposition and a noun is an adjective.
        if index > sentence.lowerBound, table.has(index - 1, .preposition), index + 1 < sentence.upperBound,
            table.isCapitalized(index + 1), facts.isCommonNoun[index + 1], lower.hasSuffix("en") || lower.hasSuffix("em") || lower.hasSuffix("er")
        {
            return nil
        }
        var end = clauseEnd(from: index + 1, limit: sentence.upperBound)
        // `teilte der Geschäftsführer, Jens Nacke, mit`: the particle comes after an apposition.
        while end + 1 < sentence.upperBound, table.isPunctuation(end, ","), let mention = resolver.entities.mentionAt[end + 1],
            resolver.entities.mentions[mention].entity.type == .person
        {
            let next = resolver.entities.tokenRanges[mention].upperBound
            guard next < sentence.upperBound, table.isPunctuation(next, ",") else { break }
            end = clauseEnd(from: next + 1, limit: sentence.upperBound)
        }
        let lastWord = lastWordBefore(end, after: index)
        // `gab am Montag, dem 27. März, die Einstellung bekannt`: the particle after verbless insertions.
        var lastWords = ParticlePlaces()
        if !form.split.isEmpty {
            if let lastWord { lastWords.append(lastWord) }
            appendParticlePositions(after: end, sentence: sentence, to: &lastWords)
        }
        // A split entry's particle ends right before the verb (or before its `zu`) or at one of `lastWords`:
        // with no particle word of the verb lexicons there, no split entry matches, and none is read.
        let particleMayStand = !form.split.isEmpty
            && (endsParticle(index - 1) || endsParticle(index - 2) || (0..<lastWords.count).contains { endsParticle(lastWords[$0]) })
        if particleMayStand {
            for list in form.split {
                let entryIndex = verbs.entryLists[list]
                // (The entry's particle only, until it matches: a copy of the entry is one of all its parts.)
                let particle = verbs.entries[entryIndex].particle
                if let before = particleBefore(index, particle: particle, verbs: verbs) {
                    // `bekannt gegeben`, `bekannt zu geben`: the particle written apart before a participle or infinitive.
                    return VerbCue(verbs: verbs, entryIndex: entryIndex, verb: index, particle: before, isFinite: false, isParticiple: form.isParticiple)
                }
                // `Wie das Ministerium bekannt gab, …`: a finite verb closing a subordinate clause, its particle written apart before it.
                if let before = particleBeforeFiniteVerb(index, particle: particle, lastWordAfter: lastWord, sentence: sentence) {
                    return VerbCue(verbs: verbs, entryIndex: entryIndex, verb: index, particle: before, isFinite: true, isParticiple: false)
                }
                for position in 0..<lastWords.count where particle.count <= lastWords[position] - index {
                    let last = lastWords[position]
                    let first = last - particle.count + 1
                    if spells(particle, from: first) {
                        let participle = form.isParticiple
                        return VerbCue(verbs: verbs, entryIndex: entryIndex, verb: index, particle: first..<(last + 1), isFinite: !participle,
                            isParticiple: participle)
                    }
                }
            }
        }
        guard let list = form.joined.first else { return nil }
        let entryIndex = verbs.entryLists[list]
        var nonFinite = form.isNonFinite
        if index > sentence.lowerBound, word(index - 1, isIn: .particleZu) {
            nonFinite = true  // `zu entsenden`
        } else if nonFinite, form.isAmbiguous {
            // `Sie erklärt: …` is finite; `Sie hat erklärt: …` is not.
            let left = clauseStart(before: index, floor: sentence.lowerBound)
            nonFinite = (left..<index).contains {
                (table.has($0, .auxiliary) || word($0, isIn: .formOfLassen)) && quotationAt[$0] == nil
            }
        }
        // `könnte in die Nähe geraten`: after a modal a participle needs `haben`, `sein` or `werden`
        // (`soll geraten haben`); without one the word is another verb's infinitive.
        if nonFinite, form.isParticiple, isAfterModalAlone(index, sentence: sentence) { return nil }
        // (`bezeichnete X als Y und kündigte Z an`: the particle closes the second verb's clause.)
        if !nonFinite, let lastWord, lastWord != index, word(lastWord, isIn: .separableParticle),
            !((index + 1)..<lastWord).contains(where: { word($0, isIn: .conjunctionUnd) && quotationAt[$0] == nil && $0 + 1 < lastWord
                && (isFiniteVerbLike($0 + 1) || hasSpeechCue(at: $0 + 1) || isWord($0 + 1) && verbs.contains(table.lower[$0 + 1])) })
        {
            return nil
        }
        return VerbCue(
            verbs: verbs, entryIndex: entryIndex, verb: index, particle: nil, isFinite: !nonFinite,
            isParticiple: nonFinite && form.isParticiple)
    }

    /// The classes of the words before an adjective that ``verbCue(at:in:insideQuotations:form:)`` takes for
    /// a verb (made once: each class is read through an accessor of another module).
    private static let articles: WordClass = [.definite, .indefinite, .possessive, .demonstrative]

    /// Whether the participle at `index` stands in a clause whose only auxiliaries are modals
    /// (`kann`, `könnte`, `will`), none of `haben`, `sein` or `werden` before or right after it.
    private func isAfterModalAlone(_ index: Int, sentence: Range<Int>) -> Bool {
        let left = clauseStart(before: index, floor: sentence.lowerBound)
        // (The auxiliaries tested as they come: no array of them.)
        var hasAuxiliary = false
        for token in left..<index where table.has(token, .auxiliary) && quotationAt[token] == nil {
            if table.has(token, .tense) { return false }
            hasAuxiliary = true
        }
        guard hasAuxiliary else { return false }
        let next = index + 1
        return next >= sentence.upperBound || !(table.has(next, .tense) || isWord(next) && Self.perfectInfinitives.contains(table.lower[next]))
    }

    /// The non-finite forms of `sein` and `werden` after a participle (`gesagt worden`); `haben` and
    /// `werden` are of the class `tense`.
    private static let perfectInfinitives = WordSet(["sein", "worden", "gewesen"])

    /// Where a separable verb's particle may stand after the clause end
    /// `end`: the last word of each of the next two comma-delimited segments,
    /// as long as the segments before it hold no verb (`, dem 27. März,`), appended to `positions`.
    private func appendParticlePositions(after end: Int, sentence: Range<Int>, to positions: inout ParticlePlaces) {
        var boundary = end
        for _ in 0..<2 {
            guard boundary + 1 < sentence.upperBound, table.isPunctuation(boundary, ",") else { break }
            let next = clauseEnd(from: boundary + 1, limit: sentence.upperBound)
            guard let last = lastWordBefore(next, after: boundary) else { break }
            guard !(boundary + 1..<last).contains(where: isFiniteVerbLike) else { break }
            positions.append(last)
            if isFiniteVerbLike(last) { break }
            boundary = next
        }
    }

    /// The particle of a separable verb written apart right before its participle or infinitive at `index`
    /// (`bekannt gegeben`, `bekannt zu geben`), or nil.
    private func particleBefore(_ index: Int, particle: [String], verbs: VerbLexicon) -> Range<Int>? {
        // (The particle's last word stands right before the verb or its `zu`: without a particle word
        // there, told by its kinds, none is spelt.)
        guard endsParticle(index - 1) || endsParticle(index - 2) else { return nil }
        var end = index
        if end > 0, word(end - 1, isIn: .particleZu) { end -= 1 }
        let start = end - particle.count
        guard !particle.isEmpty, start >= 0, spells(particle, from: start) else { return nil }
        let lower = table.lower[index]
        let joined = particle.joined() + lower
        guard end < index ? verbs.isNonFinite(particle.joined() + "zu" + lower) : verbs.isParticiple(lower) || verbs.isNonFinite(joined)
        else { return nil }
        return start..<end
    }

    /// The particle written apart right before a finite verb that closes a subordinate clause
    /// (`wie X bekannt gab`, `, das fest stand`; `lastWord`, the clause's last word after the verb, is nil), or nil.
    private func particleBeforeFiniteVerb(_ index: Int, particle: [String], lastWordAfter lastWord: Int?, sentence: Range<Int>) -> Range<Int>? {
        let start = index - particle.count
        guard !particle.isEmpty, lastWord == nil, start > sentence.lowerBound, spells(particle, from: start)
        else { return nil }
        let left = clauseStart(before: start, floor: sentence.lowerBound)
        guard left < start, table.has(left, [.subordinator, .relative]) || word(left, isIn: .conjunctionWie) else { return nil }
        return start..<index
    }

    /// Whether token `index` may end a separable verb's particle (a particle word of the verb lexicons).
    private func endsParticle(_ index: Int) -> Bool {
        index >= 0 && wordKinds[index].contains(.verbParticle)
    }

    /// Whether the tokens from `start` on are a particle's words (lower-cased): told first by the bit of
    /// the token its last word would stand at (most places hold no particle word), then compared in place.
    private func spells(_ words: [String], from start: Int) -> Bool {
        guard start >= 0, start + words.count <= table.count else { return false }
        if let last = words.indices.last, !endsParticle(start + last) { return false }
        return words.indices.allSatisfy { table.lower[start + $0] == words[$0] }
    }

    /// The last word token before `end` and after `start`, or nil.
    func lastWordBefore(_ end: Int, after start: Int) -> Int? {
        var index = end - 1
        while index > start {
            if isWord(index) { return index }
            if !table.isQuote(index) { return nil }
            index -= 1
        }
        return nil
    }

    /// Skips adverbs, time adverbials (`am Montag`, `letzte Woche`, `am 23. Oktober`)
    /// and addressees after a verb; returns where the next phrase starts.
    func skipAdverbials(from start: Int, limit: Int) -> Int {
        var index = start
        while index < limit {
            // (The words below compared only when the token is one of them: most tokens are told by a bit.)
            let skipped = word(index, isIn: .skippedWord)
            // `gegenüber der Zeitung`: the addressee, not the subject.
            if skipped, table.lower(index, is: "gegenüber"), index + 1 < limit,
                let addressee = chunker.phrase(at: index + 1, limit: limit, entities: resolver.entities)
            {
                index = addressee.tokens.upperBound
                continue
            }
            if table.has(index, .adverb) && !table.has(index, .pronoun) || skipped && table.lower(index, is: "sich") {
                index += 1  // adverbs and the reflexive (`äußerte sich X`)
                continue
            }
            if table.has(index, .preposition) || skipped && (table.lower(index, is: "letzte") || table.lower(index, is: "letzten")
                || table.lower(index, is: "vergangene") || table.lower(index, is: "vergangenen"))
            {
                if let end = timeAdverbialEnd(from: index, limit: limit) {
                    index = end
                    continue
                }
            }
            break
        }
        return index
    }

    /// The words ``skipAdverbials(from:limit:)`` tests by their text: an addressee's preposition, the
    /// reflexive, and the words that open a time adverbial without a preposition (`letzte Woche`).
    static let skippedWords = WordSet(["gegenüber", "sich", "letzte", "letzten", "vergangene", "vergangenen"])

    /// The end of a time adverbial starting at `start` (`am Montag`, `am 23. Oktober`, `letzte Woche`), or nil.
    func timeAdverbialEnd(from start: Int, limit: Int) -> Int? {
        let end = min(limit, start + 6)
        // Only a number or a word of time makes one: without either in reach (as after most
        // prepositions) there is none, told before the words are looked at.
        guard (start + 1..<max(start + 1, end)).contains(where: { table.tokens[$0].kind == .number || table.has($0, .time) }) else {
            return nil
        }
        var index = start + 1
        var sawTime = false
        while index < end {
            let token = table.tokens[index]
            if token.kind == .number || table.isPunctuation(index, ".") {
                if token.kind == .number, isYear(token) { sawTime = true }
                index += 1
            } else if table.has(index, .time) {
                sawTime = true
                index += 1
            } else if table.has(index, [.definite, .demonstrative]) || (table.isLowercase(index) && chunker.hasAdjectiveEnding(table.lower[index])) {
                if sawTime { break }
                index += 1
            } else {
                break
            }
        }
        return sawTime ? index : nil
    }

    /// Whether a number token is four digits (`2024`). (A number's scalars are ASCII digits, dots and
    /// commas, each a character of its own: read from the scalars, no string made of them.)
    private func isYear(_ token: Token) -> Bool {
        token.span.end - token.span.start == 4 && (token.span.start..<token.span.end).allSatisfy { ("0"..."9").contains(text.scalars[$0]) }
    }

    /// The subject of a clause whose verb of saying is `cue`:
    /// a relative clause's antecedent, the phrase after `wie`, the phrase
    /// before the finite verb (V2) unless it is an adverbial or an object,
    /// the subject of the first conjunct after `und`, or the phrase after the
    /// finite verb. Nil when none is found.
    func subject(of cue: VerbCue, clauseStart left: Int, sentence: Range<Int>) -> [NounPhrase]? {
        // (The document's entities passed from the resolver where a reading chunks: a copy of them made for
        // every subject retained each of their arrays.)
        // `X sprach von Y und forderte Z auf, …`: a second verb right after `und` has the first one's subject.
        if cue.isFinite, cue.verb > sentence.lowerBound, word(cue.verb - 1, isIn: .conjunctionUnd),
            let first = lastReport(where: { report in
                guard let span = report.cue else { return false }
                return span.start >= table.tokens[sentence.lowerBound].span.start && span.end <= table.tokens[cue.verb - 1].span.start
            }), case .phrases(let phrases) = reports[first].speaker, !phrases.isEmpty
        {
            return phrases
        }
        let clauseLimit = clauseEnd(from: cue.lastToken + 1, limit: sentence.upperBound)
        // Verb-final subordinate clauses: `, die ... berichtet`, `wie X berichtet`. (An article
        // opening a noun phrase, `, das verfeindete Nordkorea habe …`, is no relative pronoun.)
        if left < cue.verb, table.has(left, .relative), !table.isCapitalized(left) || left == sentence.lowerBound,
            left > sentence.lowerBound, table.isPunctuation(left - 1, ","),
            chunker.phrase(at: left, limit: cue.verb, entities: resolver.entities) == nil
        {
            // `, die vom Rat angenommen wurde,`: in a passive the relative pronoun is no speaker, the agent is.
            if cue.isParticiple, (left..<clauseLimit).contains(where: { word($0, isIn: .passiveAuxiliary) }) {
                return passiveAgent(in: left..<cue.verb).map { [$0] }
            }
            return antecedent(endingBefore: left - 1, sentence: sentence).map { phrase in
                var phrase = phrase
                phrase.relativePronoun = left
                return [phrase]
            }
        }
        // (`Als Begründung wurde angegeben, …`: an auxiliary before the participle makes the clause a main one.)
        let verbFinal = cue.particle == nil
            && (cue.lastToken + 1..<clauseLimit).allSatisfy { table.has($0, .auxiliary) || !isWord($0) }
            && (cue.isFinite || !(left + 1..<max(left + 1, cue.verb)).contains { table.has($0, .auxiliary) && quotationAt[$0] == nil })
        // `…, dass der Verband aufgefordert wurde, …`: a passive closing its clause names no speaker but its agent.
        if verbFinal, cue.isParticiple, table.has(left, .subordinator),
            (cue.lastToken + 1..<clauseLimit).contains(where: { word($0, isIn: .passiveAuxiliary) })
        {
            return passiveAgent(in: left..<cue.verb).map { [$0] }
        }
        if left < cue.verb, word(left, isIn: .conjunctionWie) || verbFinal && table.has(left, .subordinator) && !table.has(left, .relative) {
            // `wie X berichtet`, `wie t-online.de berichtet`, `dass Pjöngjang … geschickt hat`: the subject follows the conjunction.
            let phrases = sourcePhrases(at: skipAdverbials(from: left + 1, limit: cue.verb), end: cue.verb)
            return phrases.isEmpty ? nil : phrases
        }
        // The finite verb: the cue itself, or the first auxiliary of the clause.
        var finite = cue.isFinite ? cue.verb : nil
        if finite == nil {
            var index = left
            while index < cue.verb {
                if table.has(index, .auxiliary), quotationAt[index] == nil { finite = index; break }
                index += 1
            }
        }
        // `X ließ verlauten, …`: the finite form of `lassen` before the infinitive.
        if finite == nil {
            finite = (left..<cue.verb).first { word($0, isIn: .formOfLassen) && quotationAt[$0] == nil }
        }
        // `X versuchte zu erklären, …`: before a zu-infinitive, the verb it depends on.
        if finite == nil, cue.verb > left, word(cue.verb - 1, isIn: .particleZu) {
            finite = (left..<(cue.verb - 1)).first { quotationAt[$0] == nil && table.isLowercase($0) && table.classes[$0].isEmpty }
            // `X beeilten sich, gegenüber Journalisten zu erklären, …`: the verb and subject of the clause before.
            if finite == nil, left > sentence.lowerBound + 1, table.isPunctuation(left - 1, ","),
                case let before = clauseStart(before: left - 1, floor: sentence.lowerBound),
                let verb = (before..<(left - 1)).first(where: { isFiniteVerbLike($0) && quotationAt[$0] == nil }), verb > before
            {
                return prefieldSubject(from: before, finite: verb, sentence: sentence)
            }
        }
        guard let finite else { return nil }
        // A passive (`wurde mitgeteilt`) names no speaker as its subject, only as its agent (`von X`).
        if cue.isParticiple, word(finite, isIn: .passiveAuxiliary) {
            // `X wird von der Zeitung mit den Worten zitiert`: the one quoted is the passive subject.
            // `X, Chef des Y, wird … zitiert`: the subject before its apposition.
            let beforeApposition = finite == left && left > sentence.lowerBound && table.isPunctuation(left - 1, ",")
                ? subjectBeforeInsertions(endingAt: left - 1, sentence: sentence).map { [$0] } : nil
            if cue.frames.contains(.quotesObject), let quoted = prefieldSubject(from: left, finite: finite, sentence: sentence)
                ?? beforeApposition
                ?? Optional(chunker.conjuncts(at: skipAdverbials(from: finite + 1, limit: cue.verb), limit: cue.verb, entities: resolver.entities)),
                !quoted.isEmpty, quoted.allSatisfy(isActorPhrase)
            {
                return quoted
            }
            return passiveAgent(in: left..<cue.verb).map { [$0] }
        }
        // `X, Chef des Y, sagte …`: the subject and its apposition before the verb.
        if finite == left, left > sentence.lowerBound, table.isPunctuation(left - 1, ","),
            let phrase = subjectBeforeInsertions(endingAt: left - 1, sentence: sentence)
        {
            return [phrase]
        }
        // After `und`: the subject of the first conjunct.
        if finite == left, left > sentence.lowerBound, table.has(left - 1, .conjunction), let first = prefieldSubject(from: clauseStart(before: left - 1, floor: sentence.lowerBound), finite: nil, sentence: sentence) {
            return first
        }
        if finite > left, let phrases = prefieldSubject(from: left, finite: finite, sentence: sentence) {
            // An object before the verb and a name or pronoun right after it: the latter is the subject.
            // `Die Pläne bezeichnete er als …`: the pronoun after the verb is the subject.
            let after = skipAdverbials(from: finite + 1, limit: clauseLimit)
            if let pronoun = nominativePronoun(at: after, limit: clauseLimit) { return [pronoun] }
            // (The phrase after the verb chunked once for the two readings below.)
            let next = chunker.phrase(at: after, limit: clauseLimit, entities: resolver.entities)
            // (Only a phrase that can be an object: not `Ein Beamter`, `Einige der Abgeordneten`.)
            // (Not a single person after a verb in the plural: `Einige Abgeordnete haben Tony Blair geschrieben`.)
            if let next, isPersonHeaded(next),
                !(isPluralVerb(finite) && next.pronoun == nil),
                !phrases.contains(where: { isPersonLike($0) || isActorPhrase($0) && !isClaimPhrase($0) }),
                isObjectLike(phrases[0])
                    || !phrases[0].determiner.contains(.indefinite) && !phrases[0].determiner.contains(.quantifier)
                        && (phrases[0].headWord.map({ resolver.entities.mentionAt[$0] == nil }) ?? true)
            {
                return [next]
            }
            // `Der Zeitung sagte X: …`: a verb that tells an addressee, a common noun before it and the
            // speaker's name (or `er`) after it, closing the clause.
            if cue.frames.contains(.addressee), phrases.count == 1, !isPersonLike(phrases[0]), !isNamed(phrases[0]), let next,
                next.pronoun.map({ isWord($0, "er") }) ?? (isPersonLike(next) || isBareName(next)),
                skipAdverbials(from: next.tokens.upperBound, limit: clauseLimit) == clauseLimit
            {
                return [next]
            }
            // No actor before the verb (`Offiziell geht die Regierung davon aus`): an actor right after it,
            // unless that is an object (`Die Autoren werfen den Behörden vor`).
            if !phrases.contains(where: isActorPhrase) {
                let next = chunker.conjuncts(at: after, limit: clauseLimit, entities: resolver.entities)
                if !next.isEmpty, next.allSatisfy(isActorPhrase), next.allSatisfy({ $0.pronoun == nil && !isObjectLike($0) }),
                    !(next.count == 1 && isPluralVerb(finite) && isPersonLike(next[0]))
                {
                    return next
                }
            }
            return phrases
        }
        let after = skipAdverbials(from: finite + 1, limit: clauseLimit)
        guard after < clauseLimit else { return nil }
        let phrases = chunker.conjuncts(at: after, limit: clauseLimit, entities: resolver.entities)
        return phrases.isEmpty ? nil : phrases
    }

    /// Personal pronouns that are only ever nominative.
    static let nominativePronouns = WordSet(["er", "ich", "wir"])

    /// `bezeichnete er als …`: the pronoun right after a finite verb when it can only be its subject.
    func nominativePronoun(after finite: Int, limit: Int) -> NounPhrase? {
        nominativePronoun(at: skipAdverbials(from: finite + 1, limit: limit), limit: limit)
    }

    /// ``nominativePronoun(after:limit:)`` where the adverbials after the finite verb end at `start`.
    func nominativePronoun(at start: Int, limit: Int) -> NounPhrase? {
        // (The chunker gives a pronoun a phrase of its own, starting there: a first test before it chunks.)
        guard start < limit, limit <= table.count, word(start, isIn: .nominativePronoun),
            let next = chunker.phrase(at: start, limit: limit, entities: resolver.entities),
            let pronoun = next.pronoun, word(pronoun, isIn: .nominativePronoun)
        else { return nil }
        return next
    }

    /// The agent of a passive (`wurde von der Regierung bestätigt`): an actor after `von`/`vom`.
    func passiveAgent(in range: Range<Int>) -> NounPhrase? {
        for index in range where word(index, isIn: .prepositionVon) {
            // `unter Führung von X`: `von` right after a noun attaches to it (not after the passive
            // subject named as a body: `wurde die Bundesregierung vom Verband aufgefordert`).
            if index > range.lowerBound, table.isCapitalized(index - 1), facts.isCommonNoun[index - 1],
                resolver.entities.mention(at: index - 1) == nil
            {
                continue
            }
            guard let phrase = chunker.phrase(at: index + 1, limit: range.upperBound, entities: resolver.entities),
                isActorPhrase(phrase)
            else { continue }
            return phrase
        }
        return nil
    }

    /// The subject phrase that opens the sentence and runs, with its
    /// apposition or relative clauses, up to the comma at `comma`.
    func subjectBeforeInsertions(endingAt comma: Int, sentence: Range<Int>) -> NounPhrase? {
        // `Der Sprecher des Kremls, Dmitry Peskov,`: the phrase with its own apposition.
        let opening = skipAdverbials(from: sentence.lowerBound, limit: comma)
        if let phrase = chunker.phrase(at: opening, limit: comma, entities: resolver.entities), phrase.apposition != nil,
            phrase.tokens.upperBound == comma
        {
            return phrase
        }
        var boundary = comma
        // Relative clauses and adjective phrases between the subject and the verb:
        // `, die anonym bleiben wollte,`, `, zuständig für das Geschäft,`.
        while true {
            let segment = clauseStart(before: boundary, floor: sentence.lowerBound)
            guard segment > sentence.lowerBound, table.isPunctuation(segment - 1, ",") else { break }
            let relative = table.has(segment, .relative) || table.has(segment, .preposition) && segment + 1 < boundary && table.has(segment + 1, .relative)
            // An adjective phrase or a noun phrase in apposition: no verb in it.
            let insertion = !hasSpeechCue(at: segment) && !table.has(segment, [.subordinator, .conjunction])
                && !(segment..<boundary).contains { table.has($0, [.auxiliary, .subjunctive]) || $0 > segment && isFiniteVerbLike($0) }
            guard relative || insertion else { break }
            boundary = segment - 1
        }
        let start = skipAdverbials(from: sentence.lowerBound, limit: boundary)
        guard let phrase = chunker.phrase(at: start, limit: boundary, entities: resolver.entities),
            phrase.tokens.upperBound == boundary || boundary < comma && isAttachment(phrase.tokens.upperBound..<boundary),
            boundary < comma || phrase.apposition != nil
        else { return nil }
        return phrase
    }

    /// Whether a region is a prepositional phrase attached to the noun before it
    /// (`Hans Weber von der Erdbebenwarte`): a preposition, then no verb.
    private func isAttachment(_ range: Range<Int>) -> Bool {
        guard let first = range.first, table.has(first, .preposition), wordCount(range) <= 8 else { return false }
        return !range.contains { table.has($0, [.auxiliary, .subjunctive, .subordinator]) || isFiniteVerbLike($0) }
    }

    /// Forms of `werden` that make a participle passive.
    static let passiveAuxiliaries = WordSet(["wird", "wurde", "wurden", "werden", "worden", "würde", "würden", "werde"])

    /// The phrase(s) in the prefield starting at `left`, when the prefield is a subject.
    private func prefieldSubject(from left: Int, finite: Int?, sentence: Range<Int>) -> [NounPhrase]? {
        var start = left
        while start < sentence.upperBound, table.has(start, .adverb), !table.has(start, [.pronoun, .determiner, .anaphoric, .preposition]) {
            start += 1
        }
        if let finite, start >= finite { return nil }
        // (`Von der Leyen betonte`: a name may open with a preposition.)
        let opensName = resolver.entities.mentionAt[start].map { resolver.entities.tokenRanges[$0].lowerBound == start } ?? false
        if !opensName && table.has(start, [.preposition, .subordinator]) || table.has(start, .anaphoric) && !isWord(start, "die")
            && (finite == nil || start + 1 == finite) && !isDemonstrativeSubject(start, finite: finite, sentence: sentence)
        {
            return nil
        }
        let limit = finite ?? clauseEnd(from: start, limit: sentence.upperBound)
        let phrases = chunker.conjuncts(at: start, limit: limit, entities: resolver.entities)
        // A single capitalised word right before the finite verb is its subject, known or not (`Modder nannte …`).
        if phrases.isEmpty, let finite, start + 1 == finite, table.isCapitalized(start), table.classes[start].isEmpty,
            !facts.looksAdverbial[start]
        {
            return [NounPhrase(tokens: start..<finite, modifiers: start..<start, head: start..<finite)]
        }
        return phrases.isEmpty ? nil : phrases
    }

    /// `Diese bestätigte, dass …`, `Dieser sagte später: …`: a demonstrative right before the finite
    /// verb is its subject when only lower-case words (adverbs) follow the verb before the comma or
    /// colon: no subject comes after it (in `Diese bestätigte der Sprecher` it is the object).
    private func isDemonstrativeSubject(_ start: Int, finite: Int?, sentence: Range<Int>) -> Bool {
        guard let finite, NounPhraseChunker.demonstrativePronouns.contains(table.lower[start]) else { return false }
        let boundary = clauseEnd(from: finite + 1, limit: sentence.upperBound)
        return boundary < sentence.upperBound && (table.isPunctuation(boundary, ",") || table.isPunctuation(boundary, ":"))
            && ((finite + 1)..<boundary).allSatisfy { table.isLowercase($0) && quotationAt[$0] == nil }
    }

    /// Whether a phrase's head word is a person's name or the phrase is `er`/`sie`
    /// (not `Patersons Entscheidung`, whose head is a noun).
    func isPersonHeaded(_ phrase: NounPhrase) -> Bool {
        if let pronoun = phrase.pronoun { return ["er", "sie"].contains(table.lower[pronoun]) }
        return phrase.headWord.flatMap { resolver.entities.mention(at: $0) }?.entity.type == .person
    }

    /// Whether the finite verb at `index` is in the plural (`haben`, `sind`, `sagten`), so a single
    /// person cannot be its subject.
    func isPluralVerb(_ index: Int) -> Bool {
        let word = table.lower[index]
        return word == "sind" || word.hasSuffix("en") && (table.has(index, .auxiliary) || table.isLowercase(index))
    }

    /// Whether a phrase names a person or is a personal pronoun.
    func isPersonLike(_ phrase: NounPhrase) -> Bool {
        if let pronoun = phrase.pronoun { return ["er", "sie"].contains(table.lower[pronoun]) }
        for token in phrase.head { if resolver.entities.mention(at: token)?.entity.type == .person { return true } }
        return false
    }

    /// Whether a phrase is two or more name words without an article (`Filep Karma`), known or not.
    func isBareName(_ phrase: NounPhrase) -> Bool {
        phrase.determiner.isEmpty && phrase.modifiers.isEmpty && phrase.head.count >= 2 && phrase.head.allSatisfy { facts.isNameLike[$0] }
    }

    /// Whether a phrase names a claim (`Die Äußerungen Hassemers`): its first head word is a claim noun.
    func isClaimPhrase(_ phrase: NounPhrase) -> Bool {
        phrase.head.first.map { word($0, isIn: .claimNoun) } ?? false
    }

    /// Whether a phrase's head is a name (of a person, body or country), not a common noun.
    func isNamed(_ phrase: NounPhrase) -> Bool {
        phrase.head.contains { resolver.entities.mention(at: $0)?.isName ?? false }
    }

    /// Whether a phrase starts like an object (`den`, `dem`, `einen`, `einem`, `diesen`, `diesem`).
    func isObjectLike(_ phrase: NounPhrase) -> Bool {
        ["den", "dem", "einen", "einem", "diesen", "diesem"].contains(table.lower[phrase.tokens.lowerBound])
    }

    /// The noun phrase that ends right before `end` (the antecedent of a relative clause).
    func antecedent(endingBefore end: Int, sentence: Range<Int>) -> NounPhrase? {
        var start = end - 1
        var best: NounPhrase?
        while start >= sentence.lowerBound, end - start <= 10 {
            if isClauseBoundary(start) { break }
            if let phrase = chunker.phrase(at: start, limit: end, entities: resolver.entities), phrase.tokens.upperBound == end {
                best = phrase
            }
            start -= 1
        }
        return best
    }

    /// Whether the region holds a negation outside quotations.
    func isNegated(_ range: Range<Int>) -> Bool {
        range.contains { table.has($0, .negation) && quotationAt[$0] == nil }
    }

    /// A region's span without leading and trailing punctuation (quotation marks kept).
    func trimmedSpan(_ range: Range<Int>) -> Span? {
        trimmedTokens(range).map { table.span($0.lowerBound, $0.upperBound) }
    }

    /// The first and last tokens of a region that are no punctuation, as ``trimmedSpan(_:)`` spans them.
    func trimmedTokens(_ range: Range<Int>) -> ClosedRange<Int>? {
        var first = range.lowerBound
        var last = range.upperBound - 1
        while first <= last, table.tokens[first].kind == .punctuation { first += 1 }
        while last >= first, table.tokens[last].kind == .punctuation { last -= 1 }
        guard first <= last else { return nil }
        return first...last
    }

    /// Whether token `index` is the word `word` (lower-cased, of letters): a token that is no word is told
    /// by its kinds, without its text made as a string to compare (~1,000 instructions a punctuation mark).
    @inline(__always)
    func isWord(_ index: Int, _ word: String) -> Bool {
        isWord(index) && table.lower[index] == word
    }

    /// Whether a range holds at least `count` word tokens (counted until there are as many).
    func hasWords(_ range: Range<Int>, atLeast count: Int) -> Bool {
        var found = 0
        for index in range where isWord(index) {
            found += 1
            if found >= count { return true }
        }
        return found >= count
    }

    /// The number of word tokens in a range.
    func wordCount(_ range: Range<Int>) -> Int {
        range.reduce(0) { $0 + (isWord($1) ? 1 : 0) }
    }
}
