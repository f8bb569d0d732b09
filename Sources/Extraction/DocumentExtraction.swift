import Entities
import Foundation
import GermanText
import Lexicons
import NewsGraphModel

/// The extractor's working state for one document: the analysed text, its
/// entity mentions, and the reports and edges found so far.
///
/// A class, used once per document: the rules call one another often, and a
/// struct of this size was copied whenever a mutating rule called a
/// non-mutating one.
///
/// The rules run in phases: quotations with their frames, verbs of saying
/// and denying, attribution phrases; then the speakers are resolved in text
/// order (so that role nouns and pronouns can prefer earlier speakers);
/// then continuations (quotations and subjunctive sentences after a report)
/// and deployments.
///
/// Its state is marked `@exclusivity(unchecked)`: one thread runs a document's rules, no rule starts
/// an access to a property while another access to it is under way (the compiler checks this within
/// each function), and the run-time check of each access (a call into the runtime for every token
/// the rules look at) cost about 3 % of extraction's instructions.
final class DocumentExtraction {
    let document: DocumentInfo
    /// The rule lexicons, shared by every document (held, not copied: a copy of the lexicon retains each of its tables).
    let words: RuleWords
    let table: TokenTable
    /// The rule lexicons each token's word is in (see ``RuleWords``).
    let wordKinds: [RuleWords.Kinds]
    /// What the speech-verb lexicon says of each token of the kind ``RuleWords/Kinds/speechVerb``, in text order.
    let speechForms: [VerbLexicon.VerbForm]
    let facts: TokenFacts
    let chunker: NounPhraseChunker
    @exclusivity(unchecked) var resolver: ReferentResolver
    /// For each token, the quotation (index into `text.quotations`) that holds it, marks included.
    let quotationAt: [Int?]
    /// For each token, whether a report already covers it.
    @exclusivity(unchecked) var claimed: [Bool]
    /// The reports found, in the order found.
    @exclusivity(unchecked) var reports: [SpeechReport] = []
    /// For each quotation (index into `text.quotations`), whether a frame has taken it (a flag a
    /// quotation: a set's table was grown and hashed for each).
    @exclusivity(unchecked) var usedQuotations: [Bool]
    /// For each token, whether a frame has taken it as its verb.
    @exclusivity(unchecked) var usedCues: [Bool]
    /// The deployment edges found.
    @exclusivity(unchecked) var deploymentEdges: [ExtractedEdge] = []
    /// The verbs of saying of the document, found once (see ``verbCue(at:in:insideQuotations:)``), in text order.
    @exclusivity(unchecked) var speechCues: [VerbCue] = []
    /// For each token, the index in ``speechCues`` of the verb of saying there, or -1: first tests
    /// read a number rather than copy cues, and tokens without a verb hold no cue.
    @exclusivity(unchecked) var speechCueAt: [Int32] = []
    /// The end of each sentence's words, found once (see ``contentEnd(of:)``).
    @exclusivity(unchecked) var sentenceContentEnds: [Int] = []
    /// For each sentence, the rule lexicons any of its words is in and the word classes any of them has:
    /// a rule whose readings all start at such a word passes over a sentence without one instead of
    /// testing each token (see also ``sentenceMayHold(_:_:_:)``).
    let sentenceWords: [(kinds: RuleWords.Kinds, classes: WordClass)]

    var text: AnalyzedText { table.text }
    /// The extraction word lists.
    var lexicon: ExtractionLexicon { words.lexicon }

