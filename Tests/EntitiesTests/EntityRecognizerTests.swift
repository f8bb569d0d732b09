import Entities
import GermanText
import NewsGraphModel
import Testing

@Suite struct EntityRecognizerTests {
    @Test func stateNounsTellTheirNumber() {
        let recognizer = EntityFixture.recognizer
        #expect(recognizer.stateNoun("land") == false)
        #expect(recognizer.stateNoun("länder") == true)
        #expect(recognizer.stateNoun("Länder") == nil)  // lower-cased words only
        #expect(recognizer.stateNoun("") == nil)
        #expect(recognizer.stateNoun("straße") == nil)
    }

    @Test func recognizerIsSharedNotCopied() {
        // A class: every holder reads one recognizer and one gazetteer.
        let recognizer = EntityFixture.recognizer
        let held = recognizer
        #expect(held === recognizer && held.gazetteer === recognizer.gazetteer)
    }

    @Test func capitalActsAsItsStateAndIsAPlaceAfterIn() throws {
        let text = "Pjöngjang kündigte Gespräche an. Die Delegation traf in Moskau ein."
        let mentions = EntityFixture.mentions(text)
        let acting = try #require(mentions.first { $0.surface == "Pjöngjang" })
        #expect(acting.entity == EntityRef(.country, "Nordkorea"))
        #expect(acting.rule.hasPrefix("metonymy"))
        let place = try #require(mentions.first { $0.surface == "Moskau" })
        #expect(place.entity == EntityRef(.location, "Moskau"))
    }

    @Test func nameAfterRoleNounGetsTheRole() throws {
        let text = "Verteidigungsminister Kim Yong-hyun reiste ab."
        let mention = try #require(EntityFixture.mentions(text).first { $0.entity.type == .person })
        #expect(mention.entity == EntityRef(.person, "Kim Yong-hyun"))
        #expect(mention.role == "Verteidigungsminister")
        #expect(mention.span == EntityFixture.span(of: "Kim Yong-hyun", in: text))
    }

    @Test func hyphenatedCompoundSplitsIntoBodyAndRole() throws {
        let text = "Pentagon-Sprecherin Sabrina Singh äußerte sich."
        let mentions = EntityFixture.mentions(text)
        let body = try #require(mentions.first { $0.entity.type == .organization })
        #expect(body.entity == EntityRef(.organization, "Pentagon"))
        #expect(body.surface == "Pentagon")
        #expect(body.span == EntityFixture.span(of: "Pentagon", in: text))
        let person = try #require(mentions.first { $0.entity.type == .person })
        #expect(person.entity == EntityRef(.person, "Sabrina Singh"))
        #expect(person.role == "Pentagon-Sprecherin")
    }

    @Test func appositionAndLaterSurname() throws {
        let text = "Kyrylo Budanow, Chef des Militärgeheimdienstes, warnte. Später sprach Budanows Stellvertreter."
        let mentions = EntityFixture.mentions(text).filter { $0.entity.type == .person }
        #expect(mentions.map(\.entity.name) == ["Kyrylo Budanow", "Kyrylo Budanow"])
        #expect(mentions.last?.surface == "Budanows")
        #expect(mentions.first?.role == "Chef")
    }

    /// Every person of a document gets the role written next to it, whatever came before
    /// (each role recorded changes the mentions while they are walked through).
    @Test func rolesAttachToEveryPersonOfADocument() {
        let text = """
            Verteidigungsminister Kim Yong-hyun traf Sabrina Singh, Sprecherin des Pentagons, und den \
            ukrainischen Präsidenten Wolodymyr Selenskyj. Kyrylo Budanow, Chef des Militärgeheimdienstes, schwieg.
            """
        let (_, entities) = EntityFixture.recognize(text)
        let roles = Dictionary(
            entities.mentions.filter { $0.entity.type == .person }.map { ($0.entity.name, $0.role ?? "") },
            uniquingKeysWith: { first, _ in first })
        #expect(roles["Kim Yong-hyun"] == "Verteidigungsminister")
        #expect(roles["Sabrina Singh"] == "Sprecherin")
        #expect(roles["Wolodymyr Selenskyj"] == "Präsidenten")
        #expect(roles["Kyrylo Budanow"] == "Chef")
        #expect(entities.persons["Wolodymyr Selenskyj"]?.affiliation == "Ukraine")
        #expect(entities.persons["Sabrina Singh"]?.gender == .feminine)
    }

    @Test func classifierTypesTheNameAfterIt() {
        let mentions = EntityFixture.mentions("Die Denkfabrik ZKX berichtete aus dem Dorf Tsukuryne.")
        #expect(mentions.contains { $0.entity == EntityRef(.organization, "ZKX") })
        #expect(mentions.contains { $0.entity == EntityRef(.location, "Tsukuryne") && $0.surface == "Dorf Tsukuryne" })
    }

    @Test func sentenceOpeningAdverbIsNoName() {
        let (facts, _) = EntityFixture.recognize("Unmissverständlich sagte das Gericht, es sei überzeugt.")
        #expect(facts.looksAdverbial[0])
        #expect(!facts.isNameWord(0))
    }

