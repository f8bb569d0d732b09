import Testing

@testable import Inputs

@Suite("Text digest")
struct TextDigestTests {
    /// The definition: the lower-cased text's alphabetic and numeric scalars.
    static func reference(_ text: String) -> [UInt32] {
        text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }
            .map(\.value)
    }

    @Test("Texts with the same letters and digits, case folded, share a digest; others do not")
    func digests() throws {
        let texts = [
            "Der Bürgermeister sagte: „Wir bauen 12 Schulen.“", "der bürgermeister sagte wir bauen 12 schulen",
            "DER BÜRGERMEISTER SAGTE – WIR BAUEN 12 SCHULEN!", "Der Bürgermeister sagte: „Wir bauen 13 Schulen.“",
            "ÀÉÎÕÜ àéîõü ß ÿ × ÷ ½ ²", "İstanbul Σίσυφος Путин ½ Ⅻ", "Çanakkale ǅ ǈ",
        ]
        for first in texts {
            for second in texts {
                #expect((TextDigest(first) == TextDigest(second)) == (Self.reference(first) == Self.reference(second)))
            }
        }
        #expect(TextDigest(" – … !? ") == nil)
        #expect(try #require(TextDigest("½")) == #require(TextDigest("½ ")))
    }
}