    init(document: DocumentInfo, text: String, recognizer: EntityRecognizer, words: RuleWords) {
        self.document = document
        self.words = words
        let analyzed = AnalyzedText(text)
        let table = recognizer.table(for: analyzed)
        self.table = table
        let (wordKinds, speechForms) = words.kinds(of: table)
        (self.wordKinds, self.speechForms) = (wordKinds, speechForms)
        let facts = recognizer.facts(for: table)
        self.facts = facts
        self.chunker = NounPhraseChunker(facts: facts)
        self.resolver = ReferentResolver(facts: facts, entities: recognizer.recognize(facts), recognizer: recognizer)
        var quotationAt = [Int?](repeating: nil, count: table.count)
        for (index, quotation) in analyzed.quotations.enumerated() {
            let last = quotation.closingToken ?? max(quotation.openingToken, analyzed.tokenIndex(startingAtOrAfter: quotation.span.end) - 1)
            for token in quotation.openingToken...last where quotationAt[token] == nil { quotationAt[token] = index }
        }
        self.quotationAt = quotationAt
        usedQuotations = [Bool](repeating: false, count: analyzed.quotations.count)
        self.claimed = [Bool](repeating: false, count: table.count)
        self.usedCues = [Bool](repeating: false, count: table.count)
        // (Each sentence's unions made in locals, the token arrays read in place: this runs for every token.)
        let classes = table.classes
        sentenceWords = wordKinds.withUnsafeBufferPointer { wordKinds in
            classes.withUnsafeBufferPointer { classes in
                analyzed.sentences.map { sentence in
                    var words: (kinds: RuleWords.Kinds, classes: WordClass) = ([], [])
                    for token in sentence.tokens {
                        words.kinds.formUnion(wordKinds[token])
                        words.classes.formUnion(classes[token])
                    }
                    return words
                }
            }
        }
        sentenceContentEnds = analyzed.sentences.map { measuredContentEnd(of: $0.tokens) }
    }

    /// Runs every phase and returns the document's analysis.
    func run() -> DocumentAnalysis {
        // (Found with no cue known yet, as `verbCue` asks about its neighbours, then stored. Room made
        // once for a cue at every form of a verb of saying: grown from one, the list was copied as it grew.)
        var cues: [VerbCue] = []
        cues.reserveCapacity(speechForms.count)
        var cueAt = [Int32](repeating: -1, count: table.count)
        // (Each form's entry read from the rule words' memo: one lookup a form in a run, not one a token.)
        var nextForm = 0
        for index in 0..<table.count where wordKinds[index].contains(.speechVerb) {
            let form = speechForms[nextForm]
            nextForm += 1
            guard table.isLowercase(index) || facts.opensSentence(index), let cue = verbCue(at: index, in: lexicon.speechVerbs, form: form)
            else { continue }
            cueAt[index] = Int32(cues.count)
            cues.append(cue)
        }
        (speechCues, speechCueAt) = (cues, cueAt)
        findQuotationFrames()
        for sentence in text.sentences.indices {
            findVerbReports(in: sentence)
            findAttributions(in: sentence)
        }
        findReasonClauses()
        findDeniedClaimSources()
        resolveSpeakers()
        findContinuations()
        resolveSpeakers()
        placeContextSpeakers()
        findNestedQuotations()
        findLooseQuotations()
        findDeployments()
        var edges: [ExtractedEdge] = []
        edges.reserveCapacity(reports.count + deploymentEdges.count)
        for index in reports.indices { appendEdges(ofReport: index, to: &edges) }
        edges += deploymentEdges
        edges.sort(by: Self.isOrderedBefore)
        return DocumentAnalysis(document: document, mentions: resolver.takeSortedMentions(), edges: edges)
    }

    /// The order of a document's edges: by sentence, cue, type, then source (as the tuples of these compare,
    /// compared one after another: a tuple of both edges' fields copied each source for every comparison).
    private static func isOrderedBefore(_ first: ExtractedEdge, _ second: ExtractedEdge) -> Bool {
        if first.sentence.start != second.sentence.start { return first.sentence.start < second.sentence.start }
        let (firstCue, secondCue) = (first.cueSpan?.start ?? -1, second.cueSpan?.start ?? -1)
        if firstCue != secondCue { return firstCue < secondCue }
        if first.type != second.type { return first.type < second.type }
        return first.source < second.source
    }

