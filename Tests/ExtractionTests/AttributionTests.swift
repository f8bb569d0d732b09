import TestSupport
import NewsGraphModel
import Testing

@Suite struct AttributionTests {
    @Test func lautWithABodyInACapital() throws {
        let text = "Laut dem Verteidigungsministerium in Seoul sind weitere Einheiten unterwegs."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source == EntityRef(.organization, "Südkoreanisches Verteidigungsministerium"))
        #expect(edge.form == .reported)
        #expect(edge.cueSpan == TextSpans.span(of: "Laut", in: text))
        #expect(edge.sourceSpan == TextSpans.span(of: "dem Verteidigungsministerium in Seoul", in: text))
        #expect(Fixture.statement(edge) == "sind weitere Einheiten unterwegs")
    }

    @Test func nachAngabenWithACountryAdjective() throws {
        let text = "Nach Angaben des ukrainischen Geheimdienstes sind die Truppen bereits eingetroffen."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source == EntityRef(.organization, "Ukrainischer Geheimdienst"))
        #expect(edge.sourceSpan == TextSpans.span(of: "des ukrainischen Geheimdienstes", in: text))
    }

    @Test func zufolgeAfterTheSource() throws {
        let text = "Der Polizei zufolge wurden drei Menschen verletzt."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source.type == .unnamedSource)
        #expect(edge.cueSpan == TextSpans.span(of: "zufolge", in: text))
        #expect(Fixture.statement(edge) == "wurden drei Menschen verletzt")
    }

    @Test func wieXBerichtet() throws {
        let text = "Die Verhandlungen sind gescheitert, wie die Nachrichtenagentur Yonhap berichtet."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source == EntityRef(.organization, "Yonhap"))
        #expect(edge.contentSpan == TextSpans.span(of: "Die Verhandlungen sind gescheitert", in: text))
    }

    @Test func attributionInsideTheSentenceLeavesItOut() throws {
        let text = "Die Truppen sind laut Präsident Peter Lang schon an der Grenze."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source == EntityRef(.person, "Peter Lang"))
        #expect(Fixture.statement(edge) == "Die Truppen sind schon an der Grenze")
        #expect(edge.contentSpan == TextSpans.span(of: "Die Truppen sind laut Präsident Peter Lang schon an der Grenze", in: text))
    }

    @Test func lautWithAnAdjectiveBeforeTheNoun() throws {
        let text = "Laut britischen Medien gab es vier Verletzte."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.sourceSpan == TextSpans.span(of: "britischen Medien", in: text))
        #expect(Fixture.statement(edge) == "gab es vier Verletzte")
    }

    @Test func genitiveNameAfterTheAttributionNoun() throws {
        let text = "Nach Auffassung Frankreichs muss der Vertrag neu verhandelt werden."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source == EntityRef(.country, "Frankreich"))
        #expect(Fixture.statement(edge) == "muss der Vertrag neu verhandelt werden")
    }

    @Test func documentWithAParticipialAttributeStandsForItsAuthor() throws {
        let text = "Laut einer am Montag veröffentlichten Mitteilung der NATO wurden die Manöver beendet."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source == EntityRef(.organization, "NATO"))
        #expect(Fixture.statement(edge) == "wurden die Manöver beendet")
    }

    @Test func dativePronounBeforeZufolge() throws {
        let text = "Die Sprecherin Eva Kowalski prüfte die Proben. Ihr zufolge ist das Wasser sauber."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source == EntityRef(.person, "Eva Kowalski"))
        #expect(edge.sourceSpan == TextSpans.span(of: "Ihr", in: text))
    }

    @Test func relativePronounIsWhereTheSpeakerActs() throws {
        let text = "Die Klage kam vom Anwalt Thomas Brenner, der behauptet, die Daten seien gefälscht worden."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source == EntityRef(.person, "Thomas Brenner"))
        #expect(edge.sourceSpan == TextSpans.span(of: "der", in: text, occurrence: 1))
        #expect(Fixture.statement(edge) == "die Daten seien gefälscht worden")
    }

    @Test func soWithAVerbOfSayingBeforeTheSource() throws {
        let text = "In zehn Jahren, so schätzen die Forscher, soll die Arbeit abgeschlossen sein."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.sourceSpan == TextSpans.span(of: "die Forscher", in: text))
        #expect(Fixture.statement(edge) == "In zehn Jahren soll die Arbeit abgeschlossen sein")
    }

    @Test func semicolonBoundsTheAttributedClause() throws {
        let text = "Laut Presseberichten ist der Mann 30 Jahre alt; demnach wäre er damals erst 20 gewesen."
        let edge = try #require(Fixture.edges(text, .asserts).first { $0.rule.hasPrefix("attribution:laut") })
        #expect(Fixture.statement(edge) == "ist der Mann 30 Jahre alt")
    }

    @Test func nachUntersuchungenIsAnAttribution() throws {
        let text = "Nach ersten Untersuchungen liegt kein Fremdverschulden vor."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source.type == .unnamedSource)
        #expect(edge.sourceSpan == TextSpans.span(of: "ersten Untersuchungen", in: text))
        #expect(Fixture.statement(edge) == "liegt kein Fremdverschulden vor")
    }

    @Test func nachDerAuszaehlungIsNoAttribution() {
        #expect(Fixture.edges("Nach der Auszählung aller Stimmen liegt der Kandidat knapp vorn.", .asserts).isEmpty)
    }

    @Test func nachGoverningWhatFollowsIsNoPostposedAttribution() {
        #expect(Fixture.edges("Bei einem Hubschrauber ist die Sicht nach oben eingeschränkt.", .asserts).isEmpty)
        #expect(Fixture.edges("Die Polizei setzt die Suche nach dem Täter fort.", .asserts).isEmpty)
    }

    @Test func lowerCaseSourceNames() throws {
        let text = "Bei Einbrüchen gibt es aber laut ai-Bericht eine hohe Dunkelziffer."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.sourceSpan == TextSpans.span(of: "ai-Bericht", in: text))
        #expect(edge.cueSpan == TextSpans.span(of: "laut", in: text))
    }

    @Test func attributionNamesTheSourceOfAnImpersonalFrame() throws {
        let text = "Am Dienstag wurde laut taz erneut deutlich gemacht, dass Helfer nicht erwünscht seien."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.sourceSpan == TextSpans.span(of: "taz", in: text))
        #expect(Fixture.statement(edge) == "dass Helfer nicht erwünscht seien")
    }

    @Test func attributionInsideAnotherReportReportsItsSubordinateClause() throws {
        let text = "Der Minister sagte, dass die Lager, die nach Angaben der Helfer völlig überfüllt sind, geräumt würden."
        let edges = Fixture.edges(text, .asserts)
        #expect(edges.count == 2)
        let nested = try #require(edges.first { $0.rule.hasPrefix("attribution:nach") })
        #expect(nested.sourceSpan == TextSpans.span(of: "der Helfer", in: text))
        #expect(nested.contentSpan == TextSpans.span(of: "die nach Angaben der Helfer völlig überfüllt sind", in: text))
        #expect(Fixture.statement(nested) == "die völlig überfüllt sind")
    }

    @Test func attributionNounWithAnAdjectiveInsideTheSentence() throws {
        // The object after the source (`Schäden`) is not part of it.
        let text = "Der Sturm hat nach ersten Meldungen Schäden an vielen Dächern verursacht."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source.type == .unnamedSource)
        #expect(edge.sourceSpan == TextSpans.span(of: "ersten Meldungen", in: text))
        #expect(Fixture.statement(edge) == "Der Sturm hat Schäden an vielen Dächern verursacht")
    }

    @Test func appositionAfterAFrontedSourceBelongsToTheFrame() throws {
        let text = "Nach Meinung von Karl Hufnagel, Professor an der Universität Kassel, könnte das Projekt scheitern."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source == EntityRef(.person, "Karl Hufnagel"))
        #expect(Fixture.statement(edge) == "könnte das Projekt scheitern")
        // Foreign words in the apposition of a role are no verbs.
        let foreign = "Nach Meinung von Karl Hufnagel, Professor am Institute of Technology, könnte das Projekt scheitern."
        #expect(Fixture.edges(foreign, .asserts).first.map(Fixture.statement) == "könnte das Projekt scheitern")
    }

    @Test func relativeClauseAfterTheSourceBelongsToTheFrame() throws {
        let fronted = "Nach Einschätzung eines Fachmanns, der vom Sender befragt wurde, würde das für einen Unfall sprechen."
        let edge = try #require(Fixture.edges(fronted, .asserts).first)
        #expect(edge.sourceSpan == TextSpans.span(of: "eines Fachmanns", in: fronted))
        #expect(Fixture.statement(edge) == "würde das für einen Unfall sprechen")
        let inside = "Die Firma soll laut einem Zeugen, der anonym bleiben will, längst zahlungsunfähig sein."
        let insideEdge = try #require(Fixture.edges(inside, .asserts).first)
        #expect(Fixture.statement(insideEdge) == "Die Firma soll längst zahlungsunfähig sein")
    }

    @Test func aModalPassiveIsNoOnesStatementAndLeavesTheAttribution() throws {
        let text = "Nach Ansicht der Zeitung Guardian ist der Ausgang der Gespräche als Erfolg zu werten."
        let edges = Fixture.edges(text, .asserts)
        #expect(edges.count == 1)
        let edge = try #require(edges.first)
        #expect(edge.cueSpan == TextSpans.span(of: "Nach", in: text))
        #expect(Fixture.statement(edge) == "ist der Ausgang der Gespräche als Erfolg zu werten")
    }

    @Test func soFrameTakesAnAddresseeAndAnAppositionAfterTheSource() throws {
        let addressee = "Eine Anhörung sei unüblich, so Joachim Banke gegenüber der Onlineausgabe des Spiegels."
        let edge = try #require(Fixture.edges(addressee, .asserts).first)
        #expect(edge.contentSpan == TextSpans.span(of: "Eine Anhörung sei unüblich", in: addressee))
        let apposition = "Der Angriff sei eine Strafe für alle Verräter, so der Sprecher der Bewegung, Ehsan Ahmadi."
        let other = try #require(Fixture.edges(apposition, .asserts).first)
        #expect(other.contentSpan == TextSpans.span(of: "Der Angriff sei eine Strafe für alle Verräter", in: apposition))
    }

    @Test func unterBerufungAufInsideAVerbReportNamesWhereTheSpeakerHasItFrom() throws {
        let text = "In Tokio wurden Spuren von Jod gefunden. Das berichtet die Nachrichtenagentur Kyodo unter Berufung auf einen Beamten."
        let edges = Fixture.edges(text, .asserts)
        #expect(edges.count == 1)
        #expect(edges.first?.source == EntityRef(.organization, "Kyodo"))
        #expect(edges.first.map(Fixture.statement) == "In Tokio wurden Spuren von Jod gefunden")
        // Alone it attributes its sentence.
        let alone = "Unter Berufung auf einen Beamten wurden Spuren von Jod gefunden."
        let edge = try #require(Fixture.edges(alone, .asserts).first)
        #expect(Fixture.statement(edge) == "wurden Spuren von Jod gefunden")
    }

    @Test func lautWithAnArticleAndALowerCaseSourceInARelativeClause() throws {
        let text = "Neu dabei ist auch Katar, das laut einer dpa-Meldung mit 17 Prozent einsteigen will."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.sourceSpan == TextSpans.span(of: "einer dpa-Meldung", in: text))
        #expect(Fixture.statement(edge) == "das mit 17 Prozent einsteigen will")
    }

    @Test func aQuotedNameOfTheSourceIsFrameAndQuotedNamesInTheContentQuoteNoOne() throws {
        let text = "Laut der Website „nordnews.is“ wird die „Hvalur 9“, ein Schiff der Firma „Hvalur hf“, bald auslaufen."
        let edges = Fixture.edges(text, .asserts)
        #expect(edges.count == 1)
        let edge = try #require(edges.first)
        #expect(Fixture.statement(edge) == "wird die „Hvalur 9“, ein Schiff der Firma „Hvalur hf“, bald auslaufen")
    }

    @Test func allerVoraussichtNachIsNoAttribution() {
        let text = "Die Vermietung des Turms wird aller Voraussicht nach schwierig werden."
        #expect(Fixture.edges(text, .asserts).isEmpty)
    }

    @Test func soAfterAColonAttributesWhatFollowsTheColon() throws {
        let text = "Die Richterin blieb hart: Eine Bewährungsstrafe sei nicht vermittelbar, so Ute Bader."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(Fixture.statement(edge) == "Eine Bewährungsstrafe sei nicht vermittelbar")
    }

    @Test func anAttributionNounBeforeVonBelongsToAZufolgeFrame() throws {
        let text = "Einer Meldung von Reuters zufolge sei der Unterricht am Montag wieder aufgenommen worden."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source == EntityRef(.organization, "Reuters"))
        #expect(Fixture.statement(edge) == "sei der Unterricht am Montag wieder aufgenommen worden")
    }

    @Test func aRelativePronounAfterAClaimNounStandsForItsSource() throws {
        let text = "Es gibt auch Gerüchte, nach denen Karl Barrett an Krebs litt."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source == EntityRef(.unnamedSource, "Gerüchte"))
        #expect(edge.sourceSpan == TextSpans.span(of: "denen", in: text))
        #expect(Fixture.statement(edge) == "Karl Barrett an Krebs litt")
        let zufolge = "Die Zeitung zitierte Berichte, denen zufolge die Brücke gesperrt werde."
        #expect(Fixture.edges(zufolge, .asserts).first.map(Fixture.statement) == "die Brücke gesperrt werde")
    }

    @Test func aTimeBeforeNachMakesItTemporal() throws {
        #expect(Fixture.edges("Zwei Monate nach dem Urteil des Gerichts liegt nun die schriftliche Begründung vor.", .asserts).isEmpty)
        #expect(Fixture.edges("Kurz nach der Veröffentlichung der Zahlen kam es zu Protesten in der Hauptstadt.", .asserts).isEmpty)
        let source = "Nach Angaben der Polizei wurden bei dem Unfall drei Menschen verletzt."
        #expect(Fixture.edges(source, .asserts).first?.sourceSpan == TextSpans.span(of: "der Polizei", in: source))
    }
}
