import Lexicons
import NewsGraphModel

/// Finds noun phrases with a few German word-order facts, no parser:
/// an optional determiner, adjectives or numbers, a run of capitalised words
/// (nouns and names), then genitive attachments (`des Kremls`), a place for a
/// body (`in Seoul`), and an apposition set off by commas (`, Dmitry Peskov,`
/// or `, Chef des ...,`).
public struct NounPhraseChunker: Sendable {
    /// The document's token facts.
    public let facts: TokenFacts

    /// Determiners that open a genitive attachment after a noun.
    private static let genitiveDeterminers: Set<String> = [
        "des", "der", "eines", "einer", "seines", "seiner", "ihres", "ihrer", "dieses", "dieser", "unserer",
    ]

    /// Creates a chunker for a document.
    public init(facts: TokenFacts) {
        self.facts = facts
    }

    private var table: TokenTable { facts.table }

    /// Demonstratives that stand for a person named before (`dieser` for `er`, `diese` for `sie`).
    public static let demonstrativePronouns: Set<String> = ["dieser", "diese"]

    /// The noun phrase that starts at token `start` and ends before `limit`, or nil.
    public func phrase(at start: Int, limit: Int, entities: DocumentEntities) -> NounPhrase? {
        guard start >= 0, start < limit, limit <= table.count else { return nil }
        // A quoted name standing alone: `„Die Zeit“`.
        if table.isQuote(start), let quoted = quotedName(at: start, limit: limit) {
            return NounPhrase(tokens: quoted, modifiers: start..<start, head: quoted)
        }
        guard table.isWord(start) else { return nil }
        if table.has(start, .pronoun), facts.role[start] == nil, !table.isCapitalized(start) || facts.opensSentence(start) {
            let lower = table.lower[start]
            if lower == "er" || lower == "sie" || lower == "es" || lower == "man" || lower == "wir" || lower == "ich" {
                return NounPhrase(tokens: start..<(start + 1), modifiers: start..<start, head: start..<start, pronoun: start)
            }
        }
        // `Diese bestätigte, …`, `sagte dieser, …`: a demonstrative alone before a finite verb (not
        // `diese bestätigte Zahl`) or before punctuation refers back like `er` or `sie`.
        if traits(start).contains(.demonstrative),
            start + 1 >= table.count || !table.isWord(start + 1) && !table.isQuote(start + 1)
                || table.isLowercase(start + 1) && !(isModifier(start + 1) && start + 2 < table.count && table.isCapitalized(start + 2))
        {
            return NounPhrase(tokens: start..<(start + 1), modifiers: start..<start, head: start..<start, pronoun: start)
        }
        var index = start
        var determiner: WordClass = []
        if table.has(index, .determiner), !(facts.isNameLike[index] && table.isCapitalized(index) && !facts.opensSentence(index)) {
            determiner = table.classes[index].intersection(.determiner)
            index += 1
        }
        // `Mannheims oberster Bürgermeister`: a name in the genitive before an adjective stands as the determiner.
        if determiner.isEmpty, let mention = entities.mentionAt[index], entities.tokenRanges[mention].lowerBound == index,
            case let after = entities.tokenRanges[mention].upperBound, after + 1 < limit,
            table.lower[after - 1].utf8.last == UInt8(ascii: "s"), isModifier(after), table.isCapitalized(after + 1)
        {
            determiner = .possessive
            index = after
        }
        // `Einer der Feuerwehrmänner`, `Viele der Teilnehmer`: the determiner heads the phrase.
        if !determiner.isEmpty, index < limit, traits(index).contains(.genitiveDeterminer),
            let genitive = genitiveEnd(from: index, limit: limit, entities: entities)
        {
            return NounPhrase(tokens: start..<genitive, determiner: determiner, modifiers: start..<start, head: start..<index,
                genitive: index..<genitive)
        }
        // `einer am Montag veröffentlichten Mitteilung`: an attribute phrase before the adjective.
        if !determiner.isEmpty, let attributeEnd = participialAttributeEnd(from: index, limit: limit) { index = attributeEnd }
        let modifierStart = index
        while index < limit, isModifier(index) { index += 1 }
        let modifiers = modifierStart..<index
        let headStart = index
        // A quoted name: `die „Aktion Deutschland hilft“`.
        if !determiner.isEmpty || !modifiers.isEmpty, let quoted = quotedName(at: index, limit: limit) {
            return NounPhrase(tokens: start..<quoted.upperBound, determiner: determiner, modifiers: modifiers, head: quoted)
        }
        index = headEnd(from: index, limit: limit, entities: entities)
        // `der 81-jährige`: an adjective glued to a number heads the phrase.
        if index == headStart, !determiner.isEmpty, modifiers.count == 1, table.lower[modifiers.lowerBound].containsASCII(UInt8(ascii: "-")),
            table.text.scalars[table.tokens[modifiers.lowerBound].span.start].properties.numericType != nil
        {
            let head = modifiers.lowerBound..<headStart
            return NounPhrase(tokens: start..<headStart, determiner: determiner, modifiers: modifiers.lowerBound..<modifiers.lowerBound, head: head)
        }
        // After an article or adjective any capitalised word is a noun (`einer Pressemitteilung`).
        let introduced = !determiner.isEmpty || !modifiers.isEmpty
        guard index > headStart, introduced || isNounLike(index - 1, entities: entities), !table.has(index - 1, .time),
            // A sentence-opening word in front of a noun must itself be one (`Da Frauen …` is no phrase).
            index - headStart == 1 || !facts.opensSentence(headStart) || isNounLike(headStart, entities: entities)
        else { return nil }
        let head = headStart..<index
        var phrase = NounPhrase(tokens: start..<index, determiner: determiner, modifiers: modifiers, head: head)
        if let genitive = genitiveEnd(from: index, limit: limit, entities: entities), genitive > index {
            phrase.genitive = index..<genitive
            index = genitive
        }
        // `Eine Quelle aus dem ukrainischen Geheimdienst`, `Der Bürgermeister von Christchurch`.
        if let headWord = phrase.headWord, facts.role[headWord] != nil || facts.unnamedSource[headWord] != nil,
            let attachment = attachmentEnd(from: index, limit: limit, entities: entities)
        {
            phrase.genitive = (phrase.genitive?.lowerBound ?? index)..<attachment
            index = attachment
        }
        if let headWord = phrase.headWord, facts.institution[headWord] != nil, let place = placeEnd(from: index, limit: limit, entities: entities) {
            phrase.place = index..<place
            index = place
        }
        if let apposition = appositionRange(from: index, limit: limit, phrase: phrase, entities: entities) {
            phrase.apposition = apposition
            index = apposition.upperBound
        }
        phrase.tokens = start..<index
        return phrase
    }

