import GermanText
import Lexicons
import NewsGraphModel

/// Finds the named entities of a document: gazetteer names (longest match),
/// names inside hyphenated compounds (`Pentagon-Sprecherin` → Pentagon),
/// capitals as places or, when they act, as their states (metonymy), names
/// after a role noun or title (`Verteidigungsminister Kim Yong-hyun`), after a
/// known first name (`Sabrina Singh`), in appositions (`Kyrylo Budanow, Chef
/// des ...`), after a name classifier (`die Nachrichtenagentur Yonhap`,
/// `die Region Kursk`), and later surname-only or genitive forms of a person
/// named in full (`Singh`, `Selenskyjs`).
///
/// How names are told from common nouns is described on ``TokenFacts``.
/// Roles, role nouns alone, pronouns and bodies named by a common noun are
/// resolved on demand by ``ReferentResolver``, because whether they refer
/// depends on the clause they stand in.
///
/// A class: each document's table, facts and resolver hold the recognizer, and
/// a copy of a struct holding the lexicons retained each of their tables.
public final class EntityRecognizer: Sendable {
    /// The names.
    public let gazetteer: Gazetteer
    /// Role nouns, function words and the other entity word lists.
    public let lexicon: EntityLexicon

    /// The words met so far, with what the lexicons say of them, shared by every copy and thread.
    private let catalog: WordCatalog

    /// The longest name a role or first-name rule takes, in tokens.
    static let maximumNameLength = 4

    /// Creates a recognizer.
    public init(gazetteer: Gazetteer = .shared, lexicon: EntityLexicon = .shared) {
        self.gazetteer = gazetteer
        self.lexicon = lexicon
        catalog = WordCatalog(lexicon: lexicon, gazetteer: gazetteer)
    }

    /// Whether a lower-cased word is a noun that refers back to states (`Land`, `Länder`), and
    /// then whether it is plural. (Asked here, of the recognizer's own lexicon: asked through a
    /// resolver, the lookup retained the shared table.)
    public func stateNoun(_ lower: String) -> Bool? {
        lexicon.stateNouns[lower]
    }

    /// The token table of a text, its words looked up in the words met so far.
    public func table(for text: AnalyzedText) -> TokenTable {
        TokenTable(text, catalog: catalog)
    }

    /// The lexical facts of a document's tokens.
    public func facts(for table: TokenTable) -> TokenFacts {
        TokenFacts(table: table, gazetteer: gazetteer, catalog: catalog)
    }

    /// The entity mentions of a document.
    public func recognize(_ facts: TokenFacts) -> DocumentEntities {
        let table = facts.table
        var entities = DocumentEntities(tokenCount: table.count)
        var index = 0
        while index < table.count {
            guard table.isWord(index), facts.mayOpenName(index) else {
                index += 1
                continue
            }
            if let next = matchName(at: index, facts: facts, into: &entities) {
                index = next
            } else {
                index += 1
            }
        }
        addAppositions(facts: facts, into: &entities)
        addShortForms(facts: facts, into: &entities)
        attachRoles(facts: facts, into: &entities)
        return entities
    }

    // MARK: - Rules at one position

    /// Tries the rules at `index`; returns the index after the mention found, or nil.
    private func matchName(at index: Int, facts: TokenFacts, into entities: inout DocumentEntities) -> Int? {
        let table = facts.table
        if let (entry, length) = acceptedGazetteerMatch(at: index, facts: facts) {
            let range = index..<(index + length)
            add(entryAt: entry, tokens: range, span: table.span(range.lowerBound, range.upperBound - 1), facts: facts, into: &entities)
            return range.upperBound
        }
        if let classified = matchAfterClassifier(at: index, facts: facts, into: &entities) { return classified }
        if table.withWord(index, { $0.pointee.hasHyphen }) { addCompoundParts(at: index, facts: facts, into: &entities) }
        if let role = facts.role[index], let end = nameEnd(after: index, facts: facts, requireCapital: true) {
            let range = (index + 1)..<end
            addPerson(range, facts: facts, rule: String(joining: "role-noun:", role.role, " + name"), into: &entities)
            return end
        }
        if facts.isFirstName[index], index + 1 < table.count, facts.isNameLike[index + 1] || isSurnameAfterFirstName(index + 1, facts: facts),
            acceptedGazetteerMatch(at: index + 1, facts: facts) == nil,
            let end = nameEnd(after: index, facts: facts, requireCapital: true)
        {
            addPerson(index..<end, facts: facts, rule: "first-name + capitalised word", into: &entities)
            return end
        }
        return nil
    }