    /// Whether an edge of `type` from `source` to the statement `content` tells what an edge among `edges`
    /// already tells: the same statement by the same speaker in the same words (a repeated headline) is one
    /// edge. (Asked before the edge is made, of its fields: a told edge makes no evidence or rule text. The
    /// few edges of a document are compared one by one: cheaper than hashing their speakers and statements.)
    private static func isTold(_ type: EdgeType, from source: EntityRef, _ content: String, in edges: [ExtractedEdge]) -> Bool {
        guard type != .deploys else { return false }
        // (An index loop: `contains(where:)` hands the closure a copy of each edge.)
        // (The speakers compared first: most names are short strings, compared in place.)
        for index in edges.indices where edges[index].type == type && edges[index].source == source {
            if case .statement(let told) = edges[index].target, told == content { return true }
        }
        return false
    }

    // MARK: - Reports

    /// The index of the first report that `matches`, the reports lent to it in turn
    /// (a predicate that tests several fields should test the type first, in a
    /// switch: an `||` over fields made the optimizer copy each report).
    func firstReport(where matches: (borrowing SpeechReport) -> Bool) -> Int? {
        reports.withUnsafeBufferPointer { reports in
            // (Read through the base address: measured cheaper than the array's subscript, which hands out copies.)
            guard let base = reports.baseAddress else { return nil }
            for index in reports.indices where matches(base[index]) { return index }
            return nil
        }
    }

    /// The index of the last report that `matches`, as in ``firstReport(where:)``.
    func lastReport(where matches: (borrowing SpeechReport) -> Bool) -> Int? {
        reports.withUnsafeBufferPointer { reports in
            guard let base = reports.baseAddress else { return nil }
            for index in reports.indices.reversed() where matches(base[index]) { return index }
            return nil
        }
    }

    /// The verb of saying at token `index`, if any.
    func speechCue(at index: Int) -> VerbCue? {
        hasSpeechCue(at: index) ? speechCues[Int(speechCueAt[index])] : nil
    }

    /// Whether a word of the sentence that holds all of `range` has one of `classes` or is in one of the
    /// lexicons `kinds`: false rules out every token of `range` at once. (True, to be tested token by
    /// token, when `range` is empty or not inside one sentence.)
    func sentenceMayHold(_ range: Range<Int>, _ classes: WordClass, _ kinds: RuleWords.Kinds = []) -> Bool {
        guard let first = range.first, case let sentence = table.sentenceOf[first],
            text.sentences[sentence].tokens.lowerBound <= first, range.upperBound <= text.sentences[sentence].tokens.upperBound
        else { return true }
        return !sentenceWords[sentence].classes.isDisjoint(with: classes) || !sentenceWords[sentence].kinds.isDisjoint(with: kinds)
    }

    /// Whether a verb of saying stands at token `index`.
    func hasSpeechCue(at index: Int) -> Bool {
        index >= 0 && index < speechCueAt.count && speechCueAt[index] >= 0
    }

    /// Whether a finite verb of saying stands at token `index`.
    func hasFiniteSpeechCue(at index: Int) -> Bool {
        // (Read from the cue: a flag a token was one more array a document.)
        hasSpeechCue(at: index) && speechCues[Int(speechCueAt[index])].isFinite
    }

    // MARK: - First tests, inlined into the loops over every token
    //
    // The loops over every token test inline, with the methods' own first
    // conditions, whether a method can find anything at a token before they
    // call it.

    /// Whether ``verbCue(at:in:insideQuotations:)`` may find a verb at token `index`: a word in lower case
    /// (or opening its sentence) with a form of the lexicon of verbs `verbs` names.
    @inline(__always)
    func mayBeVerbCue(at index: Int, _ verbs: RuleWords.Kinds) -> Bool {
        wordKinds[index].contains(verbs) && (table.isLowercase(index) || facts.opensSentence(index))
    }

    /// Whether token `index` is a word, told by its kinds (every word has some, other tokens none: see
    /// ``RuleWords/kinds(of:)``): an array read in place of a call into the table.
    @inline(__always)
    func isWord(_ index: Int) -> Bool {
        !wordKinds[index].isEmpty
    }

