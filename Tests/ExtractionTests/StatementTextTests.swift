import Foundation
import GermanText
import NewsGraphModel
import Testing

@testable import Extraction

/// How a statement's text is trimmed: as Foundation trims white space and line breaks.
@Suite struct StatementTextTests {
    @Test("Trimming gives Foundation's answer, ASCII or not at the ends", arguments: [
        "", " ", "\n", "Die Lage sei ernst.", " Die Lage sei ernst.", "Die Lage sei ernst.\t", "\r\nDie Lage\n",
        "Äußerst ernst", "sehr groß", "Überall groß", "\u{00A0}Lage sei ernst", "Lage sei ernst\u{3000}",
        "\u{2009}Straße\u{00A0}", "a", "ß", "\u{0085}x", "x\u{2028}", "e\u{0301}", "\u{0301}e",
    ])
    func trimmedAsFoundationTrims(_ text: String) {
        #expect(DocumentExtraction.trimmingWhitespace(text) == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test("A span's text copied from a slice is the analysed text's: short and long spans, umlauts, ß, combining marks, emoji")
    func spanTextAsAnalysed() {
        let long = String(repeating: "Die Straße sei groß, sagte Ärztin Müller. ", count: 4)
        let text = "e\u{0301}x „Zitat“ 🇩🇪 Maß\u{0308}e. " + long + "Ende z\u{0308}\u{0301}."
        let extraction = DocumentExtraction(document: DocumentInfo(id: "a.txt"), text: text,
            recognizer: Fixture.extractor.recognizer, words: RuleWords(lexicon: .shared))
        let analyzed = extraction.text
        let count = analyzed.scalars.count
        for start in stride(from: 0, through: count, by: 3) {
            for end in [start, start + 1, start + 7, start + 70, start + 200, count] where end <= count {
                let span = Span(start: start, end: end)
                #expect(extraction.string(of: span) == analyzed.string(span))
                #expect(Array(extraction.string(of: span).utf8) == Array(analyzed.string(span).utf8))
            }
        }
    }
}
