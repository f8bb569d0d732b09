import NewsGraphModel
import Testing

@testable import GermanText

/// The tokenizer reads the classes of most scalars from a table (``ScalarFlags``) and makes
/// the texts of short ASCII tokens and single scalars without validating them: these pin
/// what it makes of the text German news holds, and of scalars beyond the table.
@Suite struct TokenizerTests {
    private func tokens(_ text: String) -> [String] {
        let analyzed = AnalyzedText(text)
        return analyzed.tokens.map { analyzed.string($0) }
    }

    private func kinds(_ text: String) -> [TokenKind] { AnalyzedText(text).tokens.map(\.kind) }

    @Test func emptyAndBlankTextHaveNoTokens() {
        #expect(tokens("").isEmpty)
        #expect(tokens(" \n\t\u{00A0}\u{202F}\u{2009}\u{3000}\u{200B}\u{FEFF}").isEmpty)
        #expect(AnalyzedText("").sentences.isEmpty)
    }

    @Test func umlautsSharpSAndAccentsAreLetters() {
        #expect(tokens("Äußerst übel: Öl, Straße, Fußgänger-Zone, Café Noël") == [
            "Äußerst", "übel", ":", "Öl", ",", "Straße", ",", "Fußgänger-Zone", ",", "Café", "Noël",
        ])
        #expect(tokens("Łódź, Şanlıurfa, Čapek, Dvořák") == ["Łódź", ",", "Şanlıurfa", ",", "Čapek", ",", "Dvořák"])
    }

    @Test func combiningMarksStayWithTheirLetterOrSymbol() {
        // Decomposed umlauts (NFD) and marks after a symbol.
        #expect(tokens("Mu\u{0308}ller sagte: \"u\u{0308}ber\"") == ["Mu\u{0308}ller", "sagte", ":", "\"", "u\u{0308}ber", "\""])
        #expect(tokens("+\u{0301}\u{0302} x") == ["+\u{0301}\u{0302}", "x"])
        #expect(tokens("\u{0301}a") == ["\u{0301}a"])
    }

    @Test func quotationMarksOfEveryStyleAreTokensOfTheirOwn() {
        let text = "„Ja“ ‚nein‘ »gut« «bien» “yes” 'so'"
        #expect(tokens(text) == ["„", "Ja", "“", "‚", "nein", "‘", "»", "gut", "«", "«", "bien", "»", "“", "yes", "”", "'", "so", "'"])
        #expect(kinds("„Ja“")[0] == .quote(QuoteMark("„")!))
        #expect(kinds("„Ja“")[2] == .quote(QuoteMark("“")!))
    }

    @Test func dashesAndHyphens() {
        #expect(tokens("Nato-Gipfel – und dann—nichts. Jong\u{2011}un, 1990–2000") == [
            "Nato-Gipfel", "–", "und", "dann", "—", "nichts", ".", "Jong\u{2011}un", ",", "1990", "–", "2000",
        ])
        #expect(tokens("Vor- und Nachteile") == ["Vor", "-", "und", "Nachteile"])
        #expect(tokens("geht's, Ku’damm") == ["geht's", ",", "Ku’damm"])
    }

    @Test func numbersKeepTheirDotsAndCommas() {
        let text = AnalyzedText("11.000 Soldaten, 3,5 Prozent, 1.234.567 Euro, 12. Mai, 2024er, G7, 5.")
        #expect(text.tokens.map { text.string($0) } == [
            "11.000", "Soldaten", ",", "3,5", "Prozent", ",", "1.234.567", "Euro", ",", "12", ".", "Mai", ",", "2024er", ",",
            "G7", ",", "5", ".",
        ])
        #expect(text.tokens.filter { $0.kind == .number }.map { text.string($0) } == ["11.000", "3,5", "1.234.567", "12", "5"])
    }

    @Test func ellipsesAbbreviationsAndAddresses() {
        #expect(tokens("Und... dann… z.B. u.a. ndr.de faz.net.") == [
            "Und", "...", "dann", "…", "z", ".", "B", ".", "u", ".", "a", ".", "ndr.de", "faz.net", ".",
        ])
        #expect(tokens("Stadt.Die über.de") == ["Stadt", ".", "Die", "über.de"])
    }

    @Test func scalarsBeyondTheTableAreAskedOfTheirProperties() {
        // Greek, Cyrillic, Arabic, CJK and a mark beyond the table's ranges; an ogham space (U+1680).
        #expect(tokens("Αθήνα\u{1680}Москва, القاهرة 東京 क्षत्रिय") == ["Αθήνα", "Москва", ",", "القاهرة", "東京", "क्षत्रिय"])
        #expect(tokens("😀🇩🇪x") == ["😀", "🇩", "🇪", "x"])
    }

    @Test func tableAgreesWithThePropertiesAtItsEdges() {
        let table = ScalarFlags.table
        #expect(table.count == 0x370 + 0x70)
        let values: [UInt32] = [0, 0x20, 0x41, 0x7F, 0x80, 0xA0, 0xAD, 0xDF, 0xFC, 0x2FF, 0x300, 0x36F, 0x370, 0x3B1, 0x1FFF, 0x2000,
            0x200B, 0x2013, 0x201E, 0x2028, 0x202F, 0x205F, 0x2060, 0x206F, 0x2070, 0x3000, 0xFEFF, 0x1F600]
        for value in values {
            let scalar = Unicode.Scalar(value)!
            #expect(ScalarFlags.of(scalar) == ScalarFlags(computing: scalar), "U+\(String(value, radix: 16))")
        }
        #expect(ScalarFlags.of("\u{00AD}") == [.inWord])
        #expect(ScalarFlags.of("ß") == [.word, .inWord, .lowercase])
        #expect(ScalarFlags.of("\u{0308}") == [.word, .inWord, .nonspacingMark])
        #expect(ScalarFlags.of("\u{202F}").contains(.space) && ScalarFlags.of("\u{2060}").contains(.space))
        #expect(ScalarFlags.of("\u{7F}").isEmpty)
        #expect(ScalarFlags.of("7") == [.digit, .inWord])
    }

    @Test func longAndShortTokenTextsAreTheirBytes() {
        let words = ["a", "ab", "Bundesverteidigungsministerium", "Fünfzehn-Zeichen", "123456789012345", "1234567890123456", "ä"]
        let text = AnalyzedText(words.joined(separator: " "))
        #expect(text.tokens.map { text.string($0) } == words)
        for token in text.tokens {
            #expect(Array(text.string(token).utf8) == text.withUTF8 { Array($0[text.utf8Range(of: token.span)]) })
        }
    }
}