    /// A gazetteer match at `index` that its context allows: ambiguous names
    /// (`Welt`, `X`) only in quotation marks or after a name classifier. The entry is
    /// its index in the facts' ``GazetteerMatches/entries`` (read in place: a copy retains its strings).
    func acceptedGazetteerMatch(at index: Int, facts: TokenFacts) -> (entry: Int, tokenCount: Int)? {
        let table = facts.table
        guard index < table.count, table.isWord(index), let (entry, length) = facts.gazetteerMatch.entryIndex(at: index) else {
            return nil
        }
        if facts.gazetteerMatch.entries[entry].isAmbiguous {
            let quoted = index > 0 && table.isQuote(index - 1) && index + length < table.count && table.isQuote(index + length)
            let classified = index > 0 && facts.classifier[index - 1] != nil
            guard quoted || classified else { return nil }
        }
        return (entry, length)
    }

    /// Adds the mention of the gazetteer entry at `entryIndex` (in the facts' ``GazetteerMatches/entries``);
    /// a capital is its state when it acts and a place otherwise.
    private func add(
        entryAt entryIndex: Int, tokens range: Range<Int>, span: Span, facts: TokenFacts, into entities: inout DocumentEntities
    ) {
        let table = facts.table
        let entries = facts.gazetteerMatch.entries
        let canonical = entries[entryIndex].canonical
        let surface = table.string(range.lowerBound, range.upperBound - 1)
        var entity = EntityRef(entries[entryIndex].type, canonical)
        var rule = entries[entryIndex].rule
        if let state = entries[entryIndex].capitalOf {
            let before = range.lowerBound - 1
            let afterPlacePreposition = before >= 0 && table.has(before, .locative)
            let afterClassifier = before >= 0 && facts.classifier[before] == .location
            if !afterPlacePreposition && !afterClassifier {
                entity = EntityRef(.country, state)
                rule = "metonymy: \(canonical) acting → \(state)"
            } else {
                entity = EntityRef(.location, canonical)
                rule = String(joining: entries[entryIndex].rule, " (place)")
            }
        }
        entities.add(Mention(entity: entity, surface: surface, span: span, rule: rule), tokens: range)
        if entity.type == .person {
            let parts = canonical.split(whereSeparator: { $0 == " " || $0 == "-" }).map { $0.lowercased() }
            entities.record(PersonRecord(name: canonical, parts: parts))
        }
    }

    /// `die Nachrichtenagentur Yonhap`, `die Region Kursk`, `das Dorf Tsukuryne`:
    /// the name after a classifier noun takes the classifier's type; for places
    /// the classifier is part of the mention (an alias: `Region Kursk`).
    private func matchAfterClassifier(at index: Int, facts: TokenFacts, into entities: inout DocumentEntities) -> Int? {
        let table = facts.table
        guard let type = facts.classifier[index], index + 1 < table.count else { return nil }
        let next = index + 1
        if let (entryIndex, length) = acceptedGazetteerMatch(at: next, facts: facts) {
            let entries = facts.gazetteerMatch.entries
            let entity = EntityRef(entries[entryIndex].type, entries[entryIndex].canonical)
            let start = entity.type == .location && type == .location ? index : next
            let range = start..<(next + length)
            if start == next {
                entities.add(
                    Mention(entity: entity, surface: table.string(next, next + length - 1),
                        span: table.span(next, next + length - 1), rule: entries[entryIndex].rule), tokens: range)
                return range.upperBound
            }
            // Keep the place entry as it is (no metonymy after a place noun).
            entities.add(
                Mention(entity: entity, surface: table.string(index, next + length - 1),
                    span: table.span(index, next + length - 1), rule: String(joining: entries[entryIndex].rule, " after ", table.forms[index])),
                tokens: range)
            return range.upperBound
        }
        // An unknown name: a name-like word, an acronym, or a quoted name.
        var first = next
        var quoted = false
        if table.isQuote(first), first + 1 < table.count {
            first += 1
            quoted = true
        }
        var end = first
        while end < table.count, end - first < Self.maximumNameLength, table.isWord(end),
            facts.isNameLike[end] || table.isAcronym(end) || (quoted && table.isCapitalized(end))
        {
            end += 1
        }
        guard end > first else { return nil }
        if quoted, !(end < table.count && table.isQuote(end)) { return nil }
        let name = table.string(first, end - 1)
        let start = type == .location ? index : first
        entities.add(
            Mention(entity: EntityRef(type, name), surface: table.string(start, end - 1), span: table.span(start, end - 1),
                rule: String(joining: "name after classifier ", table.forms[index])),
            tokens: start..<end)
        return quoted ? end + 1 : end
    }

