import TestSupport
import NewsGraphModel
import Testing

@Suite struct ImpersonalFrameTests {
    @Test func heisstEsAfterTheContentHasNoNamedSpeaker() throws {
        let text = "Eine Feier zum Jubiläum sei nicht geplant, heißt es."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source.type == .unnamedSource)
        #expect(edge.sourceSpan == nil)
        #expect(edge.contentSpan == TextSpans.span(of: "Eine Feier zum Jubiläum sei nicht geplant", in: text))
    }

    @Test func documentInThePrefieldIsTheSource() throws {
        let text = "Im Jahresbericht heißt es, dass die Zahl der Unfälle gesunken sei."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.sourceSpan == TextSpans.span(of: "Jahresbericht", in: text))
        #expect(Fixture.statement(edge) == "dass die Zahl der Unfälle gesunken sei")
    }

    @Test func anaphorOfAnImpersonalVerbIsTheContentAndTheDocumentTheSource() throws {
        let text = "Die Fabrik schließt im Sommer. Das geht aus einer Mitteilung der Firma hervor."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.sourceSpan == TextSpans.span(of: "einer Mitteilung der Firma", in: text))
        #expect(Fixture.statement(edge) == "Die Fabrik schließt im Sommer")
    }

    @Test func particleWrittenApartBeforeTheParticiple() throws {
        let text = "Zuvor war bekannt geworden, dass der Vertrag gekündigt wurde."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.cueSpan == TextSpans.span(of: "bekannt geworden", in: text))
        #expect(Fixture.statement(edge) == "dass der Vertrag gekündigt wurde")
    }

    @Test func impersonalVerbWithARealSubjectReportsNothing() {
        #expect(Fixture.edges("Der neue Film heißt, wie schon der alte, einfach Heimat.", .asserts).isEmpty)
    }

    @Test func relativeClauseAfterAPrepositionQuotesItsAntecedent() throws {
        let text = "Die Staatsanwaltschaft gab am Dienstag eine Stellungnahme ab, in der es heißt: „Besonders betroffen sind wir.“"
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.sourceSpan == TextSpans.span(of: "eine Stellungnahme", in: text))
    }
}

@Suite struct ContentClauseTests {
    @Test func pronominalAdverbWithAFiniteVerbOpensAReportedClause() throws {
        let text = "Der Sprecher Tim Hahn erklärte, damit solle ein Stillstand vermieden werden."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(Fixture.statement(edge) == "damit solle ein Stillstand vermieden werden")
    }

    @Test func subordinatingDamitStaysAnAdverbialClause() {
        #expect(Fixture.edges("Der Sprecher Tim Hahn erklärte das Vorgehen, damit alle es verstehen.", .asserts).allSatisfy { $0.form != .indirect })
    }

    @Test func insertionsBetweenFrameAndContentAreSkipped() throws {
        let text = "Die Leiterin Anna Roth sagte, gegenüber der Presse, dass nur zehn Boote im Einsatz seien."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(Fixture.statement(edge) == "dass nur zehn Boote im Einsatz seien")
    }

    @Test func contentStopsBeforeASecondVerbOfTheSpeaker() throws {
        let text = "Sie räumte zwar ein, es könnten Stellen wegfallen, sprach aber von einem offenen Prozess."
        let edge = try #require(Fixture.edges(text, .asserts).first { $0.form == .indirect })
        #expect(Fixture.statement(edge) == "es könnten Stellen wegfallen")
    }

    @Test func zuInfinitiveAfterAVerbOfAgreeing() throws {
        let text = "Die Firma Holm und der Betriebsrat haben sich geeinigt, bis zu 50 Stellen abzubauen."
        let edges = Fixture.edges(text, .asserts)
        #expect(!edges.isEmpty)
        #expect(edges.allSatisfy { Fixture.statement($0) == "bis zu 50 Stellen abzubauen" })
    }

    @Test func quotedWordsCarryTheVerbOfAReportedClause() throws {
        let text = "Später sagte die Präsidentin Ina Wolf, der Vertrag „ist und bleibt ein Erfolg“."
        let edge = try #require(Fixture.edges(text, .asserts).first { $0.form == .indirect })
        #expect(Fixture.statement(edge) == "der Vertrag „ist und bleibt ein Erfolg“")
    }
}

@Suite struct ClauseBoundaryTests {
    @Test func relativeClauseAfterTheFrameIsNoContent() {
        let text = "Der Sprecher Tim Hahn bestätigte den Bericht der Zeitung, die am Montag erschienen war."
        #expect(Fixture.edges(text, .asserts).allSatisfy { Fixture.statement($0)?.hasPrefix("die am Montag") == false })
    }

