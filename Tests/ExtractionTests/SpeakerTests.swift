import NewsGraphModel
import Testing
import TestSupport

/// Who speaks: the subject of the verb of saying, found past addressees,
/// adverbs, relative clauses, appositions and attached phrases.
@Suite struct SpeakerTests {
    @Test func addresseeBeforeTheVerbIsNoSpeaker() throws {
        let text = "Der Zeitung sagte Hans Berger: „Ich bleibe im Amt.“"
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source == EntityRef(.person, "Hans Berger"))
        #expect(edge.sourceSpan == TextSpans.span(of: "Hans Berger", in: text))
    }

    @Test func objectOfAVerbThatTakesNoAddresseeIsNoSpeaker() throws {
        // `vorwerfen` takes a dative object: the subject before the verb speaks.
        let text = "Die Autoren der Studie werfen den Behörden vor: „Eine Prüfung findet kaum statt.“"
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.sourceSpan == TextSpans.span(of: "Die Autoren der Studie", in: text))
    }

    @Test func sentenceOpeningAdverbIsNoSpeaker() throws {
        let text = "Unterdessen verlangen die Grünen, dass sich der Ausschuss mit dem Thema befasst."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.sourceSpan == TextSpans.span(of: "die Grünen", in: text))
        #expect(Fixture.statement(edge) == "dass sich der Ausschuss mit dem Thema befasst")
    }

    @Test func verbOfARelativeClauseLeavesTheMainVerbItsReport() throws {
        let text = "Ein Beamter, den die Zeitung zitiert, sagte, die Lage sei ernst."
        let edges = Fixture.edges(text, .asserts)
        #expect(edges.count == 1)
        let edge = try #require(edges.first)
        #expect(edge.cueSpan == TextSpans.span(of: "sagte", in: text))
        #expect(edge.sourceSpan == TextSpans.span(of: "Ein Beamter", in: text))
        #expect(Fixture.statement(edge) == "die Lage sei ernst")
    }

    @Test func subjectWithAnAttachedPhraseBeforeARelativeClause() throws {
        let text = "Lena Vogt von der Erdbebenwarte, die die Stärke zunächst mit 5,1 angegeben hatte, sagte, dass solche Beben selten seien."
        let edges = Fixture.edges(text, .asserts)
        #expect(edges.count == 1)
        let edge = try #require(edges.first)
        #expect(edge.source == EntityRef(.person, "Lena Vogt"))
        #expect(Fixture.statement(edge) == "dass solche Beben selten seien")
    }

    @Test func wieClauseWithANameInApposition() throws {
        let text = "Wie die Sprecherin, Anna Schulz, mitteilte, wird das Land die Jagd wieder aufnehmen."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source == EntityRef(.person, "Anna Schulz"))
        #expect(Fixture.statement(edge) == "wird das Land die Jagd wieder aufnehmen")
    }

    @Test func wieClauseWithAnUnknownNameInApposition() throws {
        let text = "Wie die Mitarbeiterin seines Büros, Arminda Tomasz, mitteilte, wurde er tot aufgefunden."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(Fixture.statement(edge) == "wurde er tot aufgefunden")
        #expect(edge.sourceSpan.map { $0.start } == TextSpans.span(of: "die Mitarbeiterin", in: text)?.start)
    }

    @Test func particleWrittenApartBeforeAFiniteVerbInAWieClause() throws {
        let text = "Wie das Ministerium bekannt gab, wird das Land die Jagd wieder aufnehmen."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.cueSpan == TextSpans.span(of: "bekannt gab", in: text))
        #expect(edge.sourceSpan == TextSpans.span(of: "das Ministerium", in: text))
    }

    @Test func verbThatQuotesSomeoneGivesItsObjectAsSpeaker() throws {
        let text = "Die Zeitung zitiert den Bürgermeister Karl Brandt: „Der Mann rannte einfach weiter.“"
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source == EntityRef(.person, "Karl Brandt"))
        #expect(edge.form == .direct)
        // An anonymous witness speaks too: an unnamed source, not the medium.
        let anonymous = "Die Zeitung zitiert einen Augenzeugen mit den Worten: „Der Mann rannte einfach weiter.“"
        let other = try #require(Fixture.edges(anonymous, .asserts).first)
        #expect(other.source.type == .unnamedSource)
        #expect(other.sourceSpan == TextSpans.span(of: "einen Augenzeugen", in: anonymous))
    }

    @Test func unknownNameAfterAnAddresseeSpeaks() throws {
        let text = "Der englischsprachigen Zeitung sagte Filep Karon: „Ich bleibe im Gefängnis.“"
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.sourceSpan == TextSpans.span(of: "Filep Karon", in: text))
    }

    @Test func genitiveNameBeforeAnAdjectiveIsADeterminer() throws {
        let text = "Mannheims oberster Bürgermeister Peter Kurz spricht von einer „überwältigenden Resonanz“."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source == EntityRef(.person, "Peter Kurz"))
        #expect(edge.sourceSpan == TextSpans.span(of: "Mannheims oberster Bürgermeister Peter Kurz", in: text))
    }

    @Test func subjunctiveClauseAfterAnAdverbialMainClause() throws {
        let text = "Dazu ließ Peter Brandt im Rundfunk verbreiten, das Land werde nicht nachgeben."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source == EntityRef(.person, "Peter Brandt"))
        #expect(Fixture.statement(edge) == "das Land werde nicht nachgeben")
    }

    @Test func freeIndirectSentencesInARowAreOnePassage() throws {
        let text = "Maria Klein sagte, die Lage sei angespannt. Es gehe jetzt um Vertrauen. Die Gespräche würden fortgesetzt."
        let edges = Fixture.edges(text, .asserts)
        #expect(edges.count == 2)
        let passage = try #require(edges.first { $0.form == .freeIndirect })
        #expect(passage.source == EntityRef(.person, "Maria Klein"))
        #expect(passage.contentSpan == TextSpans.span(of: "Es gehe jetzt um Vertrauen. Die Gespräche würden fortgesetzt", in: text))
    }

    @Test func addresseeAfterGegenueberIsNoSpeaker() throws {
        let text = "Ein Sachbearbeiter sagte gegenüber Anna Berg, dass die Prüfung noch dauere."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.sourceSpan == TextSpans.span(of: "Ein Sachbearbeiter", in: text))
    }

    @Test func nameAfterTheVerbIsAnObjectWhenTheSubjectIsIndefinite() throws {
        let text = "Einige Abgeordnete haben Kanzler Peter Lang in einem Brief geschrieben, dass sich die Politik ändern müsse."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source != EntityRef(.person, "Peter Lang"))
        #expect(edge.sourceSpan == TextSpans.span(of: "Einige Abgeordnete", in: text))
    }

    @Test func frontedAddresseeIsNoSpeaker() throws {
        let text = "Gegenüber dem Sender äußerte sich Karl Brandt mit den Worten: „Das ist der Anfang vom Ende.“"
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source == EntityRef(.person, "Karl Brandt"))
    }

    @Test func passiveZitiertAfterAnApposition() throws {
        let text = "Der Fraktionschef der Grünen, Volker Ratz, wird von der Zeitung mit den Worten zitiert: „Der Bürgermeister ist angeschlagen.“"
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source == EntityRef(.person, "Volker Ratz"))
    }

    @Test func impersonalVerbBeforeAQuoteQuotesItsDocument() throws {
        let text = "In dem Antrag heißt es wörtlich: „Die Einstufung wäre ein Beitrag zum Frieden.“"
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.sourceSpan == TextSpans.span(of: "dem Antrag", in: text))
    }

    @Test func pronounBeforeAColonSpeaks() throws {
        let text = "Die Kanzlerin Eva Lorenz sprach in Berlin. Dabei griff sie auch den Präsidenten an: „Wer so redet, verdient keine Toleranz.“"
        let edge = try #require(Fixture.edges(text, .asserts).first { $0.form == .direct })
        #expect(edge.source == EntityRef(.person, "Eva Lorenz"))
        #expect(edge.sourceSpan == TextSpans.span(of: "sie", in: text))
    }

    @Test func genitiveNameBeforeANounIsNoSubject() throws {
        let text = "Anna Weiß nannte Patersons Entscheidung „eine sehr schlechte Wahl“."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source == EntityRef(.person, "Anna Weiß"))
    }

    @Test func actorInsideAPrepositionalPhraseIsNoSpeaker() throws {
        let text = "In dem Verfahren vor dem Europäischen Gerichtshof sieht Bernd Osterloh einen „Angriff gegen die Belegschaft“."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source == EntityRef(.person, "Bernd Osterloh"))
    }

    @Test func prepositionalPrefieldWithARelativeClauseIsNoContent() throws {
        let text = "In einer Videobotschaft, die in der Nacht eingespielt wurde, sagte Anna Berg, man werde weiter kämpfen."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source == EntityRef(.person, "Anna Berg"))
        #expect(Fixture.statement(edge) == "man werde weiter kämpfen")
    }

    @Test func truncatedCompoundInsideASubjectPhrase() throws {
        let text = "Der Direktor der Such- und Rettungsagentur sagte, dass Trümmer gefunden wurden."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.sourceSpan == TextSpans.span(of: "Der Direktor der Such- und Rettungsagentur", in: text))
    }

    @Test func ageNounIsASubject() throws {
        let text = "Am Montag sagte der 81-Jährige, dass die Maus sofort tot gewesen sei."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.sourceSpan == TextSpans.span(of: "der 81-Jährige", in: text))
    }

    @Test func prefieldAfterAlsIsNoSubjectOfAPassive() throws {
        let text = "Als Begründung wurde angegeben, die Bürger nutzten immer kleinere Tonnen."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source.type == .unnamedSource)
        #expect(edge.sourceSpan == nil)
        #expect(Fixture.statement(edge) == "die Bürger nutzten immer kleinere Tonnen")
    }

    @Test func demonstrativeBeforeTheVerbStandsForThePersonNamedBefore() throws {
        let text = "Die Richterin Petra Lenz war zunächst nicht erreichbar. Diese bestätigte später, dass ein Haftbefehl bestehe."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source == EntityRef(.person, "Petra Lenz"))
        #expect(edge.sourceSpan == TextSpans.span(of: "Diese", in: text))
        #expect(Fixture.statement(edge) == "dass ein Haftbefehl bestehe")
    }

    @Test func demonstrativeBeforeTheVerbWithASubjectAfterItIsTheObject() throws {
        // `Diese` is the object here: the subject follows the verb.
        let text = "Der Anwalt Karl Brenner erhob schwere Vorwürfe. Diese bestätigte der Sprecher der Polizei, Tom Weller, nicht."
        #expect(!Fixture.edges(text, .asserts).contains { $0.sourceSpan == TextSpans.span(of: "Diese", in: text) })
    }

    @Test func theOneAccusedInAPassiveIsNoSpeaker() throws {
        let fronted = "Dem Berater Peter Lang, einem früheren Minister, wird vorgeworfen, den Putsch geplant zu haben."
        let edge = try #require(Fixture.edges(fronted, .asserts).first)
        #expect(edge.source.type == .unnamedSource)
        #expect(edge.sourceSpan == nil)
        #expect(Fixture.statement(edge) == "den Putsch geplant zu haben")
        let subordinate = "Der Streit eskalierte, sodass der Verband aufgefordert wurde, sich an den Kosten zu beteiligen."
        let other = try #require(Fixture.edges(subordinate, .asserts).first)
        #expect(other.sourceSpan == nil)
        #expect(Fixture.statement(other) == "sich an den Kosten zu beteiligen")
    }

    @Test func vonAfterANounIsNoPassiveAgent() {
        let text = "Der Regierung unter Führung von Hans Roth wird vorgeworfen, Internetzugänge zu sperren."
        #expect(!Fixture.edges(text, .asserts).contains { $0.source == EntityRef(.person, "Hans Roth") })
    }

    @Test func aCountryAfterABodysNameIsItsEdition() throws {
        let text = "Der Konzern will Ingenieure abziehen. Das berichtet die Financial Times Deutschland."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source.type == .organization)
        #expect(edge.sourceSpan == TextSpans.span(of: "die Financial Times Deutschland", in: text))
    }

    @Test func wieClauseAcrossAnAppositionAndAPlace() throws {
        let text = "Wie Steve Marshall, Sprecher der UN-Büros in Birma, in Bangkok mitteilte, sind nur sechs Hubschrauber im Einsatz."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source == EntityRef(.person, "Steve Marshall"))
        #expect(Fixture.statement(edge) == "sind nur sechs Hubschrauber im Einsatz")
        let trailing = "Die Chemikalie stand unter Druck, wie Burt Rutan, Chef der Firma Scaled Composites, mitteilte."
        let other = try #require(Fixture.edges(trailing, .asserts).first)
        #expect(other.source == EntityRef(.person, "Burt Rutan"))
        #expect(Fixture.statement(other) == "Die Chemikalie stand unter Druck")
    }

    @Test func wieClauseWithAWebAddressAsSource() throws {
        let text = "Wie t-online.de berichtet, ist der erste Trailer zum Spiel erschienen."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.sourceSpan == TextSpans.span(of: "t-online.de", in: text))
        #expect(Fixture.statement(edge) == "ist der erste Trailer zum Spiel erschienen")
    }

    @Test func demonstrativeAfterTheVerbAndAVerbOfSayingAfterAnAnaphoricDenial() throws {
        let after = "Der Anwalt Peter Kern gab ein Interview. Darin sagte dieser, dass sein Mandant krank sei."
        let edge = try #require(Fixture.edges(after, .asserts).first)
        #expect(edge.source == EntityRef(.person, "Peter Kern"))
        #expect(edge.sourceSpan == TextSpans.span(of: "dieser", in: after))
        // The denial takes its own clause only; `indem er sagte, …` keeps its report.
        let text = "Die Zeitung meldete einen Rücktritt. Der Minister Paul Weber bestritt das, indem er sagte, er bleibe im Amt."
        #expect(Fixture.edges(text, .denies).count == 1)
        let said = try #require(Fixture.edges(text, .asserts).first { $0.cueSpan == TextSpans.span(of: "sagte", in: text) })
        #expect(Fixture.statement(said) == "er bleibe im Amt")
    }

    @Test func aNameWithParticlesAndOneOpeningWithAPreposition() throws {
        let text = "Bundesministerin Ursula von der Leyen kam zur Sitzung. Von der Leyen betonte, die Bewerberinnen seien erfahren."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source == EntityRef(.person, "Ursula von der Leyen"))
        #expect(edge.sourceSpan == TextSpans.span(of: "Von der Leyen", in: text))
        let unknown = "Der Sprecher Karl zu Felsenberg sagte, die Lage sei ruhig."
        let person = try #require(Fixture.edges(unknown, .asserts).first)
        #expect(person.source == EntityRef(.person, "Karl zu Felsenberg"))
    }

    @Test func aZuInfinitiveOfSayingTakesTheSubjectOfTheClauseBefore() throws {
        let text = "Der Sprecher des Ministeriums beeilte sich, gegenüber Journalisten zu erklären, die Äußerungen seien kein Kurswechsel."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.sourceSpan == TextSpans.span(of: "Der Sprecher des Ministeriums", in: text))
        #expect(Fixture.statement(edge) == "die Äußerungen seien kein Kurswechsel")
    }

    @Test func aSecondVerbAfterUndHasTheFirstOnesSubjectAndTheClauseAfterTheComma() throws {
        let text = "Der Geschäftsführer der Grünen, Volker Beck, sprach von einem Dammbruch und forderte die Regierung auf, die Rechte zu wahren."
        let edges = Fixture.edges(text, .asserts)
        let demand = try #require(edges.first { $0.cueSpan?.start == TextSpans.span(of: "forderte", in: text)?.start })
        #expect(demand.source == EntityRef(.person, "Volker Beck"))
        #expect(Fixture.statement(demand) == "die Rechte zu wahren")
        let spoken = try #require(edges.first { $0.cueSpan == TextSpans.span(of: "sprach", in: text) })
        #expect(spoken.form == .reported)
    }

    @Test func aShortNameEndingLikeAnAdverbAndAnArticleBeforeAdverbsAndAParticiple() throws {
        // `Glos` ends in `-los` but is too short for an adverb.
        let name = "Glos hatte in einem Interview gesagt, die Fraktionen müssten einbezogen werden."
        let edge = try #require(Fixture.edges(name, .asserts).first)
        #expect(edge.sourceSpan == TextSpans.span(of: "Glos", in: name))
        // `die noch zu schaffende Verfassung` opens no relative clause.
        let article = "General Karl Roth erklärte, die noch zu schaffende Verfassung werde die Rolle der Armee festlegen."
        let other = try #require(Fixture.edges(article, .asserts).first)
        #expect(Fixture.statement(other) == "die noch zu schaffende Verfassung werde die Rolle der Armee festlegen")
    }

    @Test func capitalisedVerbFormInsideAClauseIsAName() throws {
        // `Will` mid-sentence is a first name, not the modal `will`.
        let text = "Der Korrespondent in Rom, Will Parker, berichtete, dass die Erde gewackelt habe."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.cueSpan == TextSpans.span(of: "berichtete", in: text))
        #expect(Fixture.statement(edge) == "dass die Erde gewackelt habe")
    }

    @Test func aPronounAfterTheVerbThatIsOnlyNominativeIsTheSubject() throws {
        let text = "Peter Kurz hielt eine Rede. Die Pläne der Regierung, die Wahl zu verschieben, bezeichnete er als „Akt der Willkür“."
        let edge = try #require(Fixture.edges(text, .asserts).first { $0.form == .direct })
        #expect(edge.source == EntityRef(.person, "Peter Kurz"))
        #expect(edge.sourceSpan?.end == TextSpans.span(of: "bezeichnete er", in: text)?.end)
        let plain = "Peter Kurz hielt eine Rede. Die Pläne bezeichnete er als „reine Willkür“."
        let other = try #require(Fixture.edges(plain, .asserts).first { $0.form == .direct })
        #expect(other.source == EntityRef(.person, "Peter Kurz"))
    }

    @Test func aSinglePersonIsNoSubjectOfAVerbInThePlural() throws {
        let text = "Einige der einflussreichsten Moslems im Land haben Premierminister Tony Blair gestern in einem offenen Brief geschrieben, dass die Außenpolitik geändert werden müsse."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source != EntityRef(.person, "Tony Blair"))
        #expect(edge.sourceSpan == TextSpans.span(of: "Einige der einflussreichsten Moslems", in: text))
    }
}