    /// `Pentagon-Sprecherin`, `Nato-Generalsekretär`, `US-Präsident`, `Donezk-Region`:
    /// a gazetteer name as the first part(s) of a hyphenated compound.
    private func addCompoundParts(at index: Int, facts: TokenFacts, into entities: inout DocumentEntities) {
        let table = facts.table
        let form = table.forms[index]
        let parts = form.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 2 else { return }
        for length in stride(from: parts.count - 1, through: 1, by: -1) {
            let head = parts[0..<length].joined(separator: "-")
            guard let first = head.first, first.isUppercase, let entry = gazetteer.lookup(head), !entry.isAmbiguous else {
                continue
            }
            let token = table.tokens[index]
            let lastPart = String(parts[parts.count - 1])
            let placeCompound = lexicon.classifiers.match(lastPart.lowercased())?.value == .location
            let end = placeCompound ? token.span.end : token.span.start + head.unicodeScalars.count
            let span = Span(start: token.span.start, end: end)
            let type = entry.capitalOf != nil ? NodeType.location : entry.type
            entities.add(
                Mention(entity: EntityRef(type, entry.canonical), surface: table.text.string(span), span: span,
                    rule: String(joining: entry.rule, " in compound ", form)),
                tokens: index..<(index + 1))
            return
        }
    }

    // MARK: - Person names

    /// The end of a name of name-like words starting after `index`, or nil.
    func nameEnd(after index: Int, facts: TokenFacts, requireCapital: Bool) -> Int? {
        let table = facts.table
        var end = index + 1
        while end < table.count, end - index - 1 < Self.maximumNameLength, table.isWord(end),
            table.sentenceOf[end] == table.sentenceOf[index],
            facts.isNameLike[end] || isNameParticle(end, facts: facts) || isSurnameAfterFirstName(end, facts: facts)
        {
            if let match = acceptedGazetteerMatch(at: end, facts: facts), facts.gazetteerMatch.entries[match.entry].type != .person {
                break
            }
            end += 1
        }
        // A name does not end in a particle (`von`), and a single lower-case word is no name.
        while end > index + 1, !facts.isNameLike[end - 1], !isSurnameAfterFirstName(end - 1, facts: facts) { end -= 1 }
        guard end > index + 1 else { return nil }
        if requireCapital, !table.isCapitalized(index + 1) { return nil }
        return end
    }

    /// A capitalised common noun right after a known first name is a surname (`Maria Klein`, `Peter Lang`).
    private func isSurnameAfterFirstName(_ index: Int, facts: TokenFacts) -> Bool {
        index > 0 && facts.isFirstName[index - 1] && facts.table.isCapitalized(index) && facts.table.classes[index].isEmpty
            && facts.role[index] == nil && facts.countryOfAdjective[index] == nil && !facts.table.has(index, .time)
    }

    /// Lower-case name particles inside a name (`von`, `de`, `van`, `zu`) when a name word follows,
    /// also with an article after them (`Ursula von der Leyen`, `Rafael van der Vaart`).
    private func isNameParticle(_ index: Int, facts: TokenFacts) -> Bool {
        let table = facts.table
        let lower = table.lower[index]
        // (Particles and their articles are short: most words are told by their length, unhashed.)
        guard index > 0, index + 1 < table.count, lower.utf8.count <= Self.longestParticle else { return false }
        if Self.nameParticles.contains(lower) {
            guard facts.isNameLike[index - 1] else { return false }
            return facts.isNameLike[index + 1]
                || Self.nameParticleArticles.contains(table.lower[index + 1]) && index + 2 < table.count && facts.isNameLike[index + 2]
        }
        return Self.nameParticleArticles.contains(lower) && Self.nameParticles.contains(table.lower[index - 1])
            && index > 1 && facts.isNameLike[index - 2] && facts.isNameLike[index + 1]
    }

