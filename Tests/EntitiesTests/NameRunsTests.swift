import GermanText
import Testing

@testable import Entities

/// Names followed by the words' catalog numbers (``NameRuns``) match as names followed by their text.
@Suite struct NameRunsTests {
    /// Names of several words (with initials, hyphens, umlauts, inflected adjectives), names cut
    /// short, words that are no name, and NFD spellings.
    static let texts = [
        """
        Laut Kim Jong Un und der Associated Press sagte George W. Bush, das Weiße Haus und das Weißen Hauses \
        Sprecher sowie Ärzte ohne Grenzen hätten mit Kim Jong-un gesprochen. Associated Presse. Kim Jong
        """,
        "A\u{308}rzte ohne Grenzen und Weiße Haus-Sprecher, George W Bush. George W. Bushs Associated-Press Kim Jong Un.",
        "Associated",
        "Kim Jong Un",
        "",
    ]

    /// What the string path gives at every token of a table.
    static func byText(_ table: TokenTable, gazetteer: Gazetteer) -> [(entry: String, tokenCount: Int)?] {
        (0..<table.count).map { index in
            gazetteer.longestMatch(in: table, from: index).map { ($0.entry.canonical, $0.tokenCount) }
        }
    }

    /// What the catalog path gives at every token of a table, through `runs`.
    static func byNumbers(_ table: TokenTable, gazetteer: Gazetteer, runs: NameRuns? = nil)
        -> [(entry: String, tokenCount: Int)?]
    {
        (0..<table.count).map { index -> (entry: String, tokenCount: Int)? in
            guard table.isWord(index) else { return nil }
            let firstPart = table.withWord(index) { $0.pointee.firstPart }
            let match =
                if let runs, firstPart.mayContinue {
                    runs.longestMatch(in: table, from: index, firstPart: firstPart, gazetteer: gazetteer)
                } else {
                    gazetteer.longestMatchIndex(in: table, from: index, firstPart: firstPart, runs: table.catalog.nameRuns)
                }
            return match.map { (gazetteer.entries[$0.entry].canonical, $0.tokenCount) }
        }
    }

    static func expectSame(_ found: [(entry: String, tokenCount: Int)?], _ expected: [(entry: String, tokenCount: Int)?]) {
        #expect(found.count == expected.count)
        for (one, other) in zip(found, expected) {
            #expect(one?.entry == other?.entry)
            #expect(one?.tokenCount == other?.tokenCount)
        }
    }

    @Test func catalogNumbersMatchAsText() {
        let gazetteer = Gazetteer.shared
        let catalog = WordCatalog(lexicon: .shared, gazetteer: gazetteer)
        // Twice over: steps worked out, then steps remembered.
        for text in Self.texts + Self.texts {
            let table = TokenTable(AnalyzedText(text), catalog: catalog)
            Self.expectSame(Self.byNumbers(table, gazetteer: gazetteer), Self.byText(table, gazetteer: gazetteer))
        }
        let table = TokenTable(AnalyzedText(Self.texts[0]), catalog: catalog)
        let matches = Self.byNumbers(table, gazetteer: gazetteer).compactMap { $0 }
        #expect(matches.contains { $0.entry == "Kim Jong Un" && $0.tokenCount == 3 })
        #expect(matches.contains { $0.entry == "Kim Jong Un" && $0.tokenCount == 2 })
        #expect(matches.contains { $0.entry == "George W. Bush" && $0.tokenCount == 4 })
        #expect(matches.contains { $0.entry == "Ärzte ohne Grenzen" && $0.tokenCount == 3 })
        #expect(matches.contains { $0.entry == "Associated Press" && $0.tokenCount == 2 })
    }

    /// Words that did not fit into the catalog, and steps past the memo's capacity, are followed by their text.
    @Test func fullCatalogsAndMemosFallBackToText() {
        let gazetteer = Gazetteer.shared
        let small = WordCatalog(lexicon: .shared, gazetteer: gazetteer, capacity: 3)
        let catalog = WordCatalog(lexicon: .shared, gazetteer: gazetteer)
        for text in Self.texts {
            let overflowing = TokenTable(AnalyzedText(text), catalog: small)
            Self.expectSame(Self.byNumbers(overflowing, gazetteer: gazetteer), Self.byText(overflowing, gazetteer: gazetteer))
            let table = TokenTable(AnalyzedText(text), catalog: catalog)
            for capacity in [0, 1, 2] {
                Self.expectSame(
                    Self.byNumbers(table, gazetteer: gazetteer, runs: NameRuns(capacity: capacity)),
                    Self.byText(table, gazetteer: gazetteer))
            }
        }
    }

    /// A word's first part is what the gazetteer says of its parts (nothing for a word without one).
    @Test func firstPartsOfWordsOfSeveralParts() throws {
        let gazetteer = Gazetteer.shared
        let kim = gazetteer.firstPart("Kim")
        #expect(kim.mayContinue)
        let jongUn = gazetteer.firstPart("Kim-Jong-un")
        #expect(jongUn.mayContinue || jongUn.match != nil)
        #expect(gazetteer.firstPart("").match == nil && !gazetteer.firstPart("").mayContinue)
        #expect(gazetteer.firstPart("'").match == nil && !gazetteer.firstPart("'").mayContinue)
        #expect(gazetteer.firstPart("Nordkoreas").match.map { gazetteer.entries[$0].canonical } == "Nordkorea")
        #expect(GazetteerKey.exactPiece("Jong-un") == "Jong un")
        #expect(GazetteerKey.exactPiece("Boris'") == "Boris")
        #expect(GazetteerKey.exactPiece("-") == nil)
        #expect(GazetteerKey.exactPiece("Straße") == "Straße")
    }
}
