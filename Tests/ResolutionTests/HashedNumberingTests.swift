import NewsGraphModel
import Testing

@testable import Resolution

@Suite struct HashedNumberingTests {
    @Test("Keys are numbered in the order first given, a repeat finding its first number")
    func numbersInOrder() {
        let keys = ["Müller", "Straße", "", "Selenskyj", String(repeating: "ß", count: 100), "Müller"]
        var numbers = HashedNumbering<String>()
        let numbered = keys.map { numbers.number(of: $0, hash: StableHash.fnv1a($0)) }
        #expect(numbered == [0, 1, 2, 3, 4, 0])
        #expect(numbers.count == 5)
        #expect(numbers.keys == Array(keys.prefix(5)))
        #expect(numbers.existingNumber(of: "Straße", hash: StableHash.fnv1a("Straße")) == 1)
        #expect(numbers.existingNumber(of: "Strasse", hash: StableHash.fnv1a("Strasse")) == nil)
    }

    @Test("Different keys given the same hash are told apart by comparing them")
    func equalHashesOfDifferentKeys() {
        var numbers = HashedNumbering<String>()
        #expect(numbers.number(of: "a", hash: 7) == 0)
        #expect(numbers.number(of: "b", hash: 7) == 1)
        #expect(numbers.number(of: "a", hash: 7) == 0)
        #expect(numbers.existingNumber(of: "b", hash: 7) == 1)
        #expect(numbers.existingNumber(of: "c", hash: 7) == nil)
    }
}
