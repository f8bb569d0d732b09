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

    @Test("Canonically equivalent strings, which Swift compares equal, have one NFC hash and one number")
    func canonicallyEquivalentStrings() {
        let composed = "Caf\u{E9} M\u{FC}ller"
        let decomposed = "Cafe\u{301} Mu\u{308}ller"
        #expect(composed == decomposed)
        #expect(StableHash.nfcHash(of: composed) == StableHash.nfcHash(of: decomposed))
        #expect(StableHash.nfcHash(of: "Nordkorea") == StableHash.fnv1a("Nordkorea"))
        #expect(StableHash.nfcHash(of: "Nordkorea", bytesHash: 42) == 42)
        #expect(StableHash.nfcHash(of: "") == StableHash.fnv1a(""))
        var numbers = HashedNumbering<String>()
        #expect(numbers.number(of: composed, hash: StableHash.nfcHash(of: composed)) == 0)
        #expect(numbers.number(of: decomposed, hash: StableHash.nfcHash(of: decomposed)) == 0)
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
