import Entities
import Lexicons
import NewsGraphModel

/// Deployments: verbs of sending (`entsenden`, `schicken`, `verlegen`,
/// `stationieren`) and of forces being present or trained abroad
/// (`ausbilden`, `sich befinden`), and nouns of deployment (`Entsendung`,
/// `Einsatz`, `Stationierung`, `Präsenz`), each with a unit noun (`Soldaten`).
///
/// The deployer is the subject of a verb of sending when it is a state or
/// body, else the country of the forces (`nordkoreanische Soldaten`, `Soldaten
/// aus Nordkorea`); a noun may also take the last deployer of the document.
/// Denied, negated, hypothetical and warned-against deployments give no edge,
/// nor does a later passing mention (a noun with no new number, direction or
/// `weitere`), nor a number already reported for the same deployer.
extension DocumentExtraction {
    /// One deployment as read from the text, before it becomes an edge.
    private struct DeploymentReading {
        var cue: Range<Int>
        var deployer: EntityRef
        var deployerSpan: Span?
        var unit: String?
        var quantity: (value: Int, approximate: Bool)?
        var destination: EntityRef?
        var hasDirection = false
        var isNoun: Bool
        var rule: String
    }

    func findDeployments() {
        var last: (deployer: EntityRef, sentence: Int)?
        // (Lists: a document has a few deployers and numbers, and a set's table, grown and hashed for
        // each, cost more than comparing them.)
        var deployed: [EntityRef] = []
        var quantities: [(deployer: EntityRef, value: Int)] = []
        // (Each reading starts at a verb or noun of deployment.)
        for sentenceIndex in text.sentences.indices where !sentenceWords[sentenceIndex].kinds.isDisjoint(with: [.deploymentVerb, .deploymentNoun]) {
            let sentence = text.sentences[sentenceIndex].tokens
            for index in sentence {
                var reading: DeploymentReading?
                if mayBeVerbCue(at: index, .deploymentVerb),
                    let cue = verbCue(at: index, in: lexicon.deploymentVerbs, insideQuotations: true)
                {
                    reading = verbDeployment(cue, sentence: sentence)
                } else if wordKinds[index].contains(.deploymentNoun), table.isCapitalized(index), let frames = lexicon.deploymentNouns.match(table.lower[index])?.value {
                    reading = nounDeployment(index, frames: frames, sentence: sentence, last: last?.deployer)
                }
                guard let reading, !isBlocked(reading.cue, sentence: sentence) else { continue }
                if reading.isNoun, deployed.contains(reading.deployer), reading.quantity == nil, !reading.hasDirection,
                    !isAdditional(reading.cue.lowerBound, sentence: sentence), !reading.rule.hasSuffix("presence")
                {
                    continue  // a passing mention of a deployment already stated
                }
                if let quantity = reading.quantity {
                    guard !quantities.contains(where: { $0.value == quantity.value && $0.deployer == reading.deployer }) else { continue }
                    quantities.append((reading.deployer, quantity.value))
                }
                if !deployed.contains(reading.deployer) { deployed.append(reading.deployer) }
                last = (reading.deployer, sentenceIndex)
                deploymentEdges.append(edge(for: reading))
            }
        }
    }

    // MARK: - Readings

    /// `Pjöngjang schickt 3.000 Soldaten nach Russland`, `12.000 nordkoreanische
    /// Soldaten sollen nach Russland entsandt werden`, `Infanteristen aus
    /// Nordkorea werden im Osten Russlands ausgebildet`.
    private func verbDeployment(_ cue: VerbCue, sentence: Range<Int>) -> DeploymentReading? {
        let left = clauseStart(before: cue.verb, floor: sentence.lowerBound)
        let right = clauseEnd(from: cue.lastToken + 1, limit: sentence.upperBound)
        // Forces that are present stand in the verb's clause, or before a relative clause (`Soldaten, die … trainiert werden`).
        let widen = cue.frames.contains(.sends) || table.has(left, .relative)
        guard let (unitIndex, unitNoun, unitQuantity) = unitToken(in: left..<right) ?? (widen ? unitToken(in: unitWindow(before: left, sentence: sentence)) : nil)
        else {
            return nil
        }
        let nationality = self.nationality(ofUnitAt: unitIndex, sentence: sentence)
        var deployer = nationality
        var isPresence = false
        if cue.frames.contains(.sends), let actor = sendingActor(cue, left: left, sentence: sentence) {
            deployer = actor
        } else if cue.frames.contains(.presence) {
            isPresence = true
        }
        guard let deployer else { return nil }
        // (The rule made once a reading is sure, in one allocation.)
        let rule = String(joining: "deployment-verb:", cue.lemma, isPresence ? " presence" : "")
        let destination = self.destination(in: cue.verb < unitIndex ? cue.verb..<right : min(unitIndex, cue.verb)..<right, excluding: deployer.entity)
        return DeploymentReading(
            cue: cue.verb..<(cue.lastToken + 1), deployer: deployer.entity, deployerSpan: deployer.span,
            unit: unitNoun.unit, quantity: unitQuantity,
            destination: destination, isNoun: false, rule: rule)
    }

