import Foundation
import Testing

@testable import Inputs

@Suite("HTML pages")
struct HTMLArticleReaderTests {
    private func read(_ name: String) throws -> Article {
        try HTMLArticleReader.article(from: Fixture.data("html/\(name)"), id: name, origin: "html/\(name)")
    }

    @Test("An <article> page: metadata from og: tags, body without figure, byline, share buttons, teaser and furniture")
    func articleLayout() throws {
        let article = try read("tagesblatt-article.html")
        #expect(article.id == "tagesblatt-article.html")
        #expect(article.title == "Stadtrat beschließt neues Radwegenetz")
        #expect(article.date == "2024-10-18T14:03:00+02:00")
        #expect(article.outlet == "Tagesblatt")
        #expect(article.url == "https://www.tagesblatt.example/lokales/radwegenetz-123.html")
        #expect(
            article.text == """
                Stadtrat beschließt neues Radwegenetz
                Nach monatelangem Streit hat der Stadtrat am Donnerstagabend das neue Radwegenetz beschlossen. \
                Die Opposition kündigte Widerstand an.
                Mit 31 zu 24 Stimmen stimmte der Rat für den Plan von Bürgermeisterin Jutta Brandauer. Bis 2028 \
                sollen 42 Kilometer neue Wege entstehen, die meisten davon baulich von der Fahrbahn getrennt.
                „Das ist ein guter Tag für alle, die in dieser Stadt sicher unterwegs sein wollen“, sagte Brandauer \
                nach der Abstimmung. Die Kosten schätzt die Verwaltung auf 18 Millionen Euro.
                Kritik von der Opposition
                Der Fraktionschef der Bürgerliste, Konrad Wiesel, nannte den Beschluss „überhastet und zu teuer“. \
                Seine Fraktion wolle die Pläne prüfen lassen.
                Wir werden jeden Meter Radweg genau anschauen.
                Die Verwaltung nennt drei Schwerpunkte:
                eine durchgehende Verbindung vom Bahnhof zur Universität,
                sichere Kreuzungen an der Ringstraße und
                mehr Abstellplätze an den Haltestellen.
                Der erste Abschnitt soll im Frühjahr fertig sein. Anwohner können sich ab Montag im Rathaus über \
                die Pläne informieren & Fragen stellen.
                """)
        for boilerplate in [
            "Foto", "Lesen Sie auch", "Parkhaus", "Teilen", "Marlene", "Schlagworte", "Cookies", "Meistgelesen",
            "Impressum", "Verkehrswende", "Politik",
        ] {
            #expect(!article.text.contains(boilerplate), "\(boilerplate)")
        }
    }

    @Test("A div page with JSON-LD in @graph: publisher by @id, articleBody, 'Mehr zum Thema' list, comments left out")
    func jsonLDGraph() throws {
        let article = try read("rheinbote-jsonld-graph.html")
        #expect(article.title == "Hochwasser: Pegel am Rhein steigt weiter")
        #expect(article.date == "2024-10-21T06:30:00+02:00")
        #expect(article.outlet == "Rheinischer Bote")
        #expect(article.url == "https://rheinbote.example/region/hochwasser-pegel-789/")
        #expect(
            article.text == """
                Hochwasser: Pegel am Rhein steigt weiter
                Der Pegel in Köln hat in der Nacht die Marke von 7,80 Metern überschritten. Die Stadt hat erste \
                Uferstraßen gesperrt und warnt vor weiter steigendem Wasser.
                Ein Sprecher der Feuerwehr sagte am Morgen, man sei auf einen Wasserstand von über acht Metern \
                vorbereitet. Sandsäcke würden an mehreren Stellen ausgegeben.
                Auch in Bonn und Düsseldorf bereiten sich die Behörden vor. Der Schiffsverkehr auf dem Rhein ist \
                zwischen Koblenz und Duisburg eingestellt.
                Die Meteorologen erwarten erst zum Wochenende ein Ende der Regenfälle.
                """)
    }

    @Test("An AMP page: amp- components left out, canonical URL, JSON-LD in a top-level array")
    func ampPage() throws {
        let article = try read("nordkurier-amp.html")
        #expect(article.title == "Fähre nach Rügen fällt wegen Sturm aus")
        #expect(article.date == "2024-11-02")
        #expect(article.outlet == "Nordkurier Beispiel")
        #expect(article.url == "https://www.nordkurier-beispiel.example/mv/faehre-sturm-2024.html")
        #expect(
            article.text == """
                Fähre nach Rügen fällt wegen Sturm aus
                Wegen eines Sturmtiefs hat die Reederei am Samstag alle Fahrten zwischen Stralsund und der Insel \
                Rügen gestrichen. Der Deutsche Wetterdienst warnt vor Böen bis zu 100 Kilometern pro Stunde.
                Eine Sprecherin der Reederei sagte, man rechne frühestens am Sonntagmittag mit einer Wiederaufnahme \
                des Verkehrs. Pendler sollten auf die Brücke ausweichen.
                Auch der Zugverkehr nach Sassnitz ist eingeschränkt.
                """)
    }

    @Test("A windows-1252 page declared ISO-8859-1: €, „ “ and – decoded, date from <meta name=date>")
    func windows1252() throws {
        let article = try read("suedstadt-windows-1252.html")
        #expect(article.title == "Müllgebühren steigen um zwölf Prozent")
        #expect(article.date == "2024-10-18")
        #expect(article.outlet == nil)
        #expect(article.url == nil)
        #expect(
            article.text == """
                Müllgebühren steigen um zwölf Prozent
                Die Gebühren für die Müllabfuhr steigen im kommenden Jahr um zwölf Prozent. Ein Haushalt zahlt \
                dann im Schnitt 312 € statt bisher 279 €.
                „Wir haben die Kosten lange abgefedert – das geht nun nicht mehr“, sagte der Leiter des \
                Entsorgungsbetriebs, Günther Oßwald, am Freitag.
                Grund seien vor allem höhere Löhne und teurere Fahrzeuge. Die Gebührenordnung muss noch vom \
                Kreistag bestätigt werden, was als sicher gilt.
                """)
    }

    @Test(
        "A section page with loose text and <br>: consent layer, paywall hint, teaser box and teaser articles left out")
    func sectionLayout() throws {
        let article = try read("alpenpost-section-layout.html")
        #expect(article.title == "Lawinengefahr in den Alpen steigt – Bergwacht warnt Wanderer")
        #expect(article.date == "2024-10-21")
        #expect(article.outlet == "Alpenpost")
        #expect(
            article.text == """
                Lawinengefahr in den Alpen steigt – Bergwacht warnt Wanderer
                Nach heftigen Schneefällen hat der Lawinenwarndienst die Gefahrenstufe für weite Teile der \
                Allgäuer Alpen auf drei von fünf angehoben.
                Die Bergwacht rät dringend davon ab, gesicherte Wege zu verlassen. Besonders gefährlich seien \
                steile Nordhänge oberhalb von 1800 Metern.
                Der Leiter der Bergwacht, Florian Gschwendtner, sagte: „Wer jetzt ins freie Gelände geht, spielt \
                mit seinem Leben.“
                Für das Wochenende erwarten die Meteorologen weiteren Neuschnee.
                """)
    }

    @Test("A page whose text is only in JSON-LD articleBody (CDATA-wrapped, publisher in an array)")
    func jsonLDOnly() throws {
        let article = try read("jsonld-only.html")
        #expect(article.title == "Kita-Streik am Montag")
        #expect(article.date == "2024-09-30T07:15:00")
        #expect(article.outlet == "Stadtanzeiger Mitte")
        #expect(
            article.text == """
                Kita-Streik am Montag
                Am Montag bleiben in der Stadt viele Kitas geschlossen.
                Die Gewerkschaft hat die Beschäftigten zu einem ganztägigen Warnstreik aufgerufen.
                Eltern sollen sich bei ihrer Einrichtung informieren.
                """)
    }

    @Test("A page without article text is an error")
    func noArticle() throws {
        #expect(throws: InputError(origin: "x", reason: "no article text found")) {
            try HTMLArticleReader.article(from: Fixture.data("html/no-article.html"), id: "x", origin: "x")
        }
    }
}
