import GermanText
import Lexicons
import NewsGraphModel
import TestSupport
import Testing

@testable import Entities

/// The shipped gazetteer files: each is read and checked on sample entries.
@Suite struct GazetteerDataTests {
    static let loaded: Gazetteer? = try? Gazetteer.load(from: ProjectPaths.ontology)

    @Test func everyFileLoads() throws {
        let gazetteer = try Gazetteer.load(from: ProjectPaths.ontology)
        #expect(gazetteer.entries.count > 1000)
        for type in [NodeType.person, .organization, .country, .location] {
            #expect(gazetteer.entries.contains { $0.type == type })
        }
    }

    @Test func countriesFoldNamesInflectionsAndOfficialNames() throws {
        let g = try #require(Self.loaded)
        let expected: [String: String] = [
            "Nordkoreas": "Nordkorea", "DVRK": "Nordkorea", "Demokratische Volksrepublik Korea": "Nordkorea",
            "Südkoreas": "Südkorea", "Republik Korea": "Südkorea", "Russlands": "Russland",
            "Russische Föderation": "Russland", "USA": "USA", "US": "USA", "Vereinigten Staaten": "USA",
            "Vereinigte Staaten von Amerika": "USA", "Irans": "Iran", "Islamische Republik Iran": "Iran",
            "Syriens": "Syrien", "Vereinigtes Königreich": "Großbritannien", "UK": "Großbritannien",
            "Großbritanniens": "Großbritannien", "Ukraine": "Ukraine", "VR China": "China",
            "Volksrepublik China": "China",
            "Chinas": "China", "Indiens": "Indien", "Deutschlands": "Deutschland", "Türkei": "Türkei",
            "Japan": "Japan", "Australien": "Australien", "Weißrussland": "Belarus", "Kosovo": "Kosovo",
            "Taiwan": "Taiwan", "Vatikan": "Vatikan", "Palästina": "Palästina",
        ]
        for (surface, canonical) in expected {
            let entry = g.lookup(surface)
            #expect(entry?.canonical == canonical, "\(surface)")
            #expect(entry?.type == .country, "\(surface)")
        }
        #expect(g.entries.filter { $0.type == .country }.count == 197)
        #expect(g.lookup("Grönland")?.type == .location)
        #expect(g.lookup("Hongkong")?.type == .location)
        #expect(g.lookup("Kongo")?.canonical == "Demokratische Republik Kongo")
    }

    @Test func capitalsStandForTheirState() throws {
        let g = try #require(Self.loaded)
        let capitals: [String: String] = [
            "Pjöngjang": "Nordkorea", "Pjöngjangs": "Nordkorea", "Pyongyang": "Nordkorea", "Moskau": "Russland",
            "Moskaus": "Russland", "Kiew": "Ukraine", "Kyjiw": "Ukraine", "Kyiv": "Ukraine", "Seoul": "Südkorea",
            "Washington": "USA", "Peking": "China", "Beijing": "China", "Teheran": "Iran", "Berlin": "Deutschland",
            "London": "Großbritannien", "Paris": "Frankreich", "Ankara": "Türkei", "Tokio": "Japan",
            "Neu-Delhi": "Indien", "Damaskus": "Syrien", "Warschau": "Polen",
        ]
        for (surface, country) in capitals {
            let entry = g.lookup(surface)
            #expect(entry?.type == .location, "\(surface)")
            #expect(entry?.capitalOf == country, "\(surface)")
        }
        // Brüssel acts for the EU, not for Belgium: a plain place.
        #expect(g.lookup("Brüssel")?.type == .location)
        #expect(g.lookup("Brüssel")?.capitalOf == nil)
    }

