import Entities
import Extraction
import Testing

/// The endings in front of a compound lexicon turn words away only when the lexicon itself would.
@Suite struct EndingFilteredLexiconTests {
    static let forms = ["einsatz", "entsendung", "stationierung", "präsenz", "abzug"]

    static func lexicons() -> (filtered: EndingFilteredLexicon<Int>, plain: SuffixLexicon<Int>) {
        var filtered = EndingFilteredLexicon<Int>(minimumSuffix: 6)
        var plain = SuffixLexicon<Int>(minimumSuffix: 6)
        for (value, form) in forms.enumerated() {
            filtered.add(form, value)
            plain.add(form, value)
        }
        return (filtered, plain)
    }

    @Test func matchesWhatTheLexiconMatches() {
        let (filtered, plain) = Self.lexicons()
        let words = [
            "einsatz", "truppeneinsatz", "truppenentsendung", "bundeswehr-einsatz", "nato-abzug", "präsenz",
            "militärpräsenz", "regierung", "sagte", "einsätze", "satz", "", "zug", "abzug",
            "pra\u{0308}senz", "militärpra\u{0308}senz",  // decomposed umlauts: the same words as Swift compares them
        ]
        for word in words {
            #expect(filtered.match(word)?.value == plain.match(word)?.value, "\(word)")
            #expect(filtered.match(word)?.head == plain.match(word)?.head, "\(word)")
            #expect(filtered.exact(word) == plain.exact(word), "\(word)")
        }
        #expect(filtered.match("truppenentsendung")?.value == 1)
        #expect(filtered.match("pra\u{0308}senz")?.value == 3)
        #expect(filtered.match("regierung") == nil)
    }
}
