import Testing

@testable import Lexicons

@Suite struct SuffixSetTests {
    /// The definition: some suffix of one of the lengths (in characters) is in the set.
    static func reference(_ words: Set<String>, _ word: String, _ lengths: ClosedRange<Int>) -> Bool {
        lengths.contains { $0 <= word.count && words.contains(String(word.suffix($0))) }
    }

    @Test func findsTheSuffixesTheDefinitionFinds() {
        let listed = ["minister", "sprecherin", "übung", "straße", "kräfte", "e\u{301}té", "été", "soldat", "rat"]
        var set = SuffixSet()
        for word in listed { set.insert(word) }
        let words = [
            "verteidigungsminister", "regierungssprecherin", "nato-übung", "hauptstraße", "streitkräfte", "sommerété",
            "sommere\u{301}té", "été", "minister", "ministerin", "soldaten", "stadtrat", "x", "", "ratrat", "ﬁminister",
            "\u{0301}minister", "abc\r\nminister",
        ]
        for word in words {
            for lengths in [1...30, 3...8, 5...5, 8...20, 2...3] {
                #expect(set.containsSuffix(of: word, lengths: lengths) == Self.reference(Set(listed), word, lengths), "\(word) \(lengths)")
            }
        }
        #expect(set.contains("minister") && !set.contains("Minister"))
    }

    @Test func hashesTellWhereTheLongestListedSuffixStarts() {
        var hashes = SuffixHashes()
        #expect(hashes.isEmpty)
        for word in ["minister", "ister", "ürger"] { hashes.insert(word) }
        func start(_ word: String, _ counts: ClosedRange<Int>) -> Int? {
            Array(word.utf8).withUnsafeBufferPointer { hashes.longestListedSuffix(of: $0, scalarCounts: counts) }
        }
        #expect(start("verteidigungsminister", 1...30) == 13)
        #expect(start("verteidigungsminister", 1...7) == 16)
        #expect(start("mitbürger", 1...9) == 4)
        #expect(start("bürger", 6...9) == nil)
        #expect(start("", 1...9) == nil)
    }
}
