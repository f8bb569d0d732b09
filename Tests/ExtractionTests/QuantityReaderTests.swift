import Entities
import GermanText
import Testing

@testable import Extraction

/// `QuantityReader`: the numbers of deployments as written before their unit nouns.
@Suite struct QuantityReaderTests {
    private let lexicon = ExtractionLexicon.shared

    /// A reader of a table's tokens, with the kinds the rules give its words.
    private func quantityReader(of table: TokenTable) -> QuantityReader {
        QuantityReader(table: table, wordKinds: RuleWords(lexicon: lexicon).kinds(of: table).kinds, numberWords: lexicon.numberWords, hedges: lexicon.hedges)
    }

    /// The value the reader gives the token that is `word` in `text`.
    private func number(_ word: String, in text: String) -> Int? {
        let table = TokenTable(AnalyzedText(text))
        let reader = quantityReader(of: table)
        guard let index = table.forms.firstIndex(of: word) else { return nil }
        return reader.number(at: index)
    }

    @Test("Digits with thousands dots are read without the dots; a decimal comma is no count")
    func digits() {
        #expect(number("11.000", in: "Es kamen 11.000 Soldaten.") == 11_000)
        #expect(number("1.000.000", in: "Es kamen 1.000.000 Soldaten.") == 1_000_000)
        #expect(number("400", in: "Es kamen 400 Soldaten.") == 400)
        #expect(number("3,5", in: "Es kamen 3,5 Tausend Soldaten.") == nil)
    }

    @Test("Number words are read from the lexicon; other words give no number")
    func words() {
        #expect(number("vier", in: "Es kamen vier Brigaden.") == lexicon.numberWords["vier"].flatMap { $0.isMultiplier ? nil : $0.value })
        #expect(number("viele", in: "Es kamen viele Soldaten.") == nil)
    }

    @Test("The quantity before a unit noun, over adjectives, with a hedge")
    func quantityBeforeUnit() {
        let table = TokenTable(AnalyzedText("Es kamen etwa 12.000 nordkoreanische Soldaten."))
        let reader = quantityReader(of: table)
        guard let unit = table.forms.firstIndex(of: "Soldaten") else {
            Issue.record("no unit noun")
            return
        }
        let found = reader.quantity(before: unit, floor: 0) { table.forms[$0] == "nordkoreanische" }
        #expect(found?.value == 12_000)
        #expect(found?.approximate == lexicon.hedges.contains(["etwa"]))
    }
}
