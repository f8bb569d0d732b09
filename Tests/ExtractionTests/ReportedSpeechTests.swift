import TestSupport
import NewsGraphModel
import Testing

@Suite struct ReportedSpeechTests {
    @Test func quotedWordsInsideAReportedClauseAreQuotedAtTheSameSpeaker() throws {
        let text = "Die Ministerin Eva Brandt sagte, die Lage sei „sehr ernst“ und verlange Geduld."
        let edges = Fixture.edges(text, .asserts)
        #expect(edges.count == 2)
        let clause = try #require(edges.first { $0.form == .indirect })
        #expect(clause.source == EntityRef(.person, "Eva Brandt"))
        let quoted = try #require(edges.first { $0.form == .direct })
        #expect(Fixture.statement(quoted) == "sehr ernst")
        #expect(quoted.contentSpan == TextSpans.span(of: "„sehr ernst“", in: text))
        #expect(quoted.sourceSpan == TextSpans.span(of: "Die Ministerin Eva Brandt", in: text))
        // The quoted words are part of her statement: the graph does not count them as a second claim of hers.
        #expect(quoted.source.type == .unnamedSource)
    }

    @Test func quotedNamesInsideAReportedClauseStayContent() {
        let text = "Der Sprecher Jan Ohm sagte, das Magazin „Der Blick“ habe falsch berichtet."
        #expect(Fixture.edges(text, .asserts).count == 1)
    }

    @Test func verbWithAnObjectReportsTheWholeClause() throws {
        let text = "Die Umweltorganisation Grünwacht forderte am Montag die Schließung aller alten Kraftwerke."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.form == .reported)
        #expect(edge.contentSpan == TextSpans.span(of: "Die Umweltorganisation Grünwacht forderte am Montag die Schließung aller alten Kraftwerke", in: text))
    }

    @Test func fronedObjectWithTheSpeakerAfterTheVerb() throws {
        let text = "Als Grund gab der Bürgermeister Otto Lind die hohen Kosten an."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source == EntityRef(.person, "Otto Lind"))
        #expect(edge.contentSpan == TextSpans.span(of: "Als Grund gab der Bürgermeister Otto Lind die hohen Kosten an", in: text))
    }

    @Test func reportedClauseStopsBeforeAContrastClause() throws {
        let text = "Die Partei forderte zunächst Neuwahlen, während die Regierung weiter verhandeln will."
        let edges = Fixture.edges(text, .asserts)
        let first = try #require(edges.first)
        #expect(first.contentSpan == TextSpans.span(of: "Die Partei forderte zunächst Neuwahlen", in: text))
    }

    @Test func verbsOfEvaluationReportNoObject() {
        #expect(Fixture.edges("Die Partei begrüßte den Beschluss des Rates.", .asserts).isEmpty)
    }

    @Test func verbsWhoseObjectIsNoStatementReportOnlyClauses() {
        // speech-verbs.tsv: bestätigen, erwarten, verlangen, beschuldigen take no object as content.
        for text in ["Die Polizei bestätigte den Tod des Mannes.", "Die Ökonomen der Bank erwarten einen Anstieg der Preise.",
            "Die Gewerkschaft verlangte mehr Lohn für die Pfleger.", "Der Staatsanwalt beschuldigte den Minister der Untreue."]
        {
            #expect(Fixture.edges(text, .asserts).isEmpty, "\(text)")
        }
        #expect(!Fixture.edges("Die Polizei bestätigte, dass der Mann tot sei.", .asserts).isEmpty)
    }

    @Test func objectMustHoldTheVerbsPreposition() throws {
        #expect(Fixture.edges("Der Kanzler Max Roth sprach am Abend in Hamburg.", .asserts).isEmpty)
        let text = "Der Kanzler Max Roth sprach am Abend von einem großen Erfolg."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.form == .reported)
    }

    @Test func thingsAreNoSpeakersOfReportedSentences() {
        #expect(Fixture.edges("Der Sturm forderte am Wochenende zahlreiche Opfer.", .asserts).isEmpty)
    }

    @Test func quotedObjectIsQuotedAtItsQuotation() throws {
        let text = "Der Trainer Paul Kern nannte die Entscheidung „völlig übertrieben“."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.form == .direct)
        #expect(edge.contentSpan == TextSpans.span(of: "„völlig übertrieben“", in: text))
        #expect(Fixture.statement(edge) == "die Entscheidung „völlig übertrieben“")
    }
}

