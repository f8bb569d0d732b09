import Lexicons
import NewsGraphModel

/// The entity mentions of one document, with the lookups coreference needs:
/// which mention covers a token, and the last fitting person or actor before
/// a position.
public struct DocumentEntities: Sendable {
    /// The mentions, in text order.
    public private(set) var mentions: [Mention] = []
    /// The token range of each mention.
    public private(set) var tokenRanges: [Range<Int>] = []
    /// For each token, the index of the mention that covers it.
    public private(set) var mentionAt: [Int?]
    /// The persons named in the document, by name.
    public private(set) var persons: [String: PersonRecord] = [:]

    /// Creates an empty table for a document of `tokenCount` tokens.
    public init(tokenCount: Int) {
        mentionAt = [Int?](repeating: nil, count: tokenCount)
        // (An empty table, as a taken one is left, allocates nothing.)
        guard tokenCount > 0 else { return }
        // (News text has about one mention in sixteen tokens: room for twice that spares the lists
        // growing, and moving, five times in a document.)
        mentions.reserveCapacity(tokenCount / 8)
        tokenRanges.reserveCapacity(tokenCount / 8)
        // (Most documents name a few persons: room for them spares the table growing, and each
        // growth's hashing again, on the first and the second one.)
        persons.reserveCapacity(Self.expectedPersons)
    }

    /// How many persons a document is expected to name, at most.
    private static let expectedPersons = 8

    /// Adds a mention over tokens `range`; tokens already covered keep their mention.
    /// (`consuming`: a mention made for the call moves into the list without a copy.)
    public mutating func add(_ mention: consuming Mention, tokens range: Range<Int>) {
        let index = mentions.count
        mentions.append(mention)
        tokenRanges.append(range)
        for token in range where mentionAt[token] == nil { mentionAt[token] = index }
    }

    /// Sets the role written next to the mention at `position` (in ``mentions``).
    public mutating func setRole(_ role: String, ofMentionAt position: Int) {
        guard position < mentions.count else { return }
        mentions[position].role = role
    }

    /// Records what a role, title or affiliation next to a person's name tells.
    /// (`consuming`: a record made for the call is stored without a copy.)
    public mutating func record(_ person: consuming PersonRecord) {
        // (The known record is changed in place: a copy of it shared its roles, which adding to then
        // copied. A new one is moved in; the look-up again costs less than the copy a default value made.)
        if let known = persons.index(forKey: person.name) {
            persons.values[known].merge(person)
        } else {
            persons[person.name] = person
        }
    }

    /// Records a role (none for a title), affiliation and gender written next to a person's name, as
    /// ``record(_:)`` of a record with only these does, without making that record's set of roles.
    mutating func record(role: String?, affiliation: String?, gender: Gender, ofPersonNamed name: String) {
        persons[name, default: PersonRecord(name: name, parts: [])].merge(role: role, affiliation: affiliation, gender: gender)
    }

    /// The mention covering token `index`, if any.
    public func mention(at index: Int) -> Mention? {
        guard index >= 0, index < mentionAt.count, let found = mentionAt[index] else { return nil }
        return mentions[found]
    }

    /// The mentions whose tokens lie inside `range`, in text order.
    public func mentions(in range: Range<Int>) -> [(mention: Mention, tokens: Range<Int>)] {
        var found: [(Mention, Range<Int>)] = []
        for token in range {
            if let index = mentionMet(at: token, in: range) { found.append((mentions[index], tokenRanges[index])) }
        }
        return found
    }

    /// The index of the mention that a walk through `range` meets first at token `token`: the one
    /// covering the token, when it starts inside `range` and covers no token before this one.
    /// (A mention covers only tokens of its own range, so that is a short look back, without a set.)
    func mentionMet(at token: Int, in range: Range<Int>) -> Int? {
        guard let index = mentionAt[token], range.contains(tokenRanges[index].lowerBound) else { return nil }
        var before = tokenRanges[index].lowerBound
        while before < token, mentionAt[before] != index { before += 1 }
        return before == token ? index : nil
    }

    /// The person a single name part (a surname, or a family name written
    /// first) refers to, when exactly one person of the document has it
    /// (so the order the persons are visited in does not matter).
    public func person(withPart part: String) -> PersonRecord? {
        PersonParts(persons).person(withPart: part)
    }

    /// The persons' first and last name parts, for many lookups of ``person(withPart:)`` in a row.
    public var personParts: PersonParts { PersonParts(persons) }

    /// The last person named before token `index` who fits: gender, role
    /// (a role head such as `Präsident`) and affiliation, where given. A
    /// person whose affiliation is unknown fits any affiliation only when no
    /// person with the asked affiliation exists.
    public func lastPerson(before index: Int, gender: Gender = .unknown, role: String? = nil, affiliation: String? = nil)
        -> (person: PersonRecord, mention: Mention)?
    {
        // (The weak fit is kept as a mention index: a found pair held across the loop was copied at every token.)
        var weak: Int?
        var position = min(index, mentionAt.count) - 1
        // (A mention met again gives what it gave the first time, so only runs of its tokens are passed over.)
        var last: Int?
        while position >= 0 {
            let token = position
            position -= 1
            guard let found = mentionAt[token], found != last else { continue }
            last = found
            // (The record is read where it is kept: only the one returned is copied.)
            guard mentions[found].entity.type == .person, mentions[found].isName,
                let record = persons.index(forKey: mentions[found].entity.name),
                persons.values[record].gender.agrees(with: gender)
            else { continue }
            if let role, !persons.values[record].roles.contains(role) { continue }
            if let affiliation, persons.values[record].affiliation != affiliation {
                if persons.values[record].affiliation == nil, weak == nil { weak = found }
                continue
            }
            return (persons.values[record], mentions[found])
        }
        return weak.flatMap { found in persons[mentions[found].entity.name].map { ($0, mentions[found]) } }
    }