    /// The phrases of a coordination starting at `start` (`Moskau und Pjöngjang`).
    public func conjuncts(at start: Int, limit: Int, entities: DocumentEntities) -> [NounPhrase] {
        guard let first = phrase(at: start, limit: limit, entities: entities) else { return [] }
        var phrases = [first]
        var index = first.tokens.upperBound
        // (The word read once: each `lower` read retains and releases it.)
        while index + 1 < limit, case let word = table.lower[index], word == "und" || word == "sowie" {
            guard let next = phrase(at: index + 1, limit: limit, entities: entities) else { break }
            phrases.append(next)
            index = next.tokens.upperBound
        }
        return phrases
    }

    /// Whether a capitalised word can head a noun phrase: a mention, a common
    /// noun, a role, body, unnamed-source or classifier noun, a name word in
    /// its position, an acronym or a time noun. (A sentence-opening adverb
    /// such as `Überraschend` is none of these.)
    public func isNounLike(_ index: Int, entities: DocumentEntities) -> Bool {
        if entities.mentionAt[index] != nil || facts.isCommonNoun[index] || facts.role[index] != nil { return true }
        if facts.institution[index] != nil || facts.unnamedSource[index] != nil || facts.classifier[index] != nil { return true }
        if facts.isNameWord(index) || table.has(index, .time) { return true }
        if facts.countryOfAdjective[index] != nil, !facts.opensSentence(index) { return true }
        return table.isAcronym(index)
    }

    /// Whether a word is an acronym (`ISW`, `CNN`): two or more letters, all capitals.
    public static func isAcronym(_ word: String) -> Bool {
        // (An ASCII word is told by its bytes: its only lower- and upper-case letters are a–z and A–Z.)
        if case let ascii?? = word.utf8.withContiguousStorageIfAvailable(isASCIIAcronym) { return ascii }
        var letters = 0
        for scalar in word.unicodeScalars {
            // (An ASCII scalar told by its value: its case properties, looked up, cost some 300 instructions.)
            if scalar.isASCII {
                if scalar.value &- 0x61 < 26 { return false }
                if scalar.value &- 0x41 < 26 { letters += 1 }
                continue
            }
            if scalar.properties.isLowercase { return false }
            if scalar.properties.isUppercase { letters += 1 }
        }
        return letters >= 2
    }

