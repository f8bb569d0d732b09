import Testing

@testable import Resolution

@Suite struct WordNumbersTests {
    /// The numbers `words` get, each given byte by byte and ended.
    static func numbers(of words: [String], in numbers: inout WordNumbers) -> [Int] {
        numbers.numbered.removeAll()
        for word in words {
            for byte in word.utf8 { numbers.append(byte) }
            numbers.endWord()
        }
        return numbers.numbered
    }

    @Test func equalWordsGetEqualNumbersInTheOrderFirstGiven() {
        var numbers = WordNumbers(capacity: 2)
        let words = ["nein", "ja", "", "nein", "über", "uber", "ja", "", "straße", "jaja", "j"]
        #expect(Self.numbers(of: words, in: &numbers) == [0, 1, 0, 2, 3, 1, 4, 5, 6])
        #expect(Self.numbers(of: ["j", "jaja", "über", "neu"], in: &numbers) == [6, 5, 2, 7])
    }

    @Test func keepsNumbersAsTheTableGrows() {
        var numbers = WordNumbers(capacity: 1)
        let words = (0..<5_000).map { "wort\($0)" }
        #expect(Self.numbers(of: words, in: &numbers) == Array(0..<5_000))
        #expect(Self.numbers(of: words.reversed(), in: &numbers) == Array((0..<5_000).reversed()))
    }
}