    /// `die Entsendung von nordkoreanischem Personal in die …`, `die Präsenz
    /// nordkoreanischer Soldaten`, `der Truppeneinsatz`, `einer weiteren Stationierung regulärer Truppen`.
    private func nounDeployment(_ index: Int, frames: VerbFrames, sentence: Range<Int>, last: EntityRef?) -> DeploymentReading? {
        // `einer solchen Entsendung`, `diese Stationierung`: a mention of one already told.
        if index > sentence.lowerBound, table.has(index - 1, .demonstrative) || table.lower[index - 1].hasPrefix("solch") { return nil }
        let right = clauseEnd(from: index + 1, limit: sentence.upperBound)
        var after = index + 1
        if after < right, ["von", "vom"].contains(table.lower[after]) { after += 1 }
        let window = after..<min(right, after + 6)
        let found = unitToken(in: window)
        let unitIndex = found?.index
        // `der Truppeneinsatz`: a noun that names its forces needs no unit after it.
        guard unitIndex != nil || frames.contains(.forces) else { return nil }
        var deployer = unitIndex.flatMap { nationality(ofUnitAt: $0, sentence: sentence) }
        if deployer == nil, let mention = resolver.entities.mention(at: index + 1), mention.isName,
            mention.entity.type == .country || mention.entity.type == .organization
        {
            deployer = (mention.entity, mention.span)  // `der Einsatz Nordkoreas`
        }
        if deployer == nil, let last { deployer = (last, nil) }
        guard let deployer else { return nil }
        let direction = directionPhrase(in: (unitIndex ?? index)..<right)
        return DeploymentReading(
            cue: index..<(index + 1), deployer: deployer.entity, deployerSpan: deployer.span,
            unit: found?.unit.unit,
            quantity: found.flatMap(\.quantity),
            destination: direction.flatMap { destination(in: $0, excluding: deployer.entity) }, hasDirection: direction != nil,
            isNoun: true, rule: "deployment-noun:\(table.forms[index])\(frames.contains(.presence) ? " presence" : "")")
    }

    // MARK: - Parts

    /// The first unit noun in a range (a number before it preferred), with the unit and its quantity
    /// (each looked up once here, not again by the caller).
    private func unitToken(in range: Range<Int>) -> (index: Int, unit: UnitNoun, quantity: (value: Int, approximate: Bool)?)? {
        var first: (index: Int, unit: UnitNoun)?
        for index in range where index < table.count {
            guard let noun = unit(at: index) else { continue }
            if let quantity = quantity(forUnitAt: index, noun: noun, sentence: sentenceRange(of: index)) { return (index, noun, quantity) }
            if first == nil { first = (index, noun) }
        }
        return first.map { ($0.index, $0.unit, nil) }
    }

    /// The unit noun at a token.
    private func unit(at index: Int) -> UnitNoun? {
        guard table.isCapitalized(index) else { return nil }
        return words.unit(table.lower[index])
    }

    /// Where units may stand for a verb whose own clause has none: the clauses
    /// before it back to the sentence start or a `dass`.
    private func unitWindow(before left: Int, sentence: Range<Int>) -> Range<Int> {
        var start = left
        var steps = 0
        while start > sentence.lowerBound, steps < 3, table.isPunctuation(start - 1, ",") {
            start = clauseStart(before: start - 1, floor: sentence.lowerBound)
            steps += 1
            if table.has(start, .subordinator) { break }
        }
        return start..<left
    }

    /// The number of the unit noun `noun` at token `index`: before it, or inside a formation (`vier Brigaden mit 12.000 Soldaten`).
    private func quantity(forUnitAt index: Int, noun: UnitNoun, sentence: Range<Int>) -> (value: Int, approximate: Bool)? {
        let reader = QuantityReader(table: table, wordKinds: wordKinds, numberWords: lexicon.numberWords, hedges: lexicon.hedges)
        if noun.isFormation, index + 3 < sentence.upperBound, table.lower[index + 1] == "mit",
            let inner = (index + 2..<min(sentence.upperBound, index + 6)).first(where: { unit(at: $0) != nil }),
            let found = reader.quantity(before: inner, floor: index + 2, isModifier: chunker.isModifier)
        {
            return (found.value, found.approximate)
        }
        return reader.quantity(before: index, floor: sentence.lowerBound, isModifier: chunker.isModifier)
            .map { ($0.value, $0.approximate) }
    }

