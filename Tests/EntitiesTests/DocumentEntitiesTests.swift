import NewsGraphModel
import Testing

@testable import Entities

/// The lookups of a document's mentions, where later mentions overlap earlier ones (a token keeps
/// the mention that covered it first, so a mention may cover tokens apart from each other).
@Suite struct DocumentEntitiesTests {
    static func mention(_ name: String, _ type: NodeType = .person, isName: Bool = true) -> Mention {
        Mention(entity: EntityRef(type, name), surface: name, span: Span(start: 0, end: 0), isName: isName, rule: "test")
    }

    /// Ten tokens: A over 2..<4, B over 1..<6 (so B covers 1, 4 and 5), C over 7..<8, D over 6..<9
    /// (covering 6 and 8), E over 3..<5 (covering nothing).
    static func entities() -> DocumentEntities {
        var entities = DocumentEntities(tokenCount: 10)
        entities.add(mention("A"), tokens: 2..<4)
        entities.add(mention("B", .organization), tokens: 1..<6)
        entities.add(mention("C"), tokens: 7..<8)
        entities.add(mention("D", .country), tokens: 6..<9)
        entities.add(mention("E"), tokens: 3..<5)
        return entities
    }

    /// The definition: walking through the range, each mention once, where first met, when it starts inside.
    static func reference(_ entities: DocumentEntities, _ range: Range<Int>) -> [String] {
        var seen = Set<Int>()
        var found: [String] = []
        for token in range {
            guard let index = entities.mentionAt[token], !seen.contains(index) else { continue }
            seen.insert(index)
            if range.contains(entities.tokenRanges[index].lowerBound) { found.append(entities.mentions[index].entity.name) }
        }
        return found
    }

    @Test func mentionsInARangeFollowTheDefinition() {
        let entities = Self.entities()
        for start in 0...10 {
            for end in start...10 {
                let found = entities.mentions(in: start..<end).map(\.mention.entity.name)
                #expect(found == Self.reference(entities, start..<end), "\(start)..<\(end)")
            }
        }
        #expect(entities.mentions(in: 0..<10).map(\.mention.entity.name) == ["B", "A", "D", "C"])
        #expect(entities.mentions(in: 2..<10).map(\.mention.entity.name) == ["A", "D", "C"])
    }

    /// The mentions sorted by position, then by entity; taken out, they leave the table empty.
    @Test func sortedMentionsAreTakenOutInTextOrder() {
        var entities = DocumentEntities(tokenCount: 4)
        let spans = [Span(start: 5, end: 9), Span(start: 0, end: 3), Span(start: 5, end: 9)]
        for (index, (name, span)) in zip(["Zoe", "Ada", "Bea"], spans).enumerated() {
            entities.add(Mention(entity: EntityRef(.person, name), surface: name, span: span, rule: "test"), tokens: index..<(index + 1))
        }
        #expect(entities.sortedMentions.map(\.entity.name) == ["Ada", "Bea", "Zoe"])
        #expect(entities.takeSortedMentions().map(\.entity.name) == ["Ada", "Bea", "Zoe"])
        #expect(entities.mentions.isEmpty && entities.mentionAt.isEmpty)
    }

    /// The last fitting person before a token, over mentions met in pieces.
    @Test func lastPersonPassesOverMentionsInPieces() {
        var entities = Self.entities()
        entities.record(PersonRecord(name: "A", parts: ["a"], gender: .feminine))
        entities.record(PersonRecord(name: "C", parts: ["c"], affiliation: "X", gender: .masculine))
        #expect(entities.lastPerson(before: 10)?.person.name == "C")
        #expect(entities.lastPerson(before: 7)?.person.name == "A")
        #expect(entities.lastPerson(before: 10, gender: .feminine)?.person.name == "A")
        #expect(entities.lastPerson(before: 10, affiliation: "Y")?.person.name == "A")
        // (A person without affiliation stands in, with its own mention, when no one has the one asked for.)
        #expect(entities.lastPerson(before: 10, affiliation: "Y")?.mention.entity.name == "A")
        #expect(entities.lastPerson(before: 10, affiliation: "X")?.person.name == "C")
        #expect(entities.lastPerson(before: 2) == nil)
        #expect(entities.lastPerson(before: 10, role: "Präsident") == nil)
    }

    /// A person recorded again keeps the first affiliation and known gender and gains the new roles.
    @Test func recordingAPersonAgainMergesTheRecords() {
        var entities = DocumentEntities(tokenCount: 0)
        entities.record(PersonRecord(name: "Jörg Weiß", parts: ["jörg", "weiß"], roles: ["Sprecher"]))
        entities.record(PersonRecord(name: "Jörg Weiß", parts: [], roles: ["Minister"], affiliation: "Österreich", gender: .masculine))
        entities.record(PersonRecord(name: "Jörg Weiß", parts: [], roles: ["Sprecher"], affiliation: "Ungarn", gender: .feminine))
        let person = entities.persons["Jörg Weiß"]
        #expect(person?.parts == ["jörg", "weiß"])
        #expect(person?.roles == ["Sprecher", "Minister"])
        #expect(person?.affiliation == "Österreich")
        #expect(person?.gender == .masculine)
        #expect(entities.persons.count == 1)
    }
}