    @Test func commonNounsAreNoNames() {
        let (facts, _) = EntityFixture.recognize("Die Regierung schickte Soldaten und Mitkriegsteilnehmer.")
        let table = facts.table
        for (index, form) in table.forms.enumerated() where ["Regierung", "Soldaten", "Mitkriegsteilnehmer"].contains(form) {
            #expect(!facts.isNameLike[index], "\(form) is a common noun")
        }
    }

    @Test func capitalisedVerbFormInsideAClauseLosesItsVerbClasses() {
        let table = TokenTable(AnalyzedText("Will Parker kommt. Der Reporter, Will Parker, sagt, er will bleiben."))
        let wills = (0..<table.count).filter { table.lower[$0] == "will" }
        #expect(wills.count == 3)
        // At the start of a sentence `Will` may be the verb; after a comma or inside a clause only a name.
        #expect(table.has(wills[0], .auxiliary))
        #expect(!table.has(wills[1], .auxiliary))
        #expect(table.has(wills[2], .auxiliary))
    }

    /// A name part names a person only when exactly one person of the document has it, in any case.
    @Test func personByPartIsTheOnlyOneWithIt() {
        var entities = DocumentEntities(tokenCount: 0)
        entities.record(PersonRecord(name: "Sabrina Singh", parts: ["sabrina", "singh"]))
        entities.record(PersonRecord(name: "Kim Jong Un", parts: ["kim", "jong", "un"]))
        entities.record(PersonRecord(name: "Kim Yong-hyun", parts: ["kim", "yong", "hyun"]))
        entities.record(PersonRecord(name: "Madonna", parts: ["madonna"]))
        #expect(entities.person(withPart: "Singh")?.name == "Sabrina Singh")
        #expect(entities.person(withPart: "SABRINA")?.name == "Sabrina Singh")
        #expect(entities.person(withPart: "Hyun")?.name == "Kim Yong-hyun")
        #expect(entities.person(withPart: "Kim") == nil)  // two persons
        #expect(entities.person(withPart: "Jong") == nil)  // a middle part
        #expect(entities.person(withPart: "Madonna") == nil)  // one part only
        #expect(entities.personParts.person(withLoweredPart: "un")?.name == "Kim Jong Un")
        // Parts of 63 bytes and more share one length bit: they are still told apart by their text.
        let long = String(repeating: "ä", count: 40)
        entities.record(PersonRecord(name: "Ann \(long)", parts: ["ann", long]))
        #expect(entities.person(withPart: long)?.name == "Ann \(long)")
        #expect(entities.person(withPart: String(repeating: "ö", count: 40)) == nil)
        #expect(entities.person(withPart: "Ann")?.name == "Ann \(long)")
        #expect(entities.person(withPart: "Anna") == nil)
    }

    /// Later mentions of a person by a part alone, or by a part with a genitive `-s`, in any case;
    /// not a part in lower case, a part with another ending, or a part two persons share.
    @Test func shortFormsOfPersonsNamedInFull() {
        let text = """
            Sabrina Singh und Ölaf Ärmstrong sagten, Kim Yong-hyun und Kim Jong Un schwiegen. Singh lachte,             Singhs Sprecher und ÖLAFS Berater auch. SINGH kam, singh nicht, Singhe nicht, Kim nicht, Hyuns Frau schon.
            """
        let mentions = EntityFixture.mentions(text).filter { $0.rule.hasPrefix("short form of") }
        #expect(mentions.map(\.surface) == ["Singh", "Singhs", "SINGH", "Hyuns"])
        #expect(mentions.map(\.entity.name) == ["Sabrina Singh", "Sabrina Singh", "Sabrina Singh", "Kim Yong-hyun"])
    }

    /// Genitives of parts with umlauts and ß, whose lower-cased forms are longer in bytes than in
    /// characters (the look-up first tests the byte length of the part without the `s`); a genitive
    /// ends in a lower-case `s`.
    @Test func genitiveShortFormsOfPartsWithUmlautsAndEszett() {
        let text = "Sabrina Müßig und Peter Öztürk sprachen. Müßigs Sprecher, ÖZTÜRKS und Öztürks Berater schwiegen, Müßige nicht."
        let mentions = EntityFixture.mentions(text).filter { $0.rule.hasPrefix("short form of") }
        #expect(mentions.map(\.surface) == ["Müßigs", "Öztürks"])
        #expect(mentions.map(\.entity.name) == ["Sabrina Müßig", "Peter Öztürk"])
    }

    /// Name particles and their articles inside a name after a role noun (`van der`, `de`); a longer
    /// lower-case word ends the name.
    @Test func nameParticlesInsideANameAfterARoleNoun() {
        let text = "Außenminister Rafael van der Vaart sagte, Sprecherin Ana de Groot schwieg, Sprecher Jan außer Haus."
        let persons = EntityFixture.mentions(text).filter { $0.entity.type == .person && !$0.rule.hasPrefix("short form") }
        #expect(persons.map(\.entity.name) == ["Rafael van der Vaart", "Ana de Groot", "Jan"])
    }
}