    /// The country of the forces: `nordkoreanische Soldaten`, `Soldaten aus Nordkorea`, `Truppen der DVRK`.
    private func nationality(ofUnitAt index: Int, sentence: Range<Int>) -> (entity: EntityRef, span: Span?)? {
        var position = index - 1
        while position >= sentence.lowerBound, position >= index - 4, chunker.isModifier(position) || table.tokens[position].kind == .number {
            if let country = facts.countryOfAdjective[position] {
                return (EntityRef(.country, country), table.tokens[position].span)
            }
            position -= 1
        }
        if index + 2 < sentence.upperBound, ["aus", "der", "des"].contains(table.lower[index + 1]),
            let mention = resolver.entities.mention(at: index + 2), mention.entity.type == .country
        {
            return (mention.entity, mention.span)
        }
        return nil
    }

    /// The state or body that sends: the subject of the verb (or of the clause
    /// an infinitive depends on), when it is a country or organisation.
    private func sendingActor(_ cue: VerbCue, left: Int, sentence: Range<Int>) -> (entity: EntityRef, span: Span?)? {
        var phrases = subject(of: cue, clauseStart: left, sentence: sentence)
        if phrases == nil, left > sentence.lowerBound, table.isPunctuation(left - 1, ",") {
            // `Nordkorea plant, Soldaten zu entsenden`: the subject of the clause before.
            let start = skipAdverbials(from: clauseStart(before: left - 1, floor: sentence.lowerBound), limit: left - 1)
            phrases = chunker.phrase(at: start, limit: left - 1, entities: resolver.entities).map { [$0] }
        }
        if let phrase = phrases?.first, let head = phrase.headWord, unit(at: head) != nil || facts.unnamedSource[head] != nil {
            phrases = nil  // the forces themselves are the subject (a passive or an infinitive)
        }
        if phrases == nil, left > sentence.lowerBound, table.isPunctuation(left - 1, ","), cue.verb > left, table.lower[cue.verb - 1] == "zu" {
            let start = skipAdverbials(from: clauseStart(before: left - 1, floor: sentence.lowerBound), limit: left - 1)
            phrases = chunker.phrase(at: start, limit: left - 1, entities: resolver.entities).map { [$0] }
        }
        guard let phrase = phrases?.first, let referent = resolver.referent(for: phrase) else { return nil }
        switch referent.entity.type {
        case .country, .organization:
            return (referent.entity, referent.span)
        case .person:
            guard let affiliation = resolver.entities.persons[referent.entity.name]?.affiliation,
                let entry = resolver.recognizer.gazetteer.lookup(affiliation), entry.type == .country
            else { return nil }
            return (EntityRef(.country, entry.canonical), referent.span)
        default:
            return nil
        }
    }

    /// The first direction phrase in a range: `nach X`, `in die X`, `an die Front`, `in X`.
    private func directionPhrase(in range: Range<Int>) -> Range<Int>? {
        for index in range where index + 1 < range.upperBound {
            let lower = table.lower[index]
            if lower == "nach" || (lower == "in" || lower == "an") && ["die", "den", "das"].contains(table.lower[index + 1]) {
                return index..<range.upperBound
            }
        }
        return nil
    }

    /// The named place or country a place phrase in a range leads to:
    /// `nach Russland`, `in die Ukraine`, `in der Region Kursk`, `im Osten Russlands`, `in Russlands Osten`.
    private func destination(in range: Range<Int>, excluding deployer: EntityRef) -> EntityRef? {
        for index in range where table.has(index, .locative) && !["von", "vom", "aus", "ab", "vor", "um", "bis", "durch", "über"].contains(table.lower[index]) {
            var position = index + 1
            var steps = 0
            while position < range.upperBound, steps < 5 {
                if let mention = resolver.entities.mention(at: position), mention.entity.type == .country || mention.entity.type == .location,
                    mention.entity != deployer
                {
                    if mention.entity.type == .location, let state = resolver.recognizer.gazetteer.lookup(mention.entity.name)?.capitalOf,
                        state == deployer.name
                    {
                        return nil
                    }
                    return mention.entity
                }
                guard table.has(position, .determiner) || chunker.isModifier(position) || table.isCapitalized(position) else { break }
                position += 1
                steps += 1
            }
        }
        return nil
    }

