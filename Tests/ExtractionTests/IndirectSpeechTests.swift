import TestSupport
import NewsGraphModel
import Testing

@Suite struct IndirectSpeechTests {
    @Test func verbOfSayingWithSubjunctiveClause() throws {
        let text = "Die Sprecherin Maria Klein sagte, die Regierung prüfe alle Optionen."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source == EntityRef(.person, "Maria Klein"))
        #expect(edge.form == .indirect)
        #expect(Fixture.statement(edge) == "die Regierung prüfe alle Optionen")
        #expect(edge.contentSpan == TextSpans.span(of: "die Regierung prüfe alle Optionen", in: text))
        #expect(edge.sourceSpan == TextSpans.span(of: "Die Sprecherin Maria Klein", in: text))
    }

    @Test func dassClauseIsTheContent() throws {
        let text = "Der Minister Karl Huber erklärte, dass die Gespräche weitergehen."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(Fixture.statement(edge) == "dass die Gespräche weitergehen")
        #expect(edge.cueSpan == TextSpans.span(of: "erklärte", in: text))
    }

    @Test func verbAfterTheReportedClause() throws {
        let text = "Die Gespräche seien konstruktiv gewesen, erklärte Maria Klein."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source == EntityRef(.person, "Maria Klein"))
        #expect(edge.contentSpan == TextSpans.span(of: "Die Gespräche seien konstruktiv gewesen", in: text))
        #expect(edge.rule.contains("after content"))
    }

    @Test func freeIndirectContinuationKeepsTheSpeaker() throws {
        let text = "Maria Klein sagte, die Lage sei angespannt. Es gehe jetzt darum, Vertrauen zu schaffen."
        let edges = Fixture.edges(text, .asserts)
        #expect(edges.count == 2)
        let continuation = try #require(edges.first { $0.form == .freeIndirect })
        #expect(continuation.source == EntityRef(.person, "Maria Klein"))
        #expect(Fixture.statement(continuation) == "Es gehe jetzt darum, Vertrauen zu schaffen")
        #expect(continuation.sourceSpan == TextSpans.span(of: "Maria Klein", in: text))
    }

    @Test func freeIndirectSentencesInARowAreOnePassage() throws {
        let text = "Maria Klein sagte, die Lage sei angespannt. Es gebe kaum noch Vorräte. Man habe keine Reserven mehr. "
            + "Hilfe sei dringend nötig."
        let passages = Fixture.edges(text, .asserts).filter { $0.form == .freeIndirect }
        #expect(passages.count == 1)
        let passage = try #require(passages.first)
        #expect(passage.source == EntityRef(.person, "Maria Klein"))
        #expect(Fixture.statement(passage) == "Es gebe kaum noch Vorräte. Man habe keine Reserven mehr. Hilfe sei dringend nötig")
    }

    @Test func freeIndirectSentencesWithoutASpeakerAreOnePassageToo() throws {
        let text = "Der Damm hielt dem Wasser stand. Es gebe aber weitere Risse. Man habe die Anwohner gewarnt."
        let passages = Fixture.edges(text, .asserts)
        #expect(passages.count == 1)
        #expect(passages.first.map(Fixture.statement) == "Es gebe aber weitere Risse. Man habe die Anwohner gewarnt")
    }

    @Test func mainClausesInTheIndicativeAroundAFreeIndirectClauseAreNoContent() throws {
        let after = "Der Minister Karl Roth trat am Montag vor die Presse. Proteste werde man nicht hinnehmen, ist die Botschaft seines Auftritts."
        let edge = try #require(Fixture.edges(after, .asserts).first)
        #expect(edge.contentSpan == TextSpans.span(of: "Proteste werde man nicht hinnehmen", in: after))
        let before = "Die Zeitung Le Monde hat das Papier veröffentlicht. "
            + "In dem Papier wird die Position durch einen Satz gekennzeichnet, Folter liege nur bei bleibenden Schäden vor."
        let other = try #require(Fixture.edges(before, .asserts).first)
        #expect(other.contentSpan == TextSpans.span(of: "Folter liege nur bei bleibenden Schäden vor", in: before))
        // A subordinate clause before the subjunctive is its subject and stays.
        let subject = "Der Minister Karl Roth trat am Montag vor die Presse. Was die Bürger wollten, sei mehr Sicherheit."
        let whole = try #require(Fixture.edges(subject, .asserts).first)
        #expect(Fixture.statement(whole) == "Was die Bürger wollten, sei mehr Sicherheit")
    }

    @Test func theNarratorsMainClauseAfterTheContentIsLeftOut() throws {
        let denn = "Der Bauer Karl Roth hofft, dass für sein Dorf etwas abfällt, denn bisher gibt es dort kein Telefon."
        let edge = try #require(Fixture.edges(denn, .asserts).first)
        #expect(Fixture.statement(edge) == "dass für sein Dorf etwas abfällt")
        // In the subjunctive the reason is still the speaker's.
        let reason = "Karl Roth sagte, er komme nicht, denn er sei krank."
        let other = try #require(Fixture.edges(reason, .asserts).first)
        #expect(Fixture.statement(other) == "er komme nicht, denn er sei krank")
    }

    @Test func aConditionalClauseBeforeTheReportedMainClause() throws {
        let text = "Sollten die Bürger davon erfahren, so gebe es keinen Schutz, schreibt der Arbeitskreis Datenschutz auf seiner Website."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.cueSpan == TextSpans.span(of: "schreibt", in: text))
        #expect(Fixture.statement(edge) == "Sollten die Bürger davon erfahren, so gebe es keinen Schutz")
        // Without a reported main clause the conditional reports nothing.
        let plain = "Sollten die Bürger davon erfahren, schreibt der Arbeitskreis Datenschutz auf seiner Website."
        #expect(Fixture.edges(plain, .asserts).isEmpty)
    }

    @Test func anotherSpeakersReportAfterDochEndsTheContent() throws {
        let text = "Karl Roth sagte vor der Presse, der Minister sei tot, doch der Sprecher Paul Weber erklärte, dies nicht bestätigen zu können."
        let edges = Fixture.edges(text, .asserts)
        #expect(edges.count == 2)
        #expect(edges.first.map(Fixture.statement) == "der Minister sei tot")
        #expect(edges.last?.source == EntityRef(.person, "Paul Weber"))
        #expect(edges.last.map(Fixture.statement) == "dies nicht bestätigen zu können")
    }

    @Test func freeIndirectSpeechFarFromItsSpeakerTakesTheDocumentsLastSpeaker() throws {
        let text = "Die Ministerin Anna Berg sagte, die Lage sei ernst. Der Regen hielt an. Die Flüsse stiegen weiter. "
            + "Die Pegel erreichten am Abend Rekordwerte. Viele Straßen waren gesperrt. Die Deiche hielten bis zum Morgen.\n\n"
            + "Weitere Hilfe sei unterwegs."
        let edge = try #require(Fixture.edges(text, .asserts).first { $0.form == .freeIndirect })
        #expect(edge.source == EntityRef(.person, "Anna Berg"))
        #expect(Fixture.statement(edge) == "Weitere Hilfe sei unterwegs")
    }

    @Test func aKonjunktivTwoOfAStrongVerbGoesOnWithThePassage() throws {
        let text = "Maria Klein sagte, die Lage sei angespannt. Den Arbeitssuchenden ständen nur wenige Stellen gegenüber."
        let passage = try #require(Fixture.edges(text, .asserts).first { $0.form == .freeIndirect })
        #expect(passage.source == EntityRef(.person, "Maria Klein"))
        #expect(Fixture.statement(passage) == "Den Arbeitssuchenden ständen nur wenige Stellen gegenüber")
    }

    @Test func theSubjectOfAVerbOfSayingInTheSentenceBeforeSpeaksOn() throws {
        let text = "Die Stadtreinigung äußerte Zweifel an der Darstellung. Für eine Frist von einem Jahr sei das rechtens."
        let edge = try #require(Fixture.edges(text, .asserts).first { $0.form == .freeIndirect })
        #expect(edge.sourceSpan == TextSpans.span(of: "Die Stadtreinigung", in: text))
    }

    @Test func aReasonInTheKonjunktivIsTheSpeakersToo() throws {
        let text = "Die Kommissarin warf der Behörde Einflussnahme vor. Der Chef Paul Weber hat diesen Vorwurf zurückgewiesen, da er unbegründet sei."
        let denial = try #require(Fixture.edges(text, .denies).first)
        #expect(Fixture.statement(denial) == "Die Kommissarin warf der Behörde Einflussnahme vor")
        let reason = try #require(Fixture.edges(text, .asserts).first { $0.source == EntityRef(.person, "Paul Weber") })
        #expect(Fixture.statement(reason) == "da er unbegründet sei")
        // An adverbial clause before a reported main clause stays in the content.
        let before = "Karl Roth sagte, da er krank sei, komme er nicht."
        #expect(Fixture.edges(before, .asserts).first.map(Fixture.statement) == "da er krank sei, komme er nicht")
    }

    @Test func anAttitudeAdjectiveWithSeinOrSichZeigenFramesAClause() throws {
        let text = "Der Trainer Ralph Krüger ist hingegen zuversichtlich, die Schweden schlagen zu können."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.cueSpan == TextSpans.span(of: "ist hingegen zuversichtlich", in: text))
        #expect(Fixture.statement(edge) == "die Schweden schlagen zu können")
        let shown = "Die Ministerin Anna Berg zeigte sich überzeugt, dass die Reform gelingen werde."
        #expect(Fixture.edges(shown, .asserts).first.map(Fixture.statement) == "dass die Reform gelingen werde")
        #expect(Fixture.edges("Der Trainer Ralph Krüger ist zuversichtlich.", .asserts).isEmpty)
        let concluded = "Beobachter schließen daraus, dass die Regierung geschwächt sei."
        #expect(Fixture.edges(concluded, .asserts).first.map(Fixture.statement) == "dass die Regierung geschwächt sei")
    }

    @Test func nestedSpeechIsPartOfTheOuterContent() throws {
        let text = "Maria Klein sagte, der Minister habe erklärt, dass die Hilfe komme."
        let edges = Fixture.edges(text, .asserts)
        #expect(edges.count == 1)
        #expect(edges.first.flatMap(Fixture.statement) == "der Minister habe erklärt, dass die Hilfe komme")
    }

    @Test func negatedVerbOfSayingGivesNoEdge() {
        #expect(Fixture.edges("Er bestätigte nicht, dass Truppen verlegt wurden.", .asserts).isEmpty)
    }

    @Test func anonymousSourceIsAnUnnamedSource() throws {
        let text = "Eine Quelle im Ministerium sagte, die Entscheidung falle bald."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source.type == .unnamedSource)
        #expect(edge.sourceSpan == TextSpans.span(of: "Eine Quelle", in: text))
    }

    @Test func journalistsOwnNarrationGivesNoEdge() {
        #expect(Fixture.analyze("Die Soldaten marschierten am Morgen durch die Stadt. Danach wurde es still.").edges.isEmpty)
    }

    @Test func anaphoricFrameTakesThePreviousSentence() throws {
        let text = "Die Grenze bleibt geschlossen. Das erklärte Präsident Peter Lang am Abend."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source == EntityRef(.person, "Peter Lang"))
        #expect(Fixture.statement(edge) == "Die Grenze bleibt geschlossen")
    }

    @Test func zuInfinitiveOfAVerbOfSaying() throws {
        let text = "Die Ministerin versuchte gestern zu erklären, der Plan sei gescheitert."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.sourceSpan == TextSpans.span(of: "Die Ministerin", in: text))
        #expect(edge.cueSpan == TextSpans.span(of: "erklären", in: text))
        #expect(Fixture.statement(edge) == "der Plan sei gescheitert")
    }

    @Test func documentsReportWithVerbsOfStating() throws {
        let text = "Der Beschluss sieht vor, dass eine Versammlung über die Kandidaten entscheidet. Die Untersuchung ergab, dass Benzin entzündet wurde."
        let edges = Fixture.edges(text, .asserts)
        #expect(edges.map(\.cueSpan) == [TextSpans.span(of: "sieht vor", in: text), TextSpans.span(of: "ergab", in: text)])
        #expect(edges.first?.sourceSpan == TextSpans.span(of: "Der Beschluss", in: text))
    }

    @Test func verbInsideTheContentIsNoFrameWhenAnAuxiliaryFramesItAfterTheComma() throws {
        // `drohen` is a verb of saying, but here it is the content's own verb; `hatte … gesagt` is the frame.
        let text = "Es drohe ein neuer Handelskrieg, hatte die Ministerin bei ihrem Besuch in Rom gesagt."
        let edges = Fixture.edges(text, .asserts)
        #expect(edges.count == 1)
        let edge = try #require(edges.first)
        #expect(edge.cueSpan == TextSpans.span(of: "gesagt", in: text))
        #expect(edge.sourceSpan == TextSpans.span(of: "die Ministerin", in: text))
        #expect(Fixture.statement(edge) == "Es drohe ein neuer Handelskrieg")
    }

    @Test func contentOpeningWithAnAdverbialClauseBeforeItsMainClause() throws {
        let text = "Als die Rebellen die Stadt einnahmen, flohen viele Bewohner, teilte die Polizei mit."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.sourceSpan == TextSpans.span(of: "die Polizei", in: text))
        #expect(Fixture.statement(edge) == "Als die Rebellen die Stadt einnahmen, flohen viele Bewohner")
    }

    @Test func adverbialClauseAloneBeforeTheVerbIsNoContent() {
        // `Als er ankam, sagte er, …` reports what follows; `Weil es regnete, blieb er` reports nothing.
        let text = "Weil es den ganzen Tag regnete, sagte die Stadt das Fest ab."
        #expect(Fixture.edges(text, .asserts).isEmpty)
    }

    @Test func participleAfterAModalAloneIsAnotherVerbsInfinitive() {
        // `geraten` (to get into) is not `raten`'s participle after `könnte` without `haben`.
        let text = "Nach dem Unfall, so fürchtet man, könnte der Tanker in Seenot geraten."
        #expect(Fixture.edges(text, .asserts).allSatisfy { $0.cueSpan != TextSpans.span(of: "geraten", in: text) })
        let perfect = "Die Stadt habe ihm zum Verkauf geraten, soll der Anwalt gesagt haben."
        #expect(!Fixture.edges(perfect, .asserts).isEmpty)
    }

    @Test func claimNounHeldByTheSubject() throws {
        let text = "Die Kommission hatte den Standpunkt vertreten, das Gericht sei dafür nicht zuständig."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.sourceSpan == TextSpans.span(of: "Die Kommission", in: text))
        #expect(Fixture.statement(edge) == "das Gericht sei dafür nicht zuständig")
    }

    @Test func aReasonInTheKonjunktivAfterAnyMainClauseIsItsSubjects() throws {
        let text = "Der Händler Peter Kurz bot den Käufern einen Tisch an, da er angeblich noch einen weiteren habe."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source == EntityRef(.person, "Peter Kurz"))
        #expect(Fixture.statement(edge) == "da er angeblich noch einen weiteren habe")
        // In the indicative the reason is the narrator's.
        #expect(Fixture.edges("Die Firma Kurz schloss das Werk, weil die Nachfrage gesunken ist.", .asserts).isEmpty)
    }

    @Test func aClauseInTheKonjunktivAfterASemicolonGoesOnReporting() throws {
        let text = "Der Trainer sagte, dass die Gegner stark waren; die Art, wie sie spielten, habe ihn überrascht."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(Fixture.statement(edge) == "dass die Gegner stark waren; die Art, wie sie spielten, habe ihn überrascht")
        // In the indicative the narrator goes on.
        let narrator = "Der Trainer sagte, dass die Gegner stark waren; sein Team verlor das Spiel."
        #expect(Fixture.edges(narrator, .asserts).first.map(Fixture.statement) == "dass die Gegner stark waren")
    }

    @Test func sichBerufenAufReportsItsClause() throws {
        let text = "Im ersten Satz beruft sich die Bank darauf, dass die Freigabe der Daten rechtens sei."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.sourceSpan == TextSpans.span(of: "die Bank", in: text))
        #expect(Fixture.statement(edge) == "dass die Freigabe der Daten rechtens sei")
    }

    @Test func aPersonMerelyNamedBeforeIsNoSpeakerOfTheKonjunktiv() throws {
        // No one reported anything before: the sentence in the Konjunktiv I has an unnamed source.
        let text = "Karl Bauer kam 1990 nach Berlin. Das Feuer brach am Abend aus. Der Schaden sei enorm."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.source.type == .unnamedSource)
        #expect(edge.sourceSpan == nil)
        #expect(Fixture.statement(edge) == "Der Schaden sei enorm")
    }

    @Test func anInfinitiveClauseWithoutItsCommaAfterTheParticiple() throws {
        let text = "Der Präsident hatte am Donnerstag angekündigt bei der Wahl im September erneut anzutreten."
        let edge = try #require(Fixture.edges(text, .asserts).first)
        #expect(edge.cueSpan == TextSpans.span(of: "angekündigt", in: text))
        #expect(Fixture.statement(edge) == "bei der Wahl im September erneut anzutreten")
        // Not an infinitive clause: nothing is reported.
        #expect(Fixture.edges("Der Präsident hatte am Donnerstag angekündigt bei der Wahl im September.", .asserts).isEmpty)
    }

    @Test func aPastIndicativeThatLooksLikeTheKonjunktivIIReportsNothing() {
        let text = "Die Frau fuhr nach Hause. Dort fielen gegen Mittag die tödlichen Schüsse."
        #expect(Fixture.edges(text, .asserts).isEmpty)
    }

    @Test func verbsThatTakeOnlyAnIntroducedClause() throws {
        // speech-verbs.tsv frame `n`: veröffentlichen, bemerken, anbieten, vorsehen.
        #expect(Fixture.edges("Die Behörde veröffentlichte eine Liste, darin stehen zwölf Namen.", .asserts).isEmpty)
        #expect(Fixture.edges("Der Pilot bemerkte die Probleme, zurückkehren konnte er aber nicht mehr.", .asserts).isEmpty)
        let introduced = "Die Behörde veröffentlichte am Montag, dass zwölf Menschen gestorben seien."
        #expect(Fixture.statement(try #require(Fixture.edges(introduced, .asserts).first)) == "dass zwölf Menschen gestorben seien")
    }

    @Test func aParticipleBetweenArticleAndNounIsAnAdjective() throws {
        let text = "Barack Obama hat in einer vorgestern veröffentlichten Videobotschaft angekündigt, auf staatliche Gelder zu verzichten."
        let edges = Fixture.edges(text, .asserts)
        #expect(edges.count == 1)
        let edge = try #require(edges.first)
        #expect(edge.cueSpan == TextSpans.span(of: "angekündigt", in: text))
        #expect(edge.source == EntityRef(.person, "Barack Obama"))
    }
}
