import Lexicons
import NewsGraphModel

/// Resolves the noun phrases that act in a document (speakers, deployers) to
/// entities, adding a mention for each one it resolves:
///
/// - a name in the phrase (head or apposition): that person, body or country;
/// - a pronoun (`er`, `sie`, `es`): the last fitting person or actor;
/// - a role noun alone (`der ukrainische Präsident`): the last person named
///   in that role whose affiliation agrees, preferring one who has spoken;
/// - a body noun in the singular with a definite article and a country, a
///   seat or a genitive country (`der südkoreanische Geheimdienst`, `das
///   Verteidigungsministerium in Seoul`): an Organization named from the
///   country adjective (`Südkoreanischer Geheimdienst`); without one, the
///   last body of that kind in the document;
/// - an unknown capitalised name: a person (an acronym: an organisation);
/// - anything else (`eine Quelle`, `europäische Beamte`, `ein Sprecher`): an
///   UnnamedSource with the phrase as description.
public struct ReferentResolver: Sendable {
    /// The document's token facts.
    public let facts: TokenFacts
    /// The recognizer (for its gazetteer and lexicon).
    public let recognizer: EntityRecognizer
    /// The document's mentions, growing as phrases are resolved.
    public private(set) var entities: DocumentEntities
    /// The bodies named so far, by canonical noun.
    private var bodies: [String: EntityRef] = [:]
    /// The speakers so far, each once. (A list: a document has a few, and a set's table, grown
    /// and hashed for each, cost more than comparing them.)
    private var speakers: [EntityRef] = []

    /// Creates a resolver for a document.
    public init(facts: TokenFacts, entities: DocumentEntities, recognizer: EntityRecognizer) {
        self.facts = facts
        self.entities = entities
        self.recognizer = recognizer
    }

    private var table: TokenTable { facts.table }

    /// Notes that an entity spoke: role nouns and pronouns prefer such persons.
    public mutating func noteSpeaker(_ entity: EntityRef) {
        guard !speakers.contains(entity) else { return }
        // (Room for a few at the first: grown from one, the list was copied at its second, third and fifth speaker.)
        if speakers.isEmpty { speakers.reserveCapacity(Self.expectedSpeakers) }
        speakers.append(entity)
    }

    /// How many speakers a document's list has room for at first.
    private static let expectedSpeakers = 8

    /// The mentions sorted by position, moved out of ``entities`` (left empty): for the end of a document.
    public mutating func takeSortedMentions() -> [Mention] { entities.takeSortedMentions() }

    /// Adds a mention found outside phrase resolution.
    public mutating func add(_ mention: consuming Mention, tokens: Range<Int>) {
        entities.add(mention, tokens: tokens)
    }

    /// The referents of a phrase: two for `beide Länder`, else at most one.
    public mutating func referents(for phrase: NounPhrase) -> [Referent] {
        guard let head = phrase.headWord, phrase.head.count == 1, phrase.genitive == nil,
            let plural = recognizer.stateNoun(table.lower[head])
        else { return referent(for: phrase).map { [$0] } ?? [] }
        let wanted = plural ? (phrase.determiner.contains(.quantifier) && table.lower[phrase.tokens.lowerBound].hasPrefix("beide") ? 2 : 0) : 1
        guard wanted > 0, !phrase.determiner.contains(.indefinite) else { return referent(for: phrase).map { [$0] } ?? [] }
        var found: [EntityRef] = []
        var position = phrase.tokens.lowerBound - 1
        while position >= 0, found.count < wanted {
            if let index = entities.mentionAt[position], !standsAsPlace(entities.tokenRanges[index].lowerBound),
                case let mention = entities.mentions[index], mention.isName, mention.entity.type == .country,
                !found.contains(mention.entity)
            {
                found.append(mention.entity)
            }
            position -= 1
        }
        guard found.count == wanted else { return referent(for: phrase).map { [$0] } ?? [] }
        let span = table.span(phrase.tokens.lowerBound, head)
        let rule = "state noun:\(table.forms[head]) → last \(wanted == 1 ? "Country" : "\(wanted) Countries")"
        return found.reversed().map { entity in
            entities.add(Mention(entity: entity, surface: table.text.string(span), span: span, isName: false, rule: rule),
                tokens: phrase.tokens.lowerBound..<(head + 1))
            return Referent(entity: entity, span: span, tokens: phrase.tokens.lowerBound..<(head + 1), rule: rule)
        }
    }