    /// ``isAcronym(_:)`` of a word's UTF-8, or nil when it is not all ASCII.
    private static func isASCIIAcronym(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        var letters = 0
        for byte in bytes {
            if byte >= 0x80 { return nil }
            if byte &- UInt8(ascii: "a") < 26 { return false }
            if byte &- UInt8(ascii: "A") < 26 { letters += 1 }
        }
        return letters >= 2
    }

    /// Whether token `index` can stand between a determiner and a head:
    /// an adjective, participle, number, or a country adjective.
    public func isModifier(_ index: Int) -> Bool {
        guard index < table.count else { return false }
        // (A token is a word exactly when its kind is `.word`.)
        guard table.isWord(index) else { return table.tokens[index].kind == .number }
        if facts.countryOfAdjective[index] != nil, table.isLowercase(index) || facts.opensSentence(index) {
            return index + 1 < table.count && table.isWord(index + 1)
        }
        let word = traits(index)
        // Coordinated adjectives: `arabische und iranische Medien`.
        if !word.isDisjoint(with: [.and, .or]) {
            return index > 0 && index + 1 < table.count && isModifier(index - 1) && isModifier(index + 1)
        }
        // `33-jährige`, `90-minütigen`: a number glued to an adjective.
        if word.isSuperset(of: [.startsWithNumber, .hyphenated]) {
            return word.contains(.adjectiveEnding)
        }
        guard table.isLowercase(index), table.classes[index].isDisjoint(with: [.preposition, .conjunction, .subordinator, .auxiliary, .negation, .pronoun, .determiner]) else {
            // A capitalised adjective opens a sentence: `Südkoreanische Geheimdienste`.
            if table.isCapitalized(index), facts.opensSentence(index), !facts.isCommonNoun[index], word.contains(.adjectiveEnding),
                index + 1 < table.count, table.isCapitalized(index + 1) || traits(index + 1).contains(.and)
            {
                return true
            }
            return false
        }
        return !word.isDisjoint(with: [.adjectiveEnding, .hyphenated])
    }

    /// Longest attribute phrase before a participle, in tokens.
    private static let longestAttribute = 6

    /// After a determiner, a short phrase without verbs or punctuation
    /// (`am Montag`, `von der Regierung`) that ends before a participle or
    /// adjective and a noun: where that adjective starts, or nil.
    private func participialAttributeEnd(from start: Int, limit: Int) -> Int? {
        guard start < limit, table.has(start, .preposition) else { return nil }
        var index = start + 1
        while index < limit, index - start <= Self.longestAttribute {
            guard table.isWord(index) || table.tokens[index].kind == .number else { return nil }
            if table.isLowercase(index), table.classes[index].isEmpty, traits(index).contains(.adjectiveEnding) {
                return index + 1 < limit && table.isCapitalized(index + 1) ? index : nil
            }
            guard table.isCapitalized(index) || table.has(index, [.determiner, .preposition]) || table.tokens[index].kind == .number
            else { return nil }
            index += 1
        }
        return nil
    }

    /// Whether a word ends like an inflected adjective (`-e`, `-en`, `-er`, `-es`, `-em`).
    public func hasAdjectiveEnding(_ lower: String) -> Bool { Self.hasAdjectiveEnding(lower) }

    /// ``hasAdjectiveEnding(_:)``.
    /// (Told by the last two bytes: the endings are ASCII, and no byte of a longer scalar is.)
    static func hasAdjectiveEnding(_ lower: String) -> Bool {
        let utf8 = lower.utf8
        guard let last = utf8.last else { return false }
        if last == UInt8(ascii: "e") { return true }
        guard last == UInt8(ascii: "n") || last == UInt8(ascii: "r") || last == UInt8(ascii: "s") || last == UInt8(ascii: "m"),
            utf8.count >= 2
        else { return false }
        return utf8[utf8.index(utf8.endIndex, offsetBy: -2)] == UInt8(ascii: "e")
    }