@Suite struct NarrationQuotationTests {
    @Test func quotationInNarrationQuotesTheActorOfItsClause() throws {
        let text = "Der Bürgermeister Karl Brandt warb am Abend in der Halle für einen „neuen Anfang für die Stadt“."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source == EntityRef(.person, "Karl Brandt"))
        #expect(edge.form == .direct)
        #expect(edge.contentSpan == TextSpans.span(of: "„neuen Anfang für die Stadt“", in: text))
    }

    @Test func titlesAndNamesInQuotationMarksQuoteNoOne() {
        let texts = [
            "Der Bürgermeister Karl Brandt eröffnete die Ausstellung unter dem Motto „Kunst für alle Menschen“.",
            "Der Bürgermeister Karl Brandt besuchte die „Schule am alten Markt“ in der Innenstadt.",
            // a title noun as a compound's last part, a code, a common noun before a capitalised name
            "Der Konzern Nordwerk baut das Elektrofahrzeug „stromer“ in Sachsen.",
            "Die Stadtwerke Halle prüfen die Wagen der Reihe „E1“ erneut.",
            "Die Forscherin Anna Berg untersuchte die Meeresschnecke „Chelidonura hirundinina“ im Labor.",
            // a few quoted words in narration: a term, not speech
            "Der Minister Karl Brandt sprach vor den „besorgten Bürgern“ in der Halle.",
        ]
        for text in texts { #expect(Fixture.edges(text, .asserts).isEmpty) }
    }

    @Test func passiveAgentIsTheSpeaker() throws {
        let text = "Die Pläne wurden von der Ministerin Eva Brandt als verfrüht bezeichnet."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source == EntityRef(.person, "Eva Brandt"))
        #expect(edge.form == .reported)
        // The agent right after a passive subject that is a body, not attached to it.
        let after = "Zudem wurde die Bundesregierung vom Verband LSVD aufgefordert, dem Sänger die Einreise zu verweigern."
        let agent = try #require(Fixture.edges(after, .asserts).first)
        #expect(agent.sourceSpan == TextSpans.span(of: "Verband LSVD", in: after))
    }

    @Test func continuationNamesTheSpeakerWhereLastMentioned() throws {
        let text = "Der Minister Paul Weber sagte, die Reform komme. Im Ausschuss verteidigte Weber den Plan. Sie sei dringend nötig."
        let edges = Fixture.edges(text, .asserts)
        let continuation = try #require(edges.first { $0.form == .freeIndirect })
        #expect(continuation.source == EntityRef(.person, "Paul Weber"))
        #expect(continuation.sourceSpan == TextSpans.span(of: "Weber", in: text, occurrence: 2))
    }

    @Test func sentenceReportedByAnAnaphorIsNotReportedTwice() throws {
        let text = "Der Anschlag ereignete sich am Morgen. Er soll das Ziel des Anschlags gewesen sein. Das berichten arabische Medien."
        let edges = Fixture.edges(text, .asserts)
        #expect(edges.count == 1)
        #expect(edges.first?.sourceSpan == TextSpans.span(of: "arabische Medien", in: text))
    }
}

