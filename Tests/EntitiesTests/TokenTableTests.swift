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
                let written = analyzed.string(token)
                let expected = token.kind == .punctuation && written.count == 1 && written.first == Character(mark)
                #expect(table.isPunctuation(index, mark) == expected, "\(written) \(mark)")
            }
        }
        let greek = analyzed.tokens.firstIndex { analyzed.string($0) == "\u{037E}" }
        #expect(greek.map { table.isPunctuation($0, ";") } == true)
        #expect(table.isPunctuation(analyzed.tokens.firstIndex { analyzed.string($0) == "…" } ?? 0, "…"))
    }

    /// The definition of a clause boundary, by the token's text: a punctuation token `,` `;` `:` `!` `?`,
    /// a dash, a bracket, dots; a full stop ending its sentence or before a quotation mark; a hyphen not
    /// glued to a word before it.
    static func isClauseBoundary(_ index: Int, in text: AnalyzedText, table: TokenTable) -> Bool {
        let token = text.tokens[index]
        guard token.kind == .punctuation else { return false }
        switch text.string(token) {
        case ".": return index + 1 >= text.tokens.count || table.sentenceOf[index + 1] != table.sentenceOf[index] || table.isQuote(index + 1)
        case ",", ";", ":", "!", "?", "–", "—", "(", ")", "…", "...": return true
        case "-": return index == 0 || !text.tokens[index - 1].isWord || text.tokens[index - 1].span.end != token.span.start
        default: return text.string(token).hasPrefix("..")
        }
    }

    /// Clause boundaries, told by the tokens' marks, follow the definition on every token.
    @Test func clauseBoundariesFollowTheDefinition() {
        let text = Self.text + " Am 3. Januar kam er. „Nein.“ Er ging..."
        let analyzed = AnalyzedText(text)
        let table = TokenTable(analyzed)
        for index in analyzed.tokens.indices {
            #expect(
                table.isClauseBoundary(index) == Self.isClauseBoundary(index, in: analyzed, table: table),
                "\(analyzed.string(analyzed.tokens[index])) at \(index)")
        }
        #expect(analyzed.tokens.indices.contains { analyzed.string(analyzed.tokens[$0]) == "\u{037E}" && table.isClauseBoundary($0) })
        #expect(analyzed.tokens.indices.contains { analyzed.string(analyzed.tokens[$0]).hasPrefix("..") && table.isClauseBoundary($0) })
        #expect(analyzed.tokens.indices.contains { analyzed.string(analyzed.tokens[$0]) == "-" && !table.isClauseBoundary($0) })
    }

    /// Every token's lower-cased form is its form in lower case: words, numbers, quotation marks and
    /// marks of one ASCII scalar or of others (the Greek question mark, the Kelvin and Ohm signs, Ⓐ).
    @Test func lowerCasedFormsOfEveryToken() {
        let text = "Die „USA“ (3,5 Mrd.) – K\u{212A}\u{2126}Ⓐ Straße; \u{037E} ÄRGER! 2024er F-16 ' \" e\u{301} Z"
        let table = TokenTable(AnalyzedText(text))
        #expect(table.count > 15)
        for index in 0..<table.count {
            #expect(table.lower[index] == table.forms[index].lowercased(), "\(table.forms[index])")
        }
    }

    /// An empty text has no tokens to ask about.
    @Test func emptyTextHasNoTokens() {
        #expect(TokenTable(AnalyzedText("")).count == 0)
    }
}

/// A token's text is as written, whether read from the catalog's form or from the document.
extension TokenTableTests {
    @Test func aTokensStringIsItsTextAsWritten() throws {
        // Plain, umlauts and ß, a soft hyphen, a decomposed accent, a long word, a number, marks, a quotation mark.
        let text = "Öl Straße Bun\u{00AD}destag Cafe\u{301} Verteidigungsministeriumssprecherin 11.000 – „Ja“ Bun\u{00AD}destag Öl."
        let analyzed = AnalyzedText(text)
        let table = TokenTable(analyzed)
        for index in analyzed.tokens.indices {
            // Compared by their bytes: `==` on strings would take NFD and NFC alike.
            #expect(Array(table.string(index, index).utf8) == Array(analyzed.string(analyzed.tokens[index]).utf8))
        }
        #expect(Array(table.string(0, 1).utf8) == Array("Öl Straße".utf8))
        let softHyphen = try #require(analyzed.tokens.firstIndex { analyzed.string($0).hasPrefix("Bun") })
        #expect(table.string(softHyphen, softHyphen).utf8.count == "Bun\u{00AD}destag".utf8.count)
        #expect(table.forms[softHyphen] == "Bundestag")
    }
}
