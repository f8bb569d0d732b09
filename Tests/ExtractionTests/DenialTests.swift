import TestSupport
import NewsGraphModel
import Testing

@Suite struct DenialTests {
    @Test func rejectedClaimIsTheStatement() throws {
        let text = "Der Kremlsprecher Dmitri Peskow wies die Berichte zurück, dass russische Soldaten an der Grenze stünden."
        let analysis = Fixture.analyze(text)
        let edge = try #require(analysis.edges.first { $0.type == .denies })
        #expect(edge.source == EntityRef(.person, "Dmitri Peskow"))
        #expect(Fixture.statement(edge) == "dass russische Soldaten an der Grenze stünden")
        #expect(edge.cueSpan == TextSpans.span(of: "wies die Berichte zurück", in: text))
        #expect(!analysis.edges.contains { $0.type == .asserts })
    }

    @Test func denialWithRelativeWasTakesTheClauseBefore() throws {
        let text = "Laut Experten liefert Nordkorea Raketen an Russland, was Moskau jedoch bestreitet."
        let edge = try #require(Fixture.edges(text, .denies).first)
        #expect(edge.source == EntityRef(.country, "Russland"))
        #expect(edge.sourceSpan == TextSpans.span(of: "Moskau", in: text))
        #expect(Fixture.statement(edge)?.hasSuffix("liefert Nordkorea Raketen an Russland") == true)
    }

    @Test func denialOfAReportedClaimByAnaphor() throws {
        let text = "Mehrere Staaten werfen Pjöngjang vor, Moskau heimlich mit Munition zu versorgen. Diese Behauptung haben beide Länder zurückgewiesen."
        let edges = Fixture.edges(text, .denies)
        #expect(Set(edges.map(\.source)) == [EntityRef(.country, "Nordkorea"), EntityRef(.country, "Russland")])
        #expect(edges.allSatisfy { Fixture.statement($0) == "Moskau heimlich mit Munition zu versorgen" })
    }

    @Test func bothCountriesAreTheActorsNotThePlace() {
        let text = "Die Opposition hat Minsk vorgeworfen, Moskau bei seinem Einsatz in Syrien mit Öl zu versorgen. Diese Vorwürfe haben beide Länder zurückgewiesen."
        let sources = Set(Fixture.edges(text, .denies).map(\.source))
        #expect(sources == [EntityRef(.country, "Belarus"), EntityRef(.country, "Russland")])
    }

    @Test func theSourceOfADeniedClaimAssertsIt() throws {
        let text = "Der Minister Jean Borloo hat Berichte der Wochenzeitung zurückgewiesen, er sei für den Posten vorgesehen."
        let denial = try #require(Fixture.edges(text, .denies).first)
        #expect(denial.source == EntityRef(.person, "Jean Borloo"))
        let claim = try #require(Fixture.edges(text, .asserts).first)
        #expect(claim.sourceSpan == TextSpans.span(of: "der Wochenzeitung", in: text))
        // Both edges point at one statement.
        #expect(claim.target == denial.target)
    }

    @Test func quotedWordsTheDenierCallsTheClaimAreTheDeniersStatement() throws {
        let text = "Im Gespräch mit der Presse wies der Geschäftsführer Max Roth alle Vorwürfe als „haltlos“ zurück."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source == EntityRef(.person, "Max Roth"))
        #expect(edge.contentSpan == TextSpans.span(of: "„haltlos“", in: text))
        #expect(Fixture.statement(edge) == "alle Vorwürfe als „haltlos“")
        // Without quoted words no statement of the denier's own.
        #expect(Fixture.edges("Der Geschäftsführer Max Roth wies alle Vorwürfe als haltlos zurück.", .asserts).isEmpty)
    }

    @Test func theDenierGoesOnInTheKonjunktiv() throws {
        let text = "Der Minister Karl Weber wies den Vorwurf zurück, dass er gelogen habe. Die Regierung habe nichts falsch gemacht."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source == EntityRef(.person, "Karl Weber"))
        #expect(edge.form == .freeIndirect)
        #expect(Fixture.statement(edge) == "Die Regierung habe nichts falsch gemacht")
    }

    @Test func namingAClaimWithAWordOfDenialRejectsIt() throws {
        let text = "Die Zeitung berichtete, der Minister sei zurückgetreten. Der Sprecher Max Roth nannte diese Berichte eine Lüge."
        let denial = try #require(Fixture.edges(text, .denies).first)
        #expect(denial.source == EntityRef(.person, "Max Roth"))
        #expect(denial.cueSpan == TextSpans.span(of: "nannte", in: text))
        #expect(Fixture.statement(denial) == "der Minister sei zurückgetreten")
    }
}
