import Lexicons
import Testing

@testable import Entities

@Suite struct TokenFactsTests {
    /// The definition, by characters: the word, its part after the last hyphen, or a head of five letters or more after three.
    static func reference(_ lower: String, _ nouns: Set<String>) -> Bool {
        if nouns.contains(lower) { return true }
        if let hyphen = lower.lastIndex(of: "-") {
            let tail = String(lower[lower.index(after: hyphen)...])
            return !tail.isEmpty && reference(tail, nouns)
        }
        let count = lower.count
        return count >= 8 && (5...(count - 3)).contains { nouns.contains(String(lower.suffix($0))) }
    }

    /// Words read by their bytes (scalars below U+0300) and by their characters agree with the definition.
    @Test func commonNounWordsAgreeWithTheDefinition() {
        let listed: Set<String> = ["minister", "sprecherin", "übung", "straße", "e\u{301}tude", "soldat"]
        var nouns = SuffixSet()
        for noun in listed { nouns.insert(noun) }
        let words = [
            "minister", "verteidigungsminister", "nato-sprecherin", "nato-", "-übung", "hauptstraße", "abc-def-soldat",
            "ministerin", "x", "", "rekrutenétude", "rekrutene\u{301}tude", "a-e\u{301}tude", "kriegs\r\nminister",
            "nato-sprecherin\u{301}", "soldat-\u{301}minister", "ﬁnanzminister",
        ]
        for word in words {
            #expect(TokenFacts.isCommonNounWord(word, nouns: nouns) == Self.reference(word, listed), "\(word)")
        }
    }

    /// The short-word test counts scalars, whatever their UTF-8 length.
    @Test func shortWordsAreCountedByScalars() {
        let words = ["dpa", "taz", "Ära", "Ölé", "ÄÖÜß", "ÄÖÜßa", "𝔸𝔹𝔺𝔻", "𝔸𝔹𝔺𝔻𝔼", "e\u{301}e\u{301}", "e\u{301}e\u{301}e", "", "Soldaten"]
        for word in words {
            #expect(TokenFacts.hasAtMostFourScalars(word) == (word.unicodeScalars.count <= 4), "\(word)")
        }
    }
}