    /// The last named actor (a country or organisation) before token `index`, passing over
    /// mentions whose first token `isPlace` says stands as a place (`in Deutschland`).
    public func lastActor(before index: Int, skipping isPlace: (Int) -> Bool = { _ in false }) -> Mention? {
        var position = min(index, mentionAt.count) - 1
        while position >= 0 {
            if let found = mentionAt[position], !isPlace(tokenRanges[found].lowerBound) {
                let mention = mentions[found]
                if mention.isName, mention.entity.type == .country || mention.entity.type == .organization {
                    return mention
                }
            }
            position -= 1
        }
        return nil
    }

    /// The mentions sorted by position (and then by entity, for determinism).
    public var sortedMentions: [Mention] {
        var copy = self
        return copy.takeSortedMentions()
    }

    /// ``sortedMentions``, moved out: the table is left empty. (For the end of a document: a sorted
    /// copy retains every string of every mention.)
    public mutating func takeSortedMentions() -> [Mention] {
        var taken: [Mention] = []
        swap(&taken, &mentions)
        self = DocumentEntities(tokenCount: 0)
        taken.sort { ($0.span, $0.entity) < ($1.span, $1.entity) }
        return taken
    }
}

/// The persons of a document named with more than one part, by their first
/// and last parts: what ``DocumentEntities/person(withPart:)`` looks through.
public struct PersonParts: Sendable {
    /// The document's persons by name (shared with the document, not copied).
    private let records: [String: PersonRecord]
    /// The persons named with more than one part, in the order of ``records``.
    private let named: [Named]
    /// Bit `n` (`n` below 63, or 63 for any longer) is set when some first or last part has `n` UTF-8 bytes.
    private let partLengths: UInt64
    /// Whether every part has a ``WordCatalog/plainKey(of:)``: then parts are told by their keys first.
    private let plain: Bool

    /// A person named with more than one part.
    private struct Named {
        /// Where the person's record is in ``PersonParts/records``.
        var record: Dictionary<String, PersonRecord>.Index
        /// The first part.
        var first: String
        /// The last part.
        var last: String
        /// The ``WordCatalog/plainKey(of:)`` of ``first`` (0 when it has none).
        var firstKey: UInt64
        /// The ``WordCatalog/plainKey(of:)`` of ``last`` (0 when it has none).
        var lastKey: UInt64
    }

    init(_ persons: [String: PersonRecord]) {
        // (One pass and one list: the records stay in the document's table.)
        var named: [Named] = []
        named.reserveCapacity(persons.count)
        var partLengths: UInt64 = 0
        var plain = true
        for record in persons.indices where persons.values[record].parts.count > 1 {
            let parts = persons.values[record].parts
            let first = parts[0]
            let last = parts[parts.count - 1]
            partLengths |= Self.lengthBit(first.utf8.count) | Self.lengthBit(last.utf8.count)
            let firstKey = WordCatalog.plainKey(of: first)
            let lastKey = WordCatalog.plainKey(of: last)
            if firstKey == nil || lastKey == nil { plain = false }
            named.append(Named(record: record, first: first, last: last, firstKey: firstKey ?? 0, lastKey: lastKey ?? 0))
        }
        records = persons
        self.named = named
        self.partLengths = partLengths
        self.plain = plain
    }

    /// The bit of ``partLengths`` for a part of `length` bytes.
    private static func lengthBit(_ length: Int) -> UInt64 { 1 << UInt64(min(max(length, 0), 63)) }

    /// Whether a first or last part may have `length` UTF-8 bytes (false: none has; told without comparing strings).
    @inline(__always)
    func hasPart(ofLength length: Int) -> Bool { partLengths & Self.lengthBit(length) != 0 }

    /// The only person with this first or last part (in any case), or nil.
    public func person(withPart part: String) -> PersonRecord? {
        named.isEmpty ? nil : person(withLoweredPart: part.lowercasedIfNeeded())
    }

    /// ``person(withPart:)`` of a part in lower case.
    public func person(withLoweredPart lowered: String) -> PersonRecord? {
        index(withLoweredPart: lowered).map { self[$0] }
    }

    /// Where among the persons ``person(withLoweredPart:)`` is (a number, so that a miss copies no record).
    func index(withLoweredPart lowered: String) -> Int? {
        // (Parts of another length are told apart without comparing strings.)
        let length = lowered.utf8.count
        // (Most words have no part's length: told by one bit.)
        guard hasPart(ofLength: length) else { return nil }
        var match: Int?
        for index in named.indices
        where named[index].last.utf8.count == length && named[index].last == lowered
            || named[index].first.utf8.count == length && named[index].first == lowered
        {
            if match != nil { return nil }
            match = index
        }
        return match
    }

    /// ``index(withLoweredPart:)`` of a part whose ``WordCatalog/plainKey(of:)`` is `key`: with every
    /// part plain, a part is compared only when its key is the same.
    func index(withLoweredPart lowered: String, key: UInt64?) -> Int? {
        guard plain, let key else { return index(withLoweredPart: lowered) }
        var match: Int?
        for index in named.indices
        where named[index].lastKey == key && named[index].last == lowered
            || named[index].firstKey == key && named[index].first == lowered
        {
            if match != nil { return nil }
            match = index
        }
        return match
    }

    /// The person at an index ``index(withLoweredPart:)`` gave.
    subscript(index: Int) -> PersonRecord { records.values[named[index].record] }

    /// The name of the person at an index ``index(withLoweredPart:)`` gave.
    func name(at index: Int) -> String { records.keys[named[index].record] }
}
