import Testing

@testable import Entities

@Suite struct SuffixLexiconTests {
    /// The definition: the whole word, the part after the last hyphen, then the longest suffix of a key's length.
    static func reference(_ keys: [String: Int], _ minimum: Int, _ word: String) -> (Int, Substring)? {
        if let value = keys[word] { return (value, Substring(word)) }
        if let hyphen = word.lastIndex(of: "-") {
            let tail = word[word.index(after: hyphen)...]
            if let value = keys[String(tail)] { return (value, tail) }
        }
        let lengths = Set(keys.keys.map(\.count).filter { $0 >= minimum }).sorted(by: >)
        for length in lengths where length < word.count {
            if let value = keys[String(word.suffix(length))] { return (value, word.suffix(length)) }
        }
        return nil
    }

    @Test func matchesAsTheDefinitionDoes() {
        let forms = ["sprecher", "sprecherin", "minister", "rat", "präsident", "präsidentin", "chef", "e\u{301}lu", "ministerin"]
        for minimum in [3, 4, 5, 100] {
            var lexicon = SuffixLexicon<Int>(minimumSuffix: minimum)
            var keys: [String: Int] = [:]
            for (value, form) in forms.enumerated() {
                lexicon.add(form, value)
                if keys[form] == nil { keys[form] = value }
            }
            let words = [
                "regierungssprecherin", "nato-sprecher", "außenminister", "bundespräsidentin", "stadtrat", "rat", "chef",
                "küchenchef", "neuélu", "neue\u{301}lu", "vize-präsident", "x-", "-", "", "sprecher-stadtrat", "präsidentinnen",
                "ministerinnenminister", "\u{0301}chef", "ab\r\nchef",
            ]
            for word in words {
                let found = lexicon.match(word)
                let expected = Self.reference(keys, minimum, word)
                #expect(found?.value == expected?.0 && found?.head == expected?.1, "\(word) \(minimum)")
            }
        }
    }
}
