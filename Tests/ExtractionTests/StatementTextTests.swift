import Foundation
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
}