    /// Whether token `index` ends a clause (``TokenTable/isClauseBoundary(_:)``), told first by its
    /// kinds: a word never does, and the clause scans ask this of every token.
    @inline(__always)
    func isClauseBoundary(_ index: Int) -> Bool {
        !isWord(index) && table.isClauseBoundary(index)
    }

    /// Whether the word at token `index` is in one of the word lists `lists` (see ``RuleWords/Kinds``):
    /// a bit read, not the word's text hashed into each list.
    @inline(__always)
    func word(_ index: Int, isIn lists: RuleWords.Kinds) -> Bool {
        !wordKinds[index].isDisjoint(with: lists)
    }

    /// Whether an attribution phrase of the lexicon starts with the word at token `index`.
    @inline(__always)
    func mayStartAttributionPhrase(at index: Int) -> Bool {
        wordKinds[index].contains(.attributionStart)
    }

    /// Records a report and claims its tokens (the report moved into the list, not copied).
    func add(_ report: consuming SpeechReport) {
        for token in report.tokens { claimed[token] = true }
        // (Room for a document's usual reports made at the first: grown from one, the list was moved
        // into new memory some four times a document.)
        if reports.isEmpty { reports.reserveCapacity(Self.expectedReports) }
        reports.append(report)
    }

    /// How many reports the list has room for at first (a generated article has seven on average).
    private static let expectedReports = 8

    /// Resolves the speakers of reports not yet resolved, in text order.
    func resolveSpeakers() {
        // (The order made in temporary memory from each report's start and index, so reports that start
        // together keep the order found: an array of indices sorted through the report list was allocated
        // at each call, and each comparison read two reports.)
        withUnsafeTemporaryAllocation(of: (start: Int, index: Int).self, capacity: reports.count) { memory in
            var order = memory
            for index in reports.indices { order.initializeElement(at: index, to: (reports[index].contentSpan.start, index)) }
            order.sort { $0 < $1 }
            for (_, index) in order where reports[index].referents.isEmpty { resolveSpeaker(ofReport: index) }
        }
    }

    /// Resolves the speaker of report `index` (see ``resolveSpeakers()``) and notes who spoke.
    private func resolveSpeaker(ofReport index: Int) {
        switch reports[index].speaker {
        case .referent(let referent):
            reports[index].referents = [referent]
        case .phrases(let phrases):
            // (The resolver's arrays changed in place, the referents that cannot speak left out: a
            // report of one phrase, as most, makes no array of its own.)
            var referents: [Referent] = []
            for phrase in phrases {
                var found = resolver.referents(for: phrase)
                found.removeAll { !$0.entity.type.canSpeak }
                for position in found.indices { placeSpeaker(&found[position], of: phrase, alone: phrases.count == 1) }
                if referents.isEmpty { referents = found } else { referents += found }
            }
            reports[index].referents = referents
        case .previous(let token, let span):
            let start = table.tokens[token].span.start
            let floor = text.sentences[max(0, table.sentenceOf[token] - 2)].span.start
            let earlier = lastReport { $0.contentSpan.start < start && $0.contentSpan.start >= floor && !$0.referents.isEmpty }
            let entity = earlier.flatMap { reports[$0].referents.first?.entity } ?? EntityRef(.unnamedSource, table.forms[token])
            reports[index].referents = [Referent(entity: entity, span: span, tokens: token..<(token + 1), rule: "anaphoric adverb → last speaker")]
        case .impersonal:
            // `Nach einem Bericht der BBC seien … . Es werde geschätzt, dass …`: in the Konjunktiv I an
            // impersonal frame goes on reporting the speaker of the sentence before.
            if let previous = previousSpeaker(ofImpersonal: reports[index]) {
                reports[index].speaker = .referent(previous)
                reports[index].referents = [previous]
            }
        }
        // (By position: a loop over the referents copied each whole.)
        for position in reports[index].referents.indices { resolver.noteSpeaker(reports[index].referents[position].entity) }
    }