@Suite struct ReportedSpeechFrameTests {
    @Test func particleAfterADateInApposition() throws {
        let text = "Die Staatsanwaltschaft gab am Montag, dem 27. März, die Einstellung des Verfahrens bekannt."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.form == .reported)
        #expect(edge.contentSpan == TextSpans.span(of: String(text.dropLast()), in: text))
    }

    @Test func acronymWithArticleIsABody() throws {
        let text = "Als Beispiel nannte die NASA die Ausbeutung von Gasen."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source == EntityRef(.organization, "NASA"))
    }

    @Test func negationOfASecondVerbLeavesTheFirst() throws {
        let text = "Ein Militärsprecher verwies auf das schlechte Wetter und möchte keine Ursache ausschließen."
        #expect(Fixture.edges(text, .asserts).count == 1)
    }

    @Test func subjectWithANounPhraseInApposition() throws {
        let text = "Lars Baumann, Manager von Energie Cottbus, bezeichnete die Entscheidung als mutig."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source == EntityRef(.person, "Lars Baumann"))
    }

    @Test func denialStopsBeforeASecondVerbOfSaying() throws {
        let text = "Der Sprecher Max Roth wies die Vorwürfe zurück, dass Geld geflossen sei, und bezeichnete dies als Lüge."
        let edge = try #require(Fixture.edges(text, .denies).first)
        #expect(Fixture.statement(edge) == "dass Geld geflossen sei")
    }

    @Test func aClauseAfterAPrepositionalObjectIsNoSecondContent() throws {
        let text = "Insgesamt spricht die Polizei von weniger Krawallen, dennoch ist der Schaden hoch."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.form == .reported)
        #expect(edge.contentSpan?.start == 0)
        // `dass` or the subjunctive still make it content.
        let dass = "Die Polizei sprach von einer Wende, dass nämlich die Lage ruhig sei."
        #expect(Fixture.edges(dass, .asserts).contains { Fixture.statement($0) == "dass nämlich die Lage ruhig sei" })
        let infinitive = "Die Ministerin Anna Berg appellierte an die Weltgemeinschaft, den Krieg zu beenden."
        #expect(Fixture.edges(infinitive, .asserts).first.map(Fixture.statement) == "den Krieg zu beenden")
    }

    @Test func anUnnamedReporterSpeaks() throws {
        let text = "Eine Reporterin des Senders sprach von 800 Autos, die angezündet wurden."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source.type == .unnamedSource)
        #expect(edge.sourceSpan == TextSpans.span(of: "Eine Reporterin des Senders", in: text))
    }

    @Test func theObjectEndsBeforeASecondVerbAndItsQuotationIsNotQuotedTwice() throws {
        let text = "Der Bürgermeister Peter Kurz spricht von einer „überwältigenden Resonanz“ und sieht darin ein gutes Zeichen."
        let edges = Fixture.edges(text, .asserts)
        let spoken = try #require(edges.first { $0.cueSpan == TextSpans.span(of: "spricht", in: text) })
        #expect(spoken.contentSpan == TextSpans.span(of: "„überwältigenden Resonanz“", in: text))
        #expect(edges.filter { $0.contentSpan == spoken.contentSpan }.count == 1)
    }

    @Test func aSecondSeparableVerbAfterUndLeavesTheFirstItsReport() throws {
        let text = "Der Sprecher Paul Kern bezeichnete das Schreiben als „Zumutung“ und kündigte an, man werde Widerspruch einlegen."
        let edges = Fixture.edges(text, .asserts)
        #expect(edges.contains { $0.cueSpan == TextSpans.span(of: "bezeichnete", in: text) })
        #expect(edges.contains { $0.cueSpan?.start == TextSpans.span(of: "kündigte", in: text)?.start })
    }

    @Test func aConditionInTheKonjunktivStaysInTheReportedClause() throws {
        let text = "Der Präsident Karl Weber hat sein Veto gegen das Gesetz angekündigt, falls dieses nicht geändert werde."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.form == .reported)
        #expect(Fixture.statement(edge)?.hasSuffix("falls dieses nicht geändert werde") == true)
        // In the indicative the condition is the narrator's.
        let narrator = "Der Präsident Karl Weber hat sein Veto gegen das Gesetz angekündigt, falls es der Senat beschließt."
        #expect(Fixture.statement(try #require(Fixture.edges(narrator, .asserts).first))?.hasSuffix("angekündigt") == true)
    }
}
