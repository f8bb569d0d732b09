import GermanText
import Lexicons
import NewsGraphModel
import Testing

@testable import Entities

/// The matching rules of ``Gazetteer``, on a small gazetteer built in the test.
@Suite struct GazetteerLookupTests {
    static let fixture: Gazetteer? = {
        let countries = LexiconFile(
            name: "gazetteer/countries.tsv",
            text: """
                Nordkorea\tDemokratische Volksrepublik Korea|DVRK\tnordkoreanisch\tNordkoreaner\tPjöngjang|Pyongyang\tCountry\tKP
                Russland\tRussische Föderation\trussisch\tRusse\tMoskau\tCountry\tRU
                Hongkong\t\thongkonger\t\t\tLocation\tHK
                """)
        let organizations = LexiconFile(
            name: "gazetteer/organizations.tsv",
            text: """
                NATO\tOrganization\tNato
                EU\tOrganization\tEuropäische Union
                Weißes Haus\tOrganization\t
                Kreml\tOrganization\t
                Welt\tOrganization\tDie Welt\tambiguous
                Associated Press\tOrganization\tAP
                n-tv\tOrganization\tntv
                """)
        let people = LexiconFile(
            name: "gazetteer/people.tsv",
            text: "Kim Jong Un\tPerson\tKim Jong-un\nWolodymyr Selenskyj\tPerson\tSelenskyj|Zelensky\n")
        let locations = LexiconFile(
            name: "gazetteer/locations.tsv", text: "Moskau\tLocation\tMoskwa\nKursk\tLocation\t\n")
        return try? Gazetteer(
            files: [countries, organizations, people, locations], firstNames: ["Mark", "Wolodymyr"])
    }()

    @Test func looksUpNamesExactlyCaseFoldedAndInflected() throws {
        let g = try #require(Self.fixture)
        #expect(g.lookup("Nordkorea")?.canonical == "Nordkorea")
        #expect(g.lookup("Nordkoreas")?.type == .country)
        #expect(g.lookup("Nordkoreas")?.canonical == "Nordkorea")
        #expect(g.lookup("DVRK")?.canonical == "Nordkorea")
        #expect(g.lookup("Demokratischen Volksrepublik Korea")?.canonical == "Nordkorea")
        #expect(g.lookup("Nato")?.canonical == "NATO")
        #expect(g.lookup("NATO")?.canonical == "NATO")
        #expect(g.lookup("Kremls")?.canonical == "Kreml")
        #expect(g.lookup("Weißen Hauses")?.canonical == "Weißes Haus")
        #expect(g.lookup("Europäischen Union")?.canonical == "EU")
        #expect(g.lookup("Kim Jong-un")?.canonical == "Kim Jong Un")
        #expect(g.lookup("Kim Jong Un")?.canonical == "Kim Jong Un")
        #expect(g.lookup("Zelensky")?.canonical == "Wolodymyr Selenskyj")
        #expect(g.lookup("Selenskyjs")?.canonical == "Wolodymyr Selenskyj")
        #expect(g.lookup("ntv")?.canonical == "n-tv")
        #expect(g.lookup("Kreml")?.rule == "gazetteer:organizations Kreml")
    }

    @Test func capitalsStandForTheirCountryAndClaimTheirNameFirst() throws {
        let g = try #require(Self.fixture)
        let capital = try #require(g.lookup("Pjöngjangs"))
        #expect(capital.canonical == "Pjöngjang")
        #expect(capital.type == .location)
        #expect(capital.capitalOf == "Nordkorea")
        #expect(g.lookup("Pyongyang")?.canonical == "Pjöngjang")
        // Listed again in locations.tsv: the capital keeps its name and its country.
        #expect(g.lookup("Moskau")?.capitalOf == "Russland")
        #expect(g.lookup("Moskwa")?.canonical == "Moskau")
        #expect(g.lookup("Moskwa")?.type == .location)
        #expect(g.lookup("Kursk")?.capitalOf == nil)
    }

