import Entities
import NewsGraphModel
import Testing

@Suite struct ReferentResolverTests {
    @Test func bodyWithCountryAdjectiveIsAnOrganization() throws {
        let referent = try #require(EntityFixture.referent(of: "der südkoreanische", in: "Gestern erklärte der südkoreanische Geheimdienst das."))
        #expect(referent.entity == EntityRef(.organization, "Südkoreanischer Geheimdienst"))
        #expect(referent.span == EntityFixture.span(of: "südkoreanische Geheimdienst", in: "Gestern erklärte der südkoreanische Geheimdienst das."))
    }

    @Test func bodyInACapitalTakesTheCountry() throws {
        let text = "Das Verteidigungsministerium in Seoul teilte mit, es gebe Hinweise."
        let referent = try #require(EntityFixture.referent(of: "Das Verteidigungsministerium", in: text))
        #expect(referent.entity == EntityRef(.organization, "Südkoreanisches Verteidigungsministerium"))
    }

    @Test func roleNounWithQualifierMustAgree() throws {
        let text = "Der ukrainische Präsident Wolodymyr Selenskyj traf Russlands Präsident Wladimir Putin. Der ukrainische Präsident sagte nichts."
        let referent = try #require(EntityFixture.referent(of: "Der ukrainische Präsident", in: text, occurrence: 2))
        #expect(referent.entity == EntityRef(.person, "Wolodymyr Selenskyj"))
        #expect(referent.rule.hasPrefix("role-noun"))
    }

    @Test func indefiniteRoleIsAnUnnamedSource() throws {
        let referent = try #require(EntityFixture.referent(of: "Ein Sprecher", in: "Ein Sprecher der Polizei sagte das."))
        #expect(referent.entity.type == .unnamedSource)
        #expect(referent.entity.name == "Sprecher der Polizei")
    }

    /// A role noun alone prefers an earlier person in that role who has spoken (noted once or more)
    /// to the last one named.
    @Test func roleNounPrefersAPersonWhoHasSpoken() throws {
        let text = "Präsident Karl Huber kam. Präsident Hans Maier kam auch. Der Präsident sagte nichts."
        func referent(speakers: [String]) throws -> Referent? {
            let (facts, entities) = EntityFixture.recognize(text)
            var resolver = ReferentResolver(facts: facts, entities: entities, recognizer: EntityFixture.recognizer)
            for speaker in speakers { resolver.noteSpeaker(EntityRef(.person, speaker)) }
            let start = try #require(EntityFixture.span(of: "Der Präsident", in: text)).start
            let index = facts.table.text.tokenIndex(startingAtOrAfter: start)
            let phrase = try #require(NounPhraseChunker(facts: facts).phrase(at: index, limit: facts.table.count, entities: entities))
            return resolver.referent(for: phrase)
        }
        #expect(try referent(speakers: [])?.entity == EntityRef(.person, "Hans Maier"))
        #expect(try referent(speakers: ["Karl Huber", "Karl Huber"])?.entity == EntityRef(.person, "Karl Huber"))
        #expect(try referent(speakers: ["Karl Huber", "Hans Maier"])?.entity == EntityRef(.person, "Hans Maier"))
        #expect(try referent(speakers: ["Angela Merkel"])?.entity == EntityRef(.person, "Hans Maier"))
    }

    @Test func pronounTakesTheLastPersonOfItsGender() throws {
        let text = "Die Sprecherin Anna Berger traf Karl Huber. Er sagte danach nichts."
        let referent = try #require(EntityFixture.referent(of: "Er", in: text))
        #expect(referent.entity == EntityRef(.person, "Karl Huber"))
        #expect(referent.span == EntityFixture.span(of: "Er", in: text))
    }
}