    /// Particles inside a person's name. (Lists, not sets: a word of three bytes or fewer is a small
    /// string, compared with each in two machine words, cheaper than hashing it.)
    private static let nameParticles: [String] = ["von", "van", "de", "da", "al", "bin", "zu", "di", "del", "du"]
    /// Articles that may follow a name particle (`von der`, `van den`, `de la`).
    private static let nameParticleArticles: [String] = ["der", "den", "dem", "la", "le"]
    /// The length in UTF-8 bytes of the longest particle or article.
    private static let longestParticle = (nameParticles + nameParticleArticles).map(\.utf8.count).max() ?? 0

    /// Adds a person mention over `range` and records the person.
    private func addPerson(_ range: Range<Int>, facts: TokenFacts, rule: String, into entities: inout DocumentEntities) {
        let table = facts.table
        let first = range.lowerBound
        let last = range.upperBound - 1
        let surface = table.string(first, last)
        var name = surface
        // A genitive -s on a single unknown name is no part of it (Budanows → Budanow).
        // (The suffix first: the look-up gathers the persons' parts.)
        if range.count == 1, name.hasSuffix("s"), let known = entities.person(withPart: String(name.dropLast())) {
            name = known.name
        }
        var parts: [String] = []
        parts.reserveCapacity(range.count)
        for index in first...last {
            let lower = table.lower[index]
            // (A word without a hyphen is one part: split by characters only when it has one.)
            if lower.containsASCII(UInt8(ascii: "-")) {
                parts += lower.split(separator: "-").map(String.init)
            } else if !lower.isEmpty {
                parts.append(lower)
            }
        }
        entities.add(
            Mention(entity: EntityRef(.person, name), surface: surface, span: table.span(first, last), rule: rule),
            tokens: range)
        entities.record(PersonRecord(name: name, parts: parts))
    }

    /// `Kyrylo Budanow, Chef des ...` and `Der Sprecher des Kremls, Dmitry Peskov,`:
    /// a run of name words next to a role noun across a comma is a person.
    private func addAppositions(facts: TokenFacts, into entities: inout DocumentEntities) {
        let table = facts.table
        for sentence in table.text.sentences {
            let tokens = sentence.tokens
            var index = tokens.lowerBound
            while index < tokens.upperBound {
                defer { index += 1 }
                // (Name-like words are few: told first.)
                guard facts.isNameLike[index], entities.mentionAt[index] == nil else { continue }
                var end = index
                while end < tokens.upperBound, end - index < Self.maximumNameLength, facts.isNameLike[end],
                    entities.mentionAt[end] == nil
                {
                    end += 1
                }
                let length = end - index
                let commaBefore = index > tokens.lowerBound && table.isPunctuation(index - 1, ",")
                let commaAfter = end < tokens.upperBound && table.isPunctuation(end, ",")
                // Name, (der) Role ...
                if length >= 2, commaAfter, roleFollows(end + 1, facts: facts) {
                    addPerson(index..<end, facts: facts, rule: "apposition: name, role", into: &entities)
                    index = end
                    continue
                }
                // ... Role (des X), Name,
                if commaBefore, commaAfter || end == tokens.upperBound || table.isLowercase(end),
                    roleNounBefore(index - 1, within: tokens, facts: facts)
                {
                    addPerson(index..<end, facts: facts, rule: "apposition: role, name", into: &entities)
                    index = end
                }
            }
        }
    }

    /// Whether a role noun (after an optional determiner and adjectives) starts at `index`.
    private func roleFollows(_ index: Int, facts: TokenFacts) -> Bool {
        var position = index
        let table = facts.table
        while position < table.count, position - index < 4, table.isWord(position),
            table.has(position, .determiner) || table.isLowercase(position)
        {
            position += 1
        }
        return position < table.count && facts.role[position] != nil
    }

    /// Whether a role noun stands in the phrase that ends before the comma at `comma`.
    private func roleNounBefore(_ comma: Int, within sentence: Range<Int>, facts: TokenFacts) -> Bool {
        var position = comma - 1
        let table = facts.table
        while position >= sentence.lowerBound, comma - position <= 6, !table.isClauseBoundary(position) {
            if let role = facts.role[position], !role.isTitle { return true }
            position -= 1
        }
        return false
    }