    /// The referent of a phrase, adding its mention when it is new.
    public mutating func referent(for phrase: NounPhrase) -> Referent? {
        guard let referent = resolve(phrase) else { return nil }
        // (The mention there compared in place: a copy of it retained each of its strings.)
        let isKnown = entities.mentionAt[referent.tokens.lowerBound].map {
            entities.mentions[$0].span == referent.span && entities.mentions[$0].entity == referent.entity
        } ?? false
        if !isKnown {
            // (The rule's first bytes compared: `hasPrefix` compares characters, some 2,500 instructions a call.)
            let isName = referent.entity.type != .unnamedSource && !referent.rule.utf8.starts(with: "role-noun".utf8)
                && !referent.rule.utf8.starts(with: "pronoun".utf8)
            entities.add(
                Mention(entity: referent.entity, surface: table.text.string(referent.span), span: referent.span,
                    isName: isName, rule: referent.rule),
                tokens: referent.tokens)
        }
        return referent
    }

    private mutating func resolve(_ phrase: NounPhrase) -> Referent? {
        if let pronoun = phrase.pronoun { return pronounReferent(pronoun) }
        guard let headWord = phrase.headWord else { return nil }
        // A person named in the head or the apposition.
        if let person = person(in: phrase.head) ?? phrase.apposition.flatMap(person(in:)) { return person }
        // `die Financial Times Deutschland`: a country right after a body's name is its edition or branch.
        if let index = entities.mentionAt[headWord], entities.mentions[index].entity.type == .country,
            case let start = entities.tokenRanges[index].lowerBound, start > phrase.head.lowerBound,
            let body = entities.mentionAt[start - 1], entities.mentions[body].entity.type == .organization,
            entities.mentions[body].span.end == table.tokens[start - 1].span.end  // not `NATO-Partnerland Südkorea`
        {
            let mention = entities.mentions[body]
            return Referent(entity: mention.entity, span: mention.span.union(entities.mentions[index].span),
                tokens: entities.tokenRanges[body].lowerBound..<entities.tokenRanges[index].upperBound, rule: mention.rule)
        }
        // A body or country named by the head word itself.
        if let index = entities.mentionAt[headWord] {
            let mention = entities.mentions[index]
            let tokens = entities.tokenRanges[index]
            let endsWithWord = mention.span.end == table.tokens[headWord].span.end
            if endsWithWord, mention.entity.type != .location {
                return Referent(entity: mention.entity, span: mention.span, tokens: tokens, rule: mention.rule)
            }
        }
        if let role = facts.role[headWord], !role.isTitle, phrase.head.count == 1 {
            return roleReferent(phrase, role: role)
        }
        if let institution = facts.institution[headWord], phrase.head.count == 1 {
            if let body = bodyReferent(phrase, institution: institution) { return body }
        }
        if facts.unnamedSource[headWord] == nil, phrase.determiner.isEmpty, phrase.modifiers.isEmpty,
            phrase.head.allSatisfy({ facts.isNameWord($0) || recognizer.isAcronym(table.forms[$0]) })
        {
            return nameReferent(phrase.head)
        }
        // `die NASA`, `der ADAC`: an acronym with its article names a body.
        if phrase.head.count == 1, phrase.modifiers.isEmpty, phrase.determiner.contains(.definite), recognizer.isAcronym(table.forms[headWord]) {
            return nameReferent(phrase.head)
        }
        return unnamed(phrase)
    }

    /// The first person named in a range of tokens (of the mentions inside it, in text order).
    private func person(in range: Range<Int>) -> Referent? {
        for token in range {
            guard let index = entities.mentionMet(at: token, in: range), entities.mentions[index].entity.type == .person else {
                continue
            }
            let mention = entities.mentions[index]
            return Referent(entity: mention.entity, span: mention.span, tokens: entities.tokenRanges[index], rule: mention.rule)
        }
        return nil
    }

