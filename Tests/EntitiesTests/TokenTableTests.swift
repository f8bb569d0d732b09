import GermanText
import Testing

@testable import Entities

@Suite struct TokenTableTests {
    /// Punctuation of every kind: ASCII, typographic, the Greek question mark (`;` in NFC), a mark
    /// with a combining mark, dots, a dash glued to a word, umlauts and ß around them.
    static let text = "Wer kam\u{037E} Max (71)! – Straße, Öl: „Ja…“ sagte e\u{301}r; ,\u{301} x … ... Such- und Rettung? dpa."

    /// The marks the rules ask about.
    static let marks: [Unicode.Scalar] = ["!", "(", ")", ",", "-", ".", ":", ";", "?", "„", "“", "–", "…"]

    /// A token is a punctuation mark exactly when its text, as one `Character`, equals the mark's
    /// (characters compare in NFC: the Greek question mark is a semicolon).
    @Test func punctuationMarksCompareAsCharacters() {
        let analyzed = AnalyzedText(Self.text)
        let table = TokenTable(analyzed)
        for (index, token) in analyzed.tokens.enumerated() {
            for mark in Self.marks {
                let expected = token.kind == .punctuation && token.text.count == 1 && token.text.first == Character(mark)
                #expect(table.isPunctuation(index, mark) == expected, "\(token.text) \(mark)")
            }
        }
        let greek = analyzed.tokens.firstIndex { $0.text == "\u{037E}" }
        #expect(greek.map { table.isPunctuation($0, ";") } == true)
        #expect(table.isPunctuation(analyzed.tokens.firstIndex { $0.text == "…" } ?? 0, "…"))
    }

    /// An empty text has no tokens to ask about.
    @Test func emptyTextHasNoTokens() {
        #expect(TokenTable(AnalyzedText("")).count == 0)
    }
}
