import TestSupport
import NewsGraphModel
import Testing

@Suite struct DirectSpeechTests {
    @Test func speechVerbAfterQuotation() throws {
        let text = "„Die Lage ist ernst“, sagte Verteidigungsminister Boris Pistorius am Montag."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source == EntityRef(.person, "Boris Pistorius"))
        #expect(edge.form == .direct)
        #expect(Fixture.statement(edge) == "Die Lage ist ernst")
        #expect(edge.contentSpan == TextSpans.span(of: "„Die Lage ist ernst“", in: text))
        #expect(edge.cueSpan == TextSpans.span(of: "sagte", in: text))
        // The speaker is the whole phrase, role included.
        #expect(edge.sourceSpan == TextSpans.span(of: "Verteidigungsminister Boris Pistorius", in: text))
        #expect(edge.rule.contains("speech-verb:sagen after quote"))
    }

    @Test func colonFrameBeforeQuotation() throws {
        let text = "Die Außenministerin Anna Berger betonte: „Wir stehen an der Seite der Partner.“"
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source == EntityRef(.person, "Anna Berger"))
        #expect(edge.form == .direct)
        #expect(Fixture.statement(edge) == "Wir stehen an der Seite der Partner.")
        #expect(edge.cueSpan == TextSpans.span(of: "betonte", in: text))
        #expect(edge.contentSpan == TextSpans.span(of: "„Wir stehen an der Seite der Partner.“", in: text))
    }

    @Test func pronounSpeakerIsTheLastPerson() throws {
        let text = "Der Minister Karl Huber besuchte die Truppe. „Die Moral ist hoch“, sagte er."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source == EntityRef(.person, "Karl Huber"))
        let frame = try #require(TextSpans.span(of: "sagte er", in: text))
        #expect(edge.sourceSpan == Span(start: frame.end - 2, end: frame.end))
        #expect(edge.rule.contains("pronoun:er"))
    }

    @Test func roleNounSpeakerIsThePersonInThatRole() throws {
        let text = "Präsident Peter Lang sprach in Berlin. „Wir helfen“, mahnte der Präsident."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source == EntityRef(.person, "Peter Lang"))
        #expect(edge.sourceSpan == TextSpans.span(of: "der Präsident", in: text))
        #expect(edge.cueSpan == TextSpans.span(of: "mahnte", in: text))
    }

    @Test func soAfterQuotationWithSurnameOnly() throws {
        let text = "Präsident Peter Lang sprach in Berlin. „Es wird ein langer Winter“, so Lang."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source == EntityRef(.person, "Peter Lang"))
        #expect(edge.cueSpan == TextSpans.span(of: "so", in: text))
        #expect(edge.sourceSpan == TextSpans.span(of: "Lang", in: text, occurrence: 2))
    }

    @Test func quotationGoingOnInTheNextSentenceKeepsItsSpeaker() throws {
        let text = "„Wir sind bereit“, sagte Anna Berger. „Wir warten nur auf das Signal.“"
        let edges = Fixture.edges(text, .asserts)
        #expect(edges.count == 2)
        #expect(edges.allSatisfy { $0.source == EntityRef(.person, "Anna Berger") && $0.form == .direct })
        #expect(edges.map { Fixture.statement($0) ?? "" }.contains("Wir warten nur auf das Signal."))
    }

    @Test func headlineQuotationWithoutSpeakerGivesNoEdge() {
        let text = "„Wir kommen wieder“\nDer Sturm hat die Küste erreicht."
        #expect(Fixture.analyze(text).edges.isEmpty)
    }
}

@Suite struct QuotingVerbTests {
    @Test func theOneQuotedSpeaksNotTheMedium() throws {
        let text = "„Die Lage ist ruhig“, zitiert die Zeitung den Polizeisprecher Ralf Meier."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source == EntityRef(.person, "Ralf Meier"))
    }

    @Test func passiveSubjectOfZitierenSpeaks() throws {
        let text = "Der Trainer Hans Vogt wird von der Zeitung mit den Worten zitiert, die Mannschaft sei bereit."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source == EntityRef(.person, "Hans Vogt"))
    }

    @Test func frontedQuotedObjectWithTheSpeakerAfterTheVerb() throws {
        let text = "Von einer „gezielten Kampagne“ sprach der Abgeordnete Peter Kühn."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source == EntityRef(.person, "Peter Kühn"))
        #expect(edge.contentSpan == TextSpans.span(of: "„gezielten Kampagne“", in: text))
    }

    @Test func documentWhoseTextIsQuoted() throws {
        let text = "Der Text der Petition lautete: „Wir fordern ein Ende der Gewalt.“"
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.sourceSpan == TextSpans.span(of: "Der Text der Petition", in: text))
        #expect(edge.form == .direct)
    }

    @Test func soBeforeAVerbOfSayingAfterTheQuotation() throws {
        let text = "„Er führt mit eiserner Hand“, so charakterisierte ihn der Betriebsrat Bernd Albers."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.cueSpan == TextSpans.span(of: "charakterisierte", in: text))
        #expect(edge.sourceSpan == TextSpans.span(of: "der Betriebsrat Bernd Albers", in: text))
        #expect(edge.contentSpan == TextSpans.span(of: "„Er führt mit eiserner Hand“", in: text))
    }

    @Test func aWorkWithItsAuthorQuotesNoOne() {
        let text = "Die Schauspielerin Anna Weber liest am Abend aus „Das siebte Kreuz der Nacht“ von Anna Seghers."
        #expect(Fixture.edges(text, .asserts).isEmpty)
    }

    @Test func quotedWordsOpeningAClauseAreNoQuotationOfTheirOwn() throws {
        let text = "Der Bundesrat schlug dem Bundestag vor, „Zwangsheiraten“ als eigenen Straftatbestand anzuerkennen."
        let edges = Fixture.edges(text, .asserts)
        let clause = try #require(edges.first { $0.form == .indirect })
        #expect(Fixture.statement(clause) == "„Zwangsheiraten“ als eigenen Straftatbestand anzuerkennen")
        #expect(clause.source == EntityRef(.organization, "Bundesrat"))
        // A quotation that ends the clause is the verb's direct content.
        let whole = "Die Ministerin betonte, „wir bleiben bei unserem Plan“."
        #expect(Fixture.edges(whole, .asserts).first?.form == .direct)
    }
}