    @Test func hyphenIsNoDash() throws {
        let text = "Die Polizei teilte mit, dass ein 55-Jähriger den Übergang queren wollte."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(Fixture.statement(edge) == "dass ein 55-Jähriger den Übergang queren wollte")
    }

    @Test func conjunctionUsedAsPrepositionOpensContent() throws {
        let text = "Die Staatsanwaltschaft warf dem Mann vor, seit 2014 Vorschriften verletzt zu haben."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(Fixture.statement(edge) == "seit 2014 Vorschriften verletzt zu haben")
    }

    @Test func subordinateClauseEndingInItsAuxiliary() throws {
        let text = "Es ist nicht entschieden, da die Partei angekündigt hatte, mit allen Seiten verhandeln zu wollen."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(Fixture.statement(edge) == "mit allen Seiten verhandeln zu wollen")
    }

    @Test func adjectivePhraseBetweenSubjectAndVerb() throws {
        let text = "Vorstand Erich Stamm, zuständig für das Geschäft, hatte angekündigt, den Umsatz steigern zu wollen."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source == EntityRef(.person, "Erich Stamm"))
    }
}

@Suite struct ParticipleAndSourceTests {
    @Test func participleBeforeANounIsNoVerbOfSaying() throws {
        let text = "Der Stürmer Karl Brenner, der wegen wiederholten Fouls vom Platz musste, nannte die Strafe „überzogen“."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source == EntityRef(.person, "Karl Brenner"))
    }

    @Test func documentOpeningTheSentenceBeforeARelativeClause() throws {
        let text = "In dieser Resolution, die vom Rat angenommen wurde, heißt es, dass die Rechte verletzt würden."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.sourceSpan == TextSpans.span(of: "dieser Resolution", in: text))
    }

    @Test func wieAusSourceVerlautete() throws {
        let text = "Wie aus Regierungskreisen verlautete, will das Land seine Botschaft schließen."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source.type == .unnamedSource)
        #expect(edge.sourceSpan == TextSpans.span(of: "Regierungskreisen", in: text))
        #expect(Fixture.statement(edge) == "will das Land seine Botschaft schließen")
    }

    @Test func lassenGivesAnImpersonalVerbItsSpeaker() throws {
        let text = "Außerdem ließ der Pressedienst des Ministeriums verlauten, dass über die Integration beraten werde."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.sourceSpan == TextSpans.span(of: "der Pressedienst des Ministeriums", in: text))
        #expect(Fixture.statement(edge) == "dass über die Integration beraten werde")
    }

    @Test func aDemonstrativeAfterAPrepositionIsTheDocumentJustNamed() throws {
        let text = "Die Zeitung hat das Dokument veröffentlicht. In diesem wird festgehalten, dass es keine Grenze gibt."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.sourceSpan == TextSpans.span(of: "diesem", in: text))
    }

    @Test func anImpersonalFrameInTheKonjunktivGoesOnWithTheSpeakerBefore() throws {
        let text = "Nach einem Bericht der BBC seien viele Studien ausgewertet worden. Es werde geschätzt, dass jährlich viele Babys sterben."
        let edge = try #require(Fixture.edges(text, .asserts).first { $0.cueSpan == TextSpans.span(of: "geschätzt", in: text) })
        #expect(edge.source == EntityRef(.organization, "BBC"))
        // In the indicative it is the writer's own impersonal frame.
        let plain = "Nach einem Bericht der BBC seien viele Studien ausgewertet worden. Es wird geschätzt, dass jährlich viele Babys sterben."
        let other = try #require(Fixture.edges(plain, .asserts).first { $0.cueSpan == TextSpans.span(of: "geschätzt", in: plain) })
        #expect(other.source.type == .unnamedSource)
    }

    @Test func aPassiveNamesTheDocumentAfterItsAuxiliary() throws {
        let text = "So wird in einer Pressemitteilung der Organisation gefordert, dass die Regierung die Mängel abstelle."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.sourceSpan == TextSpans.span(of: "einer Pressemitteilung der Organisation", in: text))
    }

    @Test func anAnaphorCoversTheParagraphBeforeIt() throws {
        let text = "Der Unfall geschah am Abend.\n\nEin Mann fuhr in die Menge. Zwei Menschen starben. Das teilte der Sprecher Axel Stüken mit."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source == EntityRef(.person, "Axel Stüken"))
        #expect(edge.contentSpan?.start == TextSpans.span(of: "Ein Mann", in: text)?.start)
    }
}