    /// Places the referent of a report's phrase where it speaks: `X, der sagte, …` at the relative pronoun; else
    /// over the whole phrase (`der Vorsitzende der Partei, Max Roth`), not only its name, when it is the report's
    /// only one. (Changed in place: a new referent retained the entity's name and the rule again.)
    private func placeSpeaker(_ referent: inout Referent, of phrase: NounPhrase, alone: Bool) {
        if let pronoun = phrase.relativePronoun {
            referent.span = table.tokens[pronoun].span
            referent.tokens = pronoun..<(pronoun + 1)
            referent.rule = String(joining: referent.rule, " (relative pronoun)")
            return
        }
        guard phrase.pronoun == nil, alone, let span = trimmedSpan(phrase.tokens) else { return }
        referent.span = span.union(referent.span)
    }

    /// The speaker of a report in the sentence before an impersonal frame whose verb is in the Konjunktiv I, if any.
    private func previousSpeaker(ofImpersonal report: SpeechReport) -> Referent? {
        guard let cue = report.cue else { return nil }
        let verb = text.tokenIndex(startingAtOrAfter: cue.start)
        guard verb < table.count, case let sentenceIndex = table.sentenceOf[verb], sentenceIndex > 0 else { return nil }
        let sentence = text.sentences[sentenceIndex].tokens
        let clause = clauseStart(before: verb, floor: sentence.lowerBound)..<clauseEnd(from: verb, limit: sentence.upperBound)
        guard isSubjunctive(clause, strict: true) else { return nil }
        let previous = text.sentences[sentenceIndex - 1].span
        guard let earlier = lastReport(where: {
            $0.type == .asserts && $0.contentSpan.end > previous.start && $0.contentSpan.end <= previous.end && !$0.referents.isEmpty
        }), let referent = reports[earlier].referents.first
        else { return nil }
        return Referent(entity: referent.entity, span: referent.span, tokens: referent.tokens,
            rule: String(joining: "impersonal in the subjunctive continues ", referent.rule))
    }

    /// How many sentences back the mention of a speaker taken from the context may stand.
    private static let mentionReach = 3

    /// Reports whose speaker comes from the context (continuations, free
    /// indirect speech) name it where it was last mentioned before the end of
    /// their content (in their own sentence if it is named there), within a
    /// few sentences.
    func placeContextSpeakers() {
        for index in reports.indices {
            guard case .referent = reports[index].speaker, let referent = reports[index].referents.first else { continue }
            let end = text.tokenIndex(startingAtOrAfter: reports[index].contentSpan.end)
            guard end > 0 else { continue }
            let floor = text.sentences[max(0, table.sentenceOf[end - 1] - Self.mentionReach)].tokens.lowerBound
            var position = end - 1
            while position >= floor {
                if let found = resolver.entities.mentionAt[position], resolver.entities.mentions[found].entity == referent.entity {
                    let tokens = resolver.entities.tokenRanges[found]
                    if tokens != referent.tokens {
                        reports[index].referents[0] = Referent(entity: referent.entity, span: resolver.entities.mentions[found].span,
                            tokens: tokens, rule: String(joining: referent.rule, ", nearest mention"))
                    }
                    break
                }
                position -= 1
            }
        }
    }