    @Test func adjectivesAndDemonymsNameTheirCountry() throws {
        let g = try #require(Self.loaded)
        let adjectives: [String: String] = [
            "nordkoreanischen": "Nordkorea", "Nordkoreanische": "Nordkorea", "Nordkoreaner": "Nordkorea",
            "südkoreanischer": "Südkorea", "russischen": "Russland", "Russen": "Russland", "Russin": "Russland",
            "ukrainische": "Ukraine", "Ukrainer": "Ukraine", "ukrainischen": "Ukraine", "amerikanische": "USA",
            "US-amerikanischen": "USA", "Amerikaner": "USA", "britischen": "Großbritannien", "Briten": "Großbritannien",
            "chinesische": "China", "Chinesen": "China", "iranischen": "Iran", "israelische": "Israel",
            "Israelis": "Israel", "deutschen": "Deutschland", "Deutsche": "Deutschland", "französischen": "Frankreich",
            "Franzosen": "Frankreich", "Französin": "Frankreich", "polnische": "Polen", "belarussischen": "Belarus",
            "japanischen": "Japan", "türkische": "Türkei", "syrischen": "Syrien", "indischen": "Indien",
        ]
        for (word, country) in adjectives {
            #expect(g.country(forAdjective: word)?.canonical == country, "\(word)")
        }
        let countriesWithAdjective = Set(
            [
                "nordkoreanisch", "russisch", "ukrainisch", "deutsch", "brasilianisch", "kenianisch", "peruanisch",
                "vietnamesisch", "kanadisch", "mexikanisch",
            ].compactMap { g.country(forAdjective: $0)?.canonical })
        #expect(countriesWithAdjective.count == 10)
        #expect(g.country(forAdjective: "koreanischen") == nil)
        #expect(g.country(forAdjective: "europäischen") == nil)
    }

    @Test func organizationsFoldVariants() throws {
        let g = try #require(Self.loaded)
        let expected: [String: String] = [
            "NATO": "NATO", "Nato": "NATO", "Natos": "NATO", "Kreml": "Kreml", "Kremls": "Kreml",
            "Weißen Hauses": "Weißes Haus", "Pentagon": "Pentagon", "Europäischen Union": "EU", "EU": "EU",
            "Vereinten Nationen": "UNO", "UN": "UNO", "Brics": "BRICS", "BRICS": "BRICS", "IWF": "IWF",
            "Internationalen Währungsfonds": "IWF", "Europäische Kommission": "Europäische Kommission",
            "EU-Kommission": "Europäische Kommission", "Bundestages": "Bundestag", "dpa": "dpa",
            "AP": "Associated Press",
            "Associated Press": "Associated Press", "Reuters": "Reuters", "Yonhap": "Yonhap", "Tass": "TASS",
            "ntv": "n-tv", "ISW": "ISW", "CNN": "CNN", "Hisbollah": "Hisbollah", "Bundeswehr": "Bundeswehr",
            "südkoreanischen Geheimdienstes": "Südkoreanischer Geheimdienst", "Telegram": "Telegram",
            "Al Jazeera": "Al Jazeera", "Internationale Atomenergiebehörde": "IAEA",
        ]
        for (surface, canonical) in expected {
            let entry = g.lookup(surface)
            #expect(entry?.canonical == canonical, "\(surface)")
            #expect(entry?.type == .organization, "\(surface)")
        }
        #expect(g.lookup("X")?.isAmbiguous == true)
        #expect(g.lookup("Welt")?.isAmbiguous == true)
        #expect(g.lookup("welt") == nil)
        #expect(g.lookup("Kreml")?.capitalOf == nil)
        // Acronyms match as written or with a genitive -s, never case-folded.
        #expect(g.lookup("IWFs")?.canonical == "IWF")
        #expect(g.lookup("Rand") == nil)
        #expect(g.lookup("RAND")?.canonical == "RAND")
        #expect(g.lookup("Who") == nil)
        #expect(g.lookup("EADS") == nil)
        #expect(g.lookup("Das erste") == nil)
    }