    /// Later surname-only and genitive forms of persons named in full (`Singh`, `Ruttes`).
    private func addShortForms(facts: TokenFacts, into entities: inout DocumentEntities) {
        let table = facts.table
        guard !entities.persons.isEmpty else { return }
        let persons = entities.personParts
        for index in 0..<table.count where table.isCapitalized(index) && entities.mentionAt[index] == nil {
            // (The word's strings read in place: a copy retains them.)
            guard let found = table.withWord(index, { Self.person(named: $0, in: persons) }) else { continue }
            let name = persons.name(at: found)
            entities.add(
                Mention(entity: EntityRef(.person, name), surface: table.forms[index], span: table.tokens[index].span,
                    rule: String(joining: "short form of ", name)),
                tokens: index..<(index + 1))
        }
    }

    /// Where in `persons` the person is whom a word names by one part (`Singh`), or by one part and
    /// a genitive `s` (`Ruttes`).
    @inline(__always)
    private static func person(named word: UnsafePointer<WordCatalog.Word>, in persons: PersonParts) -> Int? {
        let form = word.pointee.form
        let lowered = word.pointee.lower
        // (Most words have no part's length: told here, without a call.)
        let length = lowered.utf8.count
        if persons.hasPart(ofLength: length), let found = persons.index(withLoweredPart: lowered, key: word.pointee.lowerKey) {
            return found
        }
        // (The cheap tests first: a part one byte shorter, and the last byte of the lower-cased form,
        // read in place. `hasSuffix` compares characters, and a form that ends in `s` has a lower-cased
        // form that does, one byte longer than the lower-cased form without it.)
        guard persons.hasPart(ofLength: length - 1), lastByte(of: lowered) == UInt8(ascii: "s"),
            form.hasSuffix("s")
        else { return nil }
        return persons.index(withLoweredPart: String(form.dropLast()).lowercasedIfNeeded())
    }

    /// The last UTF-8 byte of a text (read in place).
    private static func lastByte(of text: String) -> UInt8? {
        text.utf8.withContiguousStorageIfAvailable { $0.last } ?? text.utf8.last
    }

    /// Records, for every person mention, the role, gender and affiliation
    /// written next to it: `der ukrainische Präsident X`, `Russlands Präsident X`,
    /// `US-Präsident X`, `Südkoreas Präsident, X,`, `X, Chef des ...`.
    private func attachRoles(facts: TokenFacts, into entities: inout DocumentEntities) {
        let table = facts.table
        // (By position: an iterator over the mentions would hold the array, and every change below would copy it.)
        for position in entities.mentions.indices where entities.mentions[position].entity.type == .person {
            let start = entities.tokenRanges[position].lowerBound
            let end = entities.tokenRanges[position].upperBound
            var roleIndex: Int?
            if start > 0, facts.role[start - 1] != nil {
                roleIndex = start - 1
            } else if start > 1, table.isPunctuation(start - 1, ","), facts.role[start - 2] != nil {
                roleIndex = start - 2
            } else if end + 1 < table.count, table.isPunctuation(end, ",") {
                var probe = end + 1
                while probe < table.count, probe - end < 4, table.has(probe, .determiner) || table.isLowercase(probe) {
                    probe += 1
                }
                if probe < table.count, facts.role[probe] != nil { roleIndex = probe }
            }
            guard let roleIndex, let role = facts.role[roleIndex] else { continue }
            let affiliation = affiliation(ofRoleAt: roleIndex, facts: facts, entities: entities)
            entities.record(
                role: role.isTitle ? nil : role.role, affiliation: affiliation, gender: role.gender,
                ofPersonNamed: entities.mentions[position].entity.name)
            if !role.isTitle { entities.setRole(table.forms[roleIndex], ofMentionAt: position) }
        }
    }

    /// The country or body a role belongs to: an adjective before it
    /// (`ukrainische`), a genitive name before it (`Russlands`), or the first
    /// part of the compound (`US-Präsident`, `Nato-Generalsekretär`).
    func affiliation(ofRoleAt index: Int, facts: TokenFacts, entities: DocumentEntities) -> String? {
        let table = facts.table
        if let part = entities.mention(at: index), part.span.start == table.tokens[index].span.start {
            return part.entity.name
        }
        if index > 0, let country = facts.countryOfAdjective[index - 1] { return country }
        if index > 0, let previous = entities.mention(at: index - 1), previous.entity.type == .country
            || previous.entity.type == .organization
        {
            return previous.entity.name
        }
        return nil
    }

    /// Whether a word is an acronym (`ISW`, `CNN`): two or more letters, all capitals.
    func isAcronym(_ word: String) -> Bool { NounPhraseChunker.isAcronym(word) }
}