    /// Appends the edges of report `index` that `edges` does not tell yet (see ``isTold(_:from:_:in:)``): one per
    /// resolved speaker (one from an unnamed source when none is named). (The report's fields read where
    /// the list holds them: a report handed over was copied whole, each of its strings and arrays retained.)
    func appendEdges(ofReport index: Int, to edges: inout [ExtractedEdge]) {
        let content = statementText(reports[index].pieces)
        guard !content.isEmpty else { return }
        let (type, cue, contentSpan, form) = (reports[index].type, reports[index].cue, reports[index].contentSpan, reports[index].form)
        let contentStart = min(contentSpan.start, cue?.start ?? .max)
        let contentEnd = max(contentSpan.end, cue?.end ?? .min)
        if case .impersonal(let description) = reports[index].speaker {
            let source = EntityRef(.unnamedSource, description)
            guard !Self.isTold(type, from: source, content, in: edges) else { return }
            let sentence = sentenceSpan(from: contentStart, to: contentEnd)
            edges.append(ExtractedEdge(
                type: type, source: source, target: .statement(content),
                evidence: text.string(sentence), sentence: sentence, sourceSpan: nil, cueSpan: cue,
                contentSpan: contentSpan, form: form, rule: reports[index].rule.text(then: "; speaker: not named")))
            return
        }
        // (Each referent's fields read in place and the edge made in the list: a referent or edge copied
        // whole retained each of its strings, and released them again.)
        for position in reports[index].referents.indices {
            guard !Self.isTold(type, from: reports[index].referents[position].entity, content, in: edges) else { continue }
            let span = reports[index].referents[position].span
            let sentence = sentenceSpan(from: min(span.start, contentStart), to: max(span.end, contentEnd))
            edges.append(ExtractedEdge(
                type: type, source: reports[index].referents[position].entity, target: .statement(content),
                evidence: text.string(sentence), sentence: sentence, sourceSpan: span, cueSpan: cue, contentSpan: contentSpan,
                form: form, rule: reports[index].rule.text(then: "; speaker: ", reports[index].referents[position].rule)))
        }
    }

    /// The span of the sentences that hold the offsets from `start` to `end`.
    func sentenceSpan(from start: Int, to end: Int) -> Span {
        let sentences = text.sentences
        let first = text.sentenceIndex(containing: start) ?? 0
        // (The last sentence searched for only when the span reaches past the first: most lie in one.)
        let lastOffset = max(start, end - 1)
        let last = first + 1 < sentences.count && sentences[first + 1].span.start <= lastOffset
            ? text.sentenceIndex(containing: lastOffset) ?? first : first
        guard first < sentences.count, last < sentences.count else { return Span(start: start, end: end) }
        return sentences[first].span.union(sentences[last].span)
    }

    /// A statement's text: its pieces joined by a space.
    func statementText(_ pieces: [Span]) -> String {
        // (Most statements are one piece: its text as it is, without an array to join.)
        if pieces.count == 1 { return trimmedText(pieces[0]) }
        return pieces.map(trimmedText).filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The text of a span without white space at its ends (see ``trimmingWhitespace(_:)``). (A span whose end
    /// scalars, read in the text, are no white space, as most, is copied as it is: its string's ends were read again.)
    func trimmedText(_ span: Span) -> String {
        let scalars = text.scalars
        if span.start < span.end, span.end <= scalars.count, !Self.isWhitespace(scalars[span.start]), !Self.isWhitespace(scalars[span.end - 1]) {
            return text.string(span)
        }
        return Self.trimmingWhitespace(text.string(span))
    }

    /// The text without white space and line breaks at its ends, as
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` gives it. Text whose
    /// first and last scalars are no white space at all (most) is returned
    /// as it is: Foundation's call copies the whole text.
    static func trimmingWhitespace(_ text: String) -> String {
        // (Text with ASCII at both ends, as most, is told by its end bytes: cheaper than its end scalars.)
        if let first = text.utf8.first, let last = text.utf8.last, first < 0x80, last < 0x80 {
            let trimmed = isWhitespace(Unicode.Scalar(first)) || isWhitespace(Unicode.Scalar(last))
            return trimmed ? text.trimmingCharacters(in: .whitespacesAndNewlines) : text
        }
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last, !isWhitespace(first), !isWhitespace(last) else {
            return text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return text
    }

    /// Whether a scalar has the Unicode White_Space property (which every
    /// scalar of `CharacterSet.whitespacesAndNewlines` has).
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || (0x09...0x0D).contains(scalar.value) }
        return scalar.properties.isWhitespace
    }
}
