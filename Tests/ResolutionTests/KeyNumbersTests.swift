import Lexicons
import Testing

@testable import Resolution

@Suite struct KeyNumbersTests {
    @Test func numbersKeysInTheOrderAdded() {
        var numbers = KeyNumbers<String>()
        #expect(numbers.number(of: "ja") == nil)
        #expect(numbers.add("ja") == 0)
        #expect(numbers.add("") == 1)
        #expect(numbers.add("Straße") == 2)
        #expect(numbers.number(of: "ja") == 0)
        #expect(numbers.number(of: "") == 1)
        #expect(numbers.number(of: "Straße") == 2)
        #expect(numbers.number(of: "Strasse") == nil)
        #expect(numbers.count == 3)
    }

    @Test func keepsNumbersPastTheScanLimit() {
        var numbers = KeyNumbers<String>()
        let keys = (0..<(KeyNumbers<String>.scanLimit * 3)).map { "Satz \($0)" }
        for (number, key) in keys.enumerated() {
            #expect(numbers.number(of: key) == nil)
            #expect(numbers.add(key) == number)
            // Every key so far is found, on either side of the limit.
            #expect(numbers.number(of: keys[0]) == 0)
            #expect(numbers.number(of: key) == number)
        }
        #expect(keys.map { numbers.number(of: $0) } == Array(keys.indices))
        #expect(numbers.number(of: "Satz") == nil)
    }

    @Test func findsCanonicallyEqualTextsAsOneKey() {
        var numbers = KeyNumbers<NFCKey>()
        numbers.add(NFCKey("Nordkor\u{E9}a"))
        #expect(numbers.number(of: NFCKey("Nordkore\u{301}a")) == 0)
        #expect(numbers.number(of: NFCKey("Nordkorea")) == nil)
    }
}