    @Test func peopleFoldSpellings() throws {
        let g = try #require(Self.loaded)
        let expected: [String: String] = [
            "Selenskyj": "Wolodymyr Selenskyj", "Selenskyjs": "Wolodymyr Selenskyj",
            "Volodymyr Zelensky": "Wolodymyr Selenskyj", "Zelenskyy": "Wolodymyr Selenskyj", "Putins": "Wladimir Putin",
            "Peskov": "Dmitri Peskow", "Dmitry Peskov": "Dmitri Peskow", "Lavrov": "Sergej Lawrow",
            "Shoigu": "Sergej Schoigu", "Budanov": "Kyrylo Budanow", "Kim Jong-un": "Kim Jong Un",
            "Kim Jong Un": "Kim Jong Un", "Yoon Suk Yeol": "Yoon Suk-yeol", "Erdogan": "Recep Tayyip Erdoğan",
            "Netanyahu": "Benjamin Netanjahu", "von der Leyen": "Ursula von der Leyen", "Rutte": "Mark Rutte",
            "Ruttes": "Mark Rutte", "Lukashenko": "Alexander Lukaschenko", "Medvedev": "Dmitri Medwedew",
            "Orbán": "Viktor Orbán", "Xi Jinping": "Xi Jinping", "George W. Bush": "George W. Bush",
        ]
        for (surface, canonical) in expected {
            let entry = g.lookup(surface)
            #expect(entry?.canonical == canonical, "\(surface)")
            #expect(entry?.type == .person, "\(surface)")
        }
        #expect(g.entries.filter { $0.type == .person }.count >= 150)
        // Common surnames alone are no gazetteer names.
        #expect(g.lookup("Kim") == nil)
        #expect(g.lookup("Singh") == nil)
        let table = TokenTable(AnalyzedText("Ex-Präsident George W. Bush sagte"))
        let bush = try #require(g.longestMatch(in: table, from: 1))
        #expect(bush.entry.canonical == "George W. Bush")
        #expect(bush.tokenCount == 4)
    }

    @Test func locationsAreKnown() throws {
        let g = try #require(Self.loaded)
        for name in [
            "Krim", "Donbass", "Donezk", "Luhansk", "Kursk", "Cherson", "Saporischschja", "Charkiw", "Bachmut",
            "Gazastreifen", "Westjordanland", "Europa", "Europas", "Asien", "Afrika", "Nahost", "Brüssel", "Genf",
            "Koreanische Halbinsel", "koreanischen Halbinsel", "Bayern", "Nordrhein-Westfalen", "München", "Hamburg",
        ] {
            #expect(g.lookup(name)?.type == .location, "\(name)")
        }
        #expect(g.lookup("Region Kursk")?.canonical == "Kursk")
        #expect(g.lookup("Kharkiv")?.canonical == "Charkiw")
        #expect(g.lookup("Essen")?.isAmbiguous == true)
    }

    @Test func wordListsTellNounsFromNames() throws {
        let g = try #require(Self.loaded)
        let nouns = try EntityLexicon.load(from: ProjectPaths.ontology).commonNouns
        for noun in [
            "soldaten", "regierung", "krieges", "präsident", "verteidigungsminister", "geheimdienstes",
            "nato-sprecherin", "infanteristen", "welt", "marine",
        ] {
            #expect(TokenFacts.isCommonNounWord(noun, nouns: nouns), "\(noun)")
        }
        for name in ["putin", "selenskyj", "moskau", "peter", "europa", "budanow", "nordkorea", "sabrina"] {
            #expect(!TokenFacts.isCommonNounWord(name, nouns: nouns), "\(name)")
        }
        for first in ["Wolodymyr", "Sabrina", "Mark", "Kyrylo", "Dmitri", "Antony", "Lloyd", "Annalena", "Olaf"] {
            #expect(g.isKnownFirstName(first), "\(first)")
        }
        #expect(!g.isKnownFirstName("Regierung"))
        for family in ["Kim", "Xi", "Yoon", "Li", "Nguyen"] {
            #expect(g.putsFamilyNameFirst(family), "\(family)")
        }
        #expect(!g.putsFamilyNameFirst("Mark"))
    }
}
