import Testing
@testable import Lexicons

@Suite struct NFCKeyTests {
    /// Keys are equal, and hash alike, exactly when the strings are equal.
    @Test func agreesWithStringEquality() {
        let words = ["Kyjiw", "Café", "Cafe\u{301}", "Cafe", "Bürger", "Bu\u{0308}rger", "", "ß", "ss", "Ｋ", "K"]
        for left in words {
            for right in words {
                #expect((NFCKey(left) == NFCKey(right)) == (left == right), "\(left) / \(right)")
            }
        }
        let keys = Set(words.map(NFCKey.init))
        #expect(keys.count == Set(words).count)
        #expect(NFCKey("Cafe\u{301}").text == "Cafe\u{301}")
    }
}