    private mutating func pronounReferent(_ index: Int) -> Referent? {
        var lower = table.lower[index]
        // A possessive or dative (`seiner Meinung nach`, `ihm zufolge`, `Ihnen zufolge`) refers like its pronoun.
        // So does a demonstrative (`Dieser sagte`, `Diese bestätigte`).
        if lower.hasPrefix("sein") || lower == "ihm" || lower == "dieser" {
            lower = "er"
        } else if lower.hasPrefix("ihr") || lower == "ihnen" || lower == "diese" {
            lower = "sie"
        }
        let span = table.tokens[index].span
        let tokens = index..<(index + 1)
        switch lower {
        case "er":
            if let (person, _) = preferredPerson(before: index, gender: .masculine, role: nil, affiliation: nil) {
                return Referent(entity: person.entity, span: span, tokens: tokens, rule: "pronoun:er → last Person")
            }
        case "sie":
            if let (person, mention) = preferredPerson(before: index, gender: .feminine, role: nil, affiliation: nil),
                person.gender == .feminine, table.sentenceOf[index] - sentence(of: mention) <= 3
            {
                return Referent(entity: person.entity, span: span, tokens: tokens, rule: "pronoun:sie → last Person")
            }
            if let actor = preferredActor(before: index) ?? entities.lastActor(before: index, skipping: standsAsPlace) {
                return Referent(entity: actor.entity, span: span, tokens: tokens, rule: "pronoun:sie → last actor")
            }
        case "es":
            if let actor = preferredActor(before: index) ?? entities.lastActor(before: index), actor.entity.type == .country {
                return Referent(entity: actor.entity, span: span, tokens: tokens, rule: "pronoun:es → last Country")
            }
            return nil
        default:
            return nil
        }
        return Referent(entity: EntityRef(.unnamedSource, table.forms[index]), span: span, tokens: tokens, rule: "pronoun:\(lower) unresolved")
    }

    /// Whether the name starting at token `start` follows a preposition of place (`in der Ukraine`):
    /// where things happen, not who acts.
    private func standsAsPlace(_ start: Int) -> Bool {
        var before = start - 1
        while before >= 0, table.has(before, [.definite, .indefinite]) { before -= 1 }
        return before >= 0 && table.has(before, .locative)
    }

    /// The last country or body that has spoken, named in the last few sentences.
    private func preferredActor(before index: Int) -> Mention? {
        let floor = table.text.sentences[max(0, table.sentenceOf[min(index, table.count - 1)] - 3)].span.start
        var position = min(index, entities.mentionAt.count) - 1
        while position >= 0, table.tokens[position].span.start >= floor {
            if let found = entities.mentionAt[position] {
                let mention = entities.mentions[found]
                if mention.entity.type == .country || mention.entity.type == .organization, speakers.contains(mention.entity) {
                    return mention
                }
            }
            position -= 1
        }
        return nil
    }

    /// The sentence of a mention.
    private func sentence(of mention: Mention) -> Int {
        table.text.sentenceIndex(containing: mention.span.start) ?? 0
    }

    /// The last fitting person, preferring one who has spoken among those of the last few sentences.
    private func preferredPerson(before index: Int, gender: Gender, role: String?, affiliation: String?)
        -> (PersonRecord, Mention)?
    {
        guard let latest = entities.lastPerson(before: index, gender: gender, role: role, affiliation: affiliation) else {
            return nil
        }
        if speakers.contains(latest.person.entity) || role == nil { return latest }
        // A role noun alone: prefer an earlier person in that role who has spoken.
        var position = table.tokens.count
        for candidate in entities.mentions.indices.reversed() {
            let start = entities.tokenRanges[candidate].lowerBound
            guard start < index, start < position, entities.mentions[candidate].entity.type == .person,
                speakers.contains(entities.mentions[candidate].entity), let person = entities.persons[entities.mentions[candidate].entity.name]
            else { continue }
            let mention = entities.mentions[candidate]
            position = start
            if let role, person.roles.contains(role), person.gender.agrees(with: gender),
                affiliation == nil || person.affiliation == nil || person.affiliation == affiliation
            {
                return (person, mention)
            }
        }
        return latest
    }

    /// `der Präsident`, `der ukrainische Präsident`, `die Pentagon-Sprecherin`.
    private mutating func roleReferent(_ phrase: NounPhrase, role: RoleNoun) -> Referent? {
        guard let headWord = phrase.headWord else { return nil }
        let indefinite = phrase.determiner.contains(.indefinite) || phrase.determiner.contains(.quantifier)
        if !indefinite {
            let affiliation = phraseAffiliation(phrase)
            if let (person, _) = preferredPerson(before: phrase.tokens.lowerBound, gender: role.gender, role: role.role, affiliation: affiliation)
            {
                let span = table.span(phrase.core.lowerBound, headWord)
                return Referent(entity: person.entity, span: span, tokens: phrase.core, rule: String(joining: "role-noun:", role.role, " → last Person"))
            }
        }
        return unnamed(phrase)
    }

    /// The country or body a phrase's adjectives, compound or genitive name.
    private func phraseAffiliation(_ phrase: NounPhrase) -> String? {
        for index in phrase.modifiers {
            if let country = facts.countryOfAdjective[index] { return country }
        }
        if let headWord = phrase.headWord, let found = recognizer.affiliation(ofRoleAt: headWord, facts: facts, entities: entities) {
            return found
        }
        if let genitive = phrase.genitive {
            for (mention, _) in entities.mentions(in: genitive) where mention.entity.type != .person {
                return mention.entity.name
            }
        }
        return nil
    }

