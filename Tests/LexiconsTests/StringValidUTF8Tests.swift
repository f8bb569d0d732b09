import Lexicons
import Testing

@Suite struct StringValidUTF8Tests {
    /// The copy has the bytes it was given, and compares and hashes as the string they came from,
    /// whether ASCII, multi-byte or in another normal form.
    @Test func copiesAndComparesLikeTheSource() {
        let texts = ["", "Kyjiw", "Selenskyj sagte am Montag, die Lage sei ernst.", "Bürger", "Bu\u{0308}rger", "ß", "„Wir bleiben“ – 😀"]
        for text in texts {
            var source = text
            let copy = source.withUTF8 { String(validUTF8: $0) }
            #expect(Array(copy.utf8) == Array(text.utf8))
            #expect(copy == text)
            #expect(copy.hashValue == text.hashValue)
        }
        let composed = "Bürger".utf8.withContiguousStorageIfAvailable { String(validUTF8: $0) }
        let decomposed = "Bu\u{0308}rger".utf8.withContiguousStorageIfAvailable { String(validUTF8: $0) }
        #expect(composed == decomposed)
        #expect(Set([composed, decomposed]).count == 1)
    }

    /// A slice between two scalars copies just those bytes.
    @Test func copiesASlice() {
        var text = "Außenministerin Baerbock"
        let word = text.withUTF8 { String(validUTF8: UnsafeBufferPointer(rebasing: $0[0..<16])) }
        #expect(word == "Außenministerin")
    }
}