    @Test func rejectsLowerCaseAmbiguousAndShortWords() throws {
        let g = try #require(Self.fixture)
        #expect(g.lookup("nato") == nil)
        #expect(g.lookup("welt") == nil)
        #expect(g.lookup("WELT") == nil)
        #expect(g.lookup("Welt")?.isAmbiguous == true)
        #expect(g.lookup("Nato")?.isAmbiguous == false)
        #expect(g.lookup("APs") == nil)
        #expect(g.lookup("Nordkoreaner") == nil)
        #expect(g.lookup("Regierung") == nil)
    }

    @Test func findsTheLongestNameInTokens() throws {
        let g = try #require(Self.fixture)
        let text = "Laut Kim Jong Un und der Associated Press sagte die Nato-Sprecherin in Kursk"
        let table = TokenTable(AnalyzedText(text))
        let words = Array(table.forms)
        let kim = try #require(g.longestMatch(in: table, from: 1))
        #expect(kim.entry.canonical == "Kim Jong Un")
        #expect(kim.tokenCount == 3)
        let ap = try #require(words.firstIndex(of: "Associated"))
        #expect(g.longestMatch(in: table, from: ap)?.tokenCount == 2)
        #expect(g.longestMatch(in: table, from: ap)?.entry.canonical == "Associated Press")
        let compound = try #require(words.firstIndex(of: "Nato-Sprecherin"))
        #expect(g.longestMatch(in: table, from: compound) == nil)
        #expect(g.longestMatch(in: table, from: 0) == nil)
        #expect(g.longestMatch(in: table, from: table.count - 1)?.entry.canonical == "Kursk")
        #expect(g.longestMatch(in: table, from: table.count) == nil)
        let hyphenated = TokenTable(AnalyzedText("Kim Jong-un reiste"))
        #expect(g.longestMatch(in: hyphenated, from: 0)?.tokenCount == 2)
    }

    @Test func mapsAdjectivesAndDemonymsToCountries() throws {
        let g = try #require(Self.fixture)
        for word in [
            "nordkoreanisch", "nordkoreanischen", "Nordkoreanische", "nordkoreanischem", "Nordkoreaner",
            "Nordkoreanern", "Nordkoreanerinnen",
        ] {
            #expect(g.country(forAdjective: word)?.canonical == "Nordkorea", "\(word)")
        }
        #expect(g.country(forAdjective: "Russen")?.canonical == "Russland")
        #expect(g.country(forAdjective: "Russin")?.canonical == "Russland")
        #expect(g.country(forAdjective: "hongkonger")?.type == .location)
        #expect(g.country(forAdjective: "koreanischen") == nil)
        #expect(g.country(forAdjective: "Nordkorea") == nil)
    }

    @Test func knowsFirstNames() throws {
        let g = try #require(Self.fixture)
        #expect(g.isKnownFirstName("Wolodymyr"))
        #expect(g.isKnownFirstName("MARK"))
        #expect(!g.isKnownFirstName("Soldat"))
    }

    @Test func listsTheNamesOfAnEntryAndFoldsNames() throws {
        let g = try #require(Self.fixture)
        let korea = try #require(g.lookup("DVRK"))
        #expect(g.names(of: korea) == ["Nordkorea", "Demokratische Volksrepublik Korea", "DVRK"])
        let capital = try #require(g.lookup("Pyongyang"))
        #expect(g.names(of: capital) == ["Pjöngjang", "Pyongyang"])
        #expect(g.names(of: GazetteerEntry(canonical: "Atlantis", type: .location, source: "x")).isEmpty)
        #expect(Gazetteer.foldedName("Russisches Verteidigungsministerium") == "russisch verteidigungsministerium")
        #expect(Gazetteer.foldedName("russischen Verteidigungsministerium") == "russisch verteidigungsministerium")
        #expect(Gazetteer.foldedName("Kim Jong-un") == "kim jong un")
        #expect(g.description.hasPrefix("Gazetteer: "))
    }

    @Test func rejectsMalformedRows() {
        let bad = LexiconFile(name: "gazetteer/people.tsv", text: "Kim\tAlien\t\n")
        #expect(throws: GazetteerError.badRow(file: "people.tsv", row: "Kim\tAlien\t")) {
            try Gazetteer(files: [bad])
        }
    }
}