    /// `der südkoreanische Geheimdienst`, `das Verteidigungsministerium in Seoul`.
    private mutating func bodyReferent(_ phrase: NounPhrase, institution: Institution) -> Referent? {
        guard let headWord = phrase.headWord else { return nil }
        let plural = table.lower[headWord] != institution.canonical.lowercased() && table.lower[headWord].hasSuffix("e")
            && !institution.canonical.hasSuffix("e")
        guard !phrase.determiner.contains(.indefinite), !phrase.determiner.contains(.quantifier), !plural else { return nil }
        var country: String?
        var adjectiveCountry: String?
        for index in phrase.modifiers where facts.countryOfAdjective[index] != nil {
            adjectiveCountry = facts.countryOfAdjective[index]
        }
        country = adjectiveCountry
        var placeName: String?
        if let place = phrase.place, let mention = entities.mention(at: place.upperBound - 1) {
            let placeCountry = mention.entity.type == .country
                ? mention.entity.name : recognizer.gazetteer.lookup(mention.entity.name)?.capitalOf
            if let placeCountry, country == nil || country == placeCountry {
                country = placeCountry
            } else {
                placeName = mention.entity.name
            }
        }
        if country == nil, let genitive = phrase.genitive {
            country = entities.mentions(in: genitive).first { $0.mention.entity.type == .country }?.mention.entity.name
        }
        if country == nil { country = placeBefore(phrase) }
        let span = table.span(phrase.modifiers.lowerBound, (phrase.place ?? phrase.head).upperBound - 1)
        let tokens = phrase.modifiers.lowerBound..<(phrase.place ?? phrase.head).upperBound
        guard let country, let stem = recognizer.lexicon.countryAdjectives[country] else {
            if let known = bodies[institution.canonical] {
                return Referent(entity: known, span: span, tokens: tokens, rule: "body noun:\(institution.canonical) → last \(known.name)")
            }
            return nil
        }
        var name = stem.prefix(1).uppercased() + stem.dropFirst() + institution.gender.strongEnding + " " + institution.canonical
        if let placeName { name += " in \(placeName)" }
        let entity = EntityRef(.organization, name)
        bodies[institution.canonical] = entity
        return Referent(entity: entity, span: span, tokens: tokens, rule: "body noun:\(institution.canonical) of \(country)")
    }

    /// A capital as the place of the clause before a phrase (`In Moskau gab das Ministerium bekannt`).
    private func placeBefore(_ phrase: NounPhrase) -> String? {
        let sentence = table.sentenceRange(of: phrase.tokens.lowerBound)
        var index = phrase.tokens.lowerBound - 1
        while index > sentence.lowerBound, !table.isClauseBoundary(index) {
            if table.has(index - 1, .locative), let mention = entities.mention(at: index), mention.entity.type == .location,
                let state = recognizer.gazetteer.lookup(mention.entity.name)?.capitalOf
            {
                return state
            }
            index -= 1
        }
        return nil
    }

    /// An unknown name: a person, or an organisation when it is an acronym.
    private mutating func nameReferent(_ head: Range<Int>) -> Referent? {
        let first = head.lowerBound
        let last = head.upperBound - 1
        let span = table.span(first, last)
        let text = table.string(first, last)
        if head.count == 1, recognizer.isAcronym(text) {
            return Referent(entity: EntityRef(.organization, text), span: span, tokens: head, rule: "acronym as actor")
        }
        if head.count == 1, let known = entities.person(withPart: text) {
            return Referent(entity: known.entity, span: span, tokens: head, rule: "short form of \(known.name)")
        }
        let parts = head.flatMap { table.lower[$0].split(separator: "-").map(String.init) }
        entities.record(PersonRecord(name: text, parts: parts))
        return Referent(entity: EntityRef(.person, text), span: span, tokens: head, rule: "capitalised unknown word as actor")
    }

    /// An unnamed source described by the phrase (without a leading article).
    private func unnamed(_ phrase: NounPhrase) -> Referent {
        let start = phrase.determiner.contains(.definite) || phrase.determiner.contains(.indefinite)
            ? phrase.modifiers.lowerBound : phrase.tokens.lowerBound
        let end = (phrase.genitive ?? phrase.head).upperBound - 1
        let span = table.span(phrase.tokens.lowerBound, max(start, end))
        let description = table.string(start, max(start, end))
        return Referent(entity: EntityRef(.unnamedSource, description), span: span, tokens: phrase.tokens.lowerBound..<(end + 1),
            rule: "unnamed source")
    }
}