    /// Whether a deployment is denied, negated, hypothetical or warned against.
    private func isBlocked(_ cue: Range<Int>, sentence: Range<Int>) -> Bool {
        let start = table.tokens[cue.lowerBound].span.start
        if firstReport(where: { Self.isReport($0, of: .denies, covering: start) }) != nil { return true }
        let prefix = sentence.lowerBound..<cue.lowerBound
        let clause = clauseStart(before: cue.lowerBound, floor: sentence.lowerBound)..<clauseEnd(from: cue.lowerBound, limit: sentence.upperBound)
        // `Er bestätigte nicht, dass …`: a negated frame; `nicht nur …, sondern` negates nothing.
        func negates(_ index: Int) -> Bool {
            table.has(index, .negation) && !(index + 1 < table.count && table.lower[index + 1] == "nur")
        }
        if clause.contains(where: negates) { return true }
        if let first = clause.first, first > sentence.lowerBound, table.has(first, .subordinator) || table.has(first, .relative),
            clauseStart(before: first - 1, floor: sentence.lowerBound)..<(first - 1) ~= first - 2,
            (clauseStart(before: first - 1, floor: sentence.lowerBound)..<(first - 1)).contains(where: negates)
        {
            return true
        }
        let first = (sentence.lowerBound..<sentence.upperBound).first { isWord($0) } ?? sentence.lowerBound
        if table.has(first, .hypothetical) || prefix.contains(where: { table.has($0, .hypothetical) && clause.contains($0) }) { return true }
        // `warnte vor dem Einsatz …`
        var position = cue.lowerBound - 1
        while position >= sentence.lowerBound, cue.lowerBound - position <= 4, table.has(position, .determiner) || chunker.isModifier(position) {
            position -= 1
        }
        if position >= sentence.lowerBound, table.lower[position] == "vor",
            sentence.contains(where: { speechCue(at: $0)?.lemma == "warnen" })
        {
            return true
        }
        return false
    }

    /// Whether the noun is marked as an additional deployment (`weitere`, `zusätzliche`).
    private func isAdditional(_ index: Int, sentence: Range<Int>) -> Bool {
        var position = index - 1
        while position >= sentence.lowerBound, index - position <= 3, chunker.isModifier(position) {
            if table.lower[position].hasPrefix("weiter") || table.lower[position].hasPrefix("zusätzlich") { return true }
            position -= 1
        }
        return false
    }

    /// Whether a report is of `type` and its content holds the offset `offset`. (The type tested in a
    /// switch: with `==` and `&&` the optimizer copied each report tested.)
    private static func isReport(_ report: borrowing SpeechReport, of type: EdgeType, covering offset: Int) -> Bool {
        switch (report.type, type) {
        case (.asserts, .asserts), (.denies, .denies), (.deploys, .deploys):
            return report.contentSpan.start <= offset && offset < report.contentSpan.end
        default:
            return false
        }
    }

    /// The edge of a reading: to its destination, or to the Statement it was reported in or read from.
    private func edge(for reading: DeploymentReading) -> ExtractedEdge {
        let cueSpan = table.span(reading.cue.lowerBound, reading.cue.upperBound - 1)
        // (The claim read where it is: a copy of the report was one of all its parts.)
        let claim = firstReport { Self.isReport($0, of: .asserts, covering: cueSpan.start) }
        let claimant = claim.flatMap { reports[$0].referents.first?.entity }
        let sentenceIndex = table.sentenceOf[reading.cue.lowerBound]
        let sentence = text.sentences[sentenceIndex]
        let target: EdgeTarget
        if let destination = reading.destination {
            target = .entity(destination)
        } else if let claim {
            target = .statement(statementText(reports[claim].pieces))
        } else {
            target = .statement(trimmedText(trimmedSpan(sentence.tokens.lowerBound..<contentEnd(of: sentence.tokens)) ?? sentence.span))
        }
        let deployment = Deployment(
            quantity: reading.quantity?.value, approximate: reading.quantity?.approximate ?? false, unit: reading.unit,
            destination: reading.destination?.name, claimedBy: claimant?.type == .unnamedSource ? nil : claimant?.name)
        let evidence = sentenceSpan(
            from: min(cueSpan.start, reading.deployerSpan?.start ?? .max), to: max(cueSpan.end, reading.deployerSpan?.end ?? .min))
        return ExtractedEdge(
            type: .deploys, source: reading.deployer, target: target, evidence: text.string(evidence), sentence: evidence,
            sourceSpan: reading.deployerSpan, cueSpan: cueSpan, deployment: deployment,
            rule: claimant.map { String(joining: reading.rule, "; claimed by ", $0.name) } ?? reading.rule)
    }
}
