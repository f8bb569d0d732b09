import Testing

@testable import Resolution

@Suite struct WordNumbersTests {
    @Test func equalWordsGetEqualNumbersInTheOrderFirstGiven() {
        var numbers = WordNumbers(capacity: 2)
        let words = ["nein", "ja", "", "nein", "über", "uber", "ja", "", "straße"].map { Array($0.utf8) }
        #expect(words.map { numbers.number(of: $0) } == [0, 1, 2, 0, 3, 4, 1, 2, 5])
    }

    @Test func keepsNumbersAsTheTableGrows() {
        var numbers = WordNumbers(capacity: 1)
        let words = (0..<5_000).map { Array("wort\($0)".utf8) }
        #expect(words.map { numbers.number(of: $0) } == Array(0..<5_000))
        #expect(words.reversed().map { numbers.number(of: $0) } == Array((0..<5_000).reversed()))
    }
}