    /// What token `index` is to the chunker: for a word, read from the catalog, where it was worked out once.
    /// (Inlined: asked of most tokens a phrase passes, its call cost more than the read.)
    @inline(__always)
    private func traits(_ index: Int) -> WordTraits {
        table.isWord(index)
            ? table.withWord(index) { $0.pointee.phraseTraits } : WordTraits(form: table.forms[index], lower: table.lower[index])
    }

    /// What the chunker asks of a word, told by its normalised and lower-cased forms alone.
    struct WordTraits: OptionSet, Sendable {
        let rawValue: UInt8
        /// One of ``demonstrativePronouns``.
        static let demonstrative = WordTraits(rawValue: 1 << 0)
        /// A determiner that opens a genitive attachment (`des`, `einer`).
        static let genitiveDeterminer = WordTraits(rawValue: 1 << 1)
        /// `und`.
        static let and = WordTraits(rawValue: 1 << 2)
        /// `oder`.
        static let or = WordTraits(rawValue: 1 << 3)
        /// See ``hasAdjectiveEnding(_:)``.
        static let adjectiveEnding = WordTraits(rawValue: 1 << 4)
        /// It has a hyphen.
        static let hyphenated = WordTraits(rawValue: 1 << 5)
        /// Its first scalar is a digit or another numeric character.
        static let startsWithNumber = WordTraits(rawValue: 1 << 6)

        init(rawValue: UInt8) { self.rawValue = rawValue }

        /// The traits of a word (`lower`: `form` in lower case).
        init(form: String, lower: String) {
            var traits: WordTraits = []
            if NounPhraseChunker.demonstrativePronouns.contains(lower) { traits.insert(.demonstrative) }
            if NounPhraseChunker.genitiveDeterminers.contains(lower) { traits.insert(.genitiveDeterminer) }
            if lower == "und" { traits.insert(.and) }
            if lower == "oder" { traits.insert(.or) }
            if NounPhraseChunker.hasAdjectiveEnding(lower) { traits.insert(.adjectiveEnding) }
            if lower.containsASCII(UInt8(ascii: "-")) { traits.insert(.hyphenated) }
            if form.unicodeScalars.first?.properties.numericType != nil { traits.insert(.startsWithNumber) }
            self = traits
        }
    }

    /// A short quotation of capitalised words at `start` (with its marks), used as a name.
    private func quotedName(at start: Int, limit: Int) -> Range<Int>? {
        guard start + 2 < limit, table.isQuote(start), table.isCapitalized(start + 1) else { return nil }
        var index = start + 1
        while index < limit, index - start <= 6, table.isWord(index) { index += 1 }
        guard index < limit, table.isQuote(index) else { return nil }
        return start..<(index + 1)
    }

    /// The end of a run of capitalised words and names from `start`.
    private func headEnd(from start: Int, limit: Int, entities: DocumentEntities) -> Int {
        var index = start
        while index < limit, table.isWord(index) {
            if let mention = entities.mentionAt[index] {
                // `Auffassung Frankreichs`, `die Forderungen Berningers`: a genitive name after a noun is an attachment.
                if index > start, isGenitiveName(mention, at: index, entities: entities) { break }
                index = max(index + 1, entities.tokenRanges[mention].upperBound)
                continue
            }
            guard table.isCapitalized(index), facts.countryOfAdjective[index] == nil || facts.isCommonNoun[index] else { break }
            // `Such- und Rettungsagentur`: a truncated compound joined to the next noun by a conjunction.
            if index + 3 < limit, table.isPunctuation(index + 1, "-"), table.tokens[index].span.end == table.tokens[index + 1].span.start,
                table.has(index + 2, .conjunction), table.isCapitalized(index + 3)
            {
                index += 3
                continue
            }
            // A capitalised function word (sentence start) is no noun.
            if !table.classes[index].isEmpty, !facts.isCommonNoun[index], facts.role[index] == nil, !table.has(index, .time) {
                break
            }
            index += 1
        }
        return min(index, limit)
    }

    /// Whether the mention at `index` (inside a head run) is a name in the genitive after a common noun:
    /// written with an `-s` its entity's name lacks, after a noun that is no role, title or classifier.
    private func isGenitiveName(_ mention: Int, at index: Int, entities: DocumentEntities) -> Bool {
        let previous = index - 1
        guard facts.isCommonNoun[previous], facts.role[previous] == nil, facts.classifier[previous] == nil,
            entities.mentionAt[previous] == nil, entities.tokenRanges[mention].lowerBound == index
        else { return false }
        let surface = entities.mentions[mention].surface
        let name = entities.mentions[mention].entity.name
        return surface.hasSuffix("s") && !name.hasSuffix("s")
    }

