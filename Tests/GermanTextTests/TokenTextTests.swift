import NewsGraphModel
import Testing

@testable import GermanText

/// Token texts and span texts are copied from the text's UTF-8 by scalar offsets:
/// they must be the scalars' text, whatever the width of each scalar.
@Suite struct TokenTextTests {
    private static let samples = [
        "", " ", "Straße", "„Über 11.000 Soldaten“, sagte Müller-Lüdenscheid.",
        "Emoji 🇩🇪 und 😀 mitten im Satz… dann Schluss", "Café\u{0301} e\u{0301}tait! «Non»",
        "Ein\u{00AD}tritt\u{00A0}und\u{202F}Ausgang ndr.de u.a. F-16", "Donaudampfschifffahrtsgesellschaftskapitän",
        "\u{0301}?!\n\nΑθήνα, Москва, 東京.",
    ]

    @Test func tokenTextsAreTheirScalars() {
        for sample in Self.samples {
            let scalars = Array(sample.unicodeScalars)
            let text = AnalyzedText(sample)
            #expect(text.tokens == Tokenizer.tokens(in: scalars))
            for token in text.tokens {
                var expected = String.UnicodeScalarView()
                expected.append(contentsOf: scalars[token.span.start..<token.span.end])
                #expect(text.string(token) == String(expected))
                #expect(text.string(token).utf8.elementsEqual(String(expected).utf8))
            }
        }
    }

    /// The scalars and their UTF-8 offsets are decoded alike whether ASCII comes in runs of eight
    /// bytes or fewer, between umlauts, ß, emoji and other scalars of two to four bytes.
    @Test func scalarsAndOffsetsFollowTheUTF8() {
        for run in 0...19 {
            let ascii = String(repeating: "Ab1 .", count: 4).prefix(run)
            for sample in ["\(ascii)ä\(ascii)", "ß\(ascii)€\(ascii)😀", "\(ascii)", "\(ascii)\u{0301}x"] {
                let text = AnalyzedText(sample)
                #expect(text.scalars == Array(sample.unicodeScalars), "\(sample)")
                var offsets: [UInt32] = []
                var offset = 0
                for scalar in sample.unicodeScalars {
                    offsets.append(UInt32(offset))
                    offset += UTF8.width(scalar)
                }
                offsets.append(UInt32(offset))
                #expect(text.utf8Offsets == offsets, "\(sample)")
            }
        }
    }

    @Test func spanTextsAreTheirScalarsAndClamped() {
        for sample in Self.samples {
            let scalars = Array(sample.unicodeScalars)
            let text = AnalyzedText(sample)
            for start in -1...(scalars.count + 1) {
                for end in [start - 1, start, start + 1, start + 3, scalars.count + 2] {
                    let low = max(0, min(start, scalars.count))
                    let high = max(low, min(end, scalars.count))
                    let expected = String(scalars: scalars, in: low..<high)
                    let string = text.string(Span(start: start, end: end))
                    #expect(string.utf8.elementsEqual(expected.utf8))
                    let bytes = text.withUTF8 { Array($0[text.utf8Range(of: Span(start: start, end: end))]) }
                    #expect(bytes == Array(expected.utf8))
                }
            }
        }
    }

    /// Spans longer than 64 UTF-8 bytes are copied from a slice of the text, shorter ones decoded:
    /// both give the scalars' text, with umlauts, ß, emoji and combining marks at their ends.
    @Test func longSpanTextsAreTheirScalars() {
        let long = String(repeating: "Die Straße sei groß, sagte Ärztin Müller. ", count: 4)
        let sample = "e\u{0301}x „Zitat“ 🇩🇪 Maß\u{0308}e. " + long + "Ende z\u{0308}\u{0301}."
        let scalars = Array(sample.unicodeScalars)
        let text = AnalyzedText(sample)
        for start in stride(from: 0, through: scalars.count, by: 3) {
            for end in [start, start + 1, start + 7, start + 70, start + 200, scalars.count] where end <= scalars.count {
                let expected = String(scalars: scalars, in: start..<end)
                #expect(text.string(Span(start: start, end: end)).utf8.elementsEqual(expected.utf8))
            }
        }
    }

    @Test func punctuationIsOneCharacterOnly() {
        let text = AnalyzedText("Ja. Nein.\u{0301} Doch…")
        let tokens = text.tokens
        let dots = tokens.filter { $0.kind == .punctuation }
        #expect(dots.map { text.string($0) } == [".", ".\u{0301}", "…"])
        #expect(dots.map { text.string($0).count } == [1, 1, 1])
        #expect(text.string(dots[1]).unicodeScalars.count == 2)
        #expect(text.string(tokens[0]) == "Ja")
        #expect(tokens[0].isWord && !dots[0].isWord)
    }
}