    /// The end of genitive attachments from `start` (`des ukrainischen Militärgeheimdienstes`).
    private func genitiveEnd(from start: Int, limit: Int, entities: DocumentEntities) -> Int? {
        var index = start
        var end: Int?
        // A genitive name without article: `Angaben Ibrahims`, `Auffassung Österreichs`.
        if index < limit, let mention = entities.mentionAt[index], table.lower[index].hasSuffix("s"),
            entities.tokenRanges[mention].lowerBound == index
        {
            end = entities.tokenRanges[mention].upperBound
            index = entities.tokenRanges[mention].upperBound
        }
        while index < limit, table.isWord(index) {
            guard traits(index).contains(.genitiveDeterminer) else { break }
            var position = index + 1
            while position < limit, isModifier(position) { position += 1 }
            let headStart = position
            position = headEnd(from: position, limit: limit, entities: entities)
            guard position > headStart else { break }
            end = position
            index = position
        }
        return end
    }

    /// The end of an `aus`/`von` phrase after a role or source noun (`aus dem Geheimdienst`, `von Christchurch`).
    private func attachmentEnd(from start: Int, limit: Int, entities: DocumentEntities) -> Int? {
        guard start + 1 < limit, ["aus", "von", "vom"].contains(table.lower[start]) else { return nil }
        var index = start + 1
        if table.has(index, .determiner) { index += 1 }
        while index < limit, isModifier(index) { index += 1 }
        let headStart = index
        index = headEnd(from: index, limit: limit, entities: entities)
        guard index > headStart, isNounLike(index - 1, entities: entities) else { return nil }
        return genitiveEnd(from: index, limit: limit, entities: entities) ?? index
    }

    /// The end of `in X` after a body noun, when X is a named place or country.
    private func placeEnd(from start: Int, limit: Int, entities: DocumentEntities) -> Int? {
        guard start + 1 < limit, table.lower[start] == "in", let mention = entities.mentionAt[start + 1] else { return nil }
        let type = entities.mentions[mention].entity.type
        guard type == .location || type == .country else { return nil }
        return entities.tokenRanges[mention].upperBound
    }

    /// An apposition after a comma: a person's name after a role phrase, or a
    /// role phrase after a name; it ends before the closing comma.
    private func appositionRange(from start: Int, limit: Int, phrase: NounPhrase, entities: DocumentEntities) -> Range<Int>? {
        guard start + 1 < limit, table.isPunctuation(start, ","), let headWord = phrase.headWord else { return nil }
        let first = start + 1
        let headIsName = entities.mention(at: headWord).map { $0.entity.type == .person } ?? false
        if !headIsName, facts.role[headWord] != nil || facts.unnamedSource[headWord] != nil,
            let mention = entities.mentionAt[first], entities.mentions[mention].entity.type == .person
        {
            let end = entities.tokenRanges[mention].upperBound
            return end >= limit || table.isClauseBoundary(end) || table.isLowercase(end) ? first..<end : nil
        }
        if headIsName {
            var position = first
            if position < limit, table.has(position, .determiner) { position += 1 }
            while position < limit, isModifier(position) { position += 1 }
            guard position < limit, facts.role[position] != nil,
                let role = rolePhrase(at: first, limit: limit, entities: entities)
            else { return nil }
            let end = role.upperBound
            // A role apposition is closed by a comma (or ends the clause).
            return end >= limit || table.isPunctuation(end, ",") ? first..<end : nil
        }
        return nil
    }

    /// The extent of a role phrase used as an apposition (`Chef des ukrainischen Militärgeheimdienstes`).
    private func rolePhrase(at start: Int, limit: Int, entities: DocumentEntities) -> Range<Int>? {
        var index = start
        if table.has(index, .determiner) { index += 1 }
        while index < limit, isModifier(index) { index += 1 }
        guard index < limit, facts.role[index] != nil else { return nil }
        index += 1
        if let genitive = genitiveEnd(from: index, limit: limit, entities: entities) { index = genitive }
        return start..<index
    }
}
