import Testing

@testable import Inputs

@Suite("Text digest")
struct TextDigestTests {
    /// The definition: the lower-cased text's alphabetic and numeric scalars.
    static func reference(_ text: String) -> [UInt32] {
        text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }
            .map(\.value)
    }

    private func digest(_ text: String) -> TextDigest? {
        TextSurvey(text).digest
    }

    @Test("Texts with the same letters and digits, case folded, share a digest; others do not")
    func digests() throws {
        let texts = [
            "Der Bürgermeister sagte: „Wir bauen 12 Schulen.“", "der bürgermeister sagte wir bauen 12 schulen",
            "DER BÜRGERMEISTER SAGTE – WIR BAUEN 12 SCHULEN!", "Der Bürgermeister sagte: „Wir bauen 13 Schulen.“",
            "DerBürgermeistersagteWirbauen12Schulen", "Der Bürgermeister sagte: „Wir bauen 1 2 Schulen.“",
            "ÀÉÎÕÜ àéîõü ß ÿ × ÷ ½ ²", "àéîõü àéîõü ß ÿ ½ ²", "İstanbul Σίσυφος Путин ½ Ⅻ", "Çanakkale ǅ ǈ",
            "µ ª º ¹ ³ ¼ ¾ « » ° §\u{A0}\u{AD}", "µªº¹³¼¾", "", " ", "a", "A!", "b",
        ]
        for first in texts {
            for second in texts {
                #expect(
                    (digest(first) == digest(second)) == (Self.reference(first) == Self.reference(second)),
                    "\(first) | \(second)")
            }
        }
        #expect(digest("") == nil)
        #expect(digest(" – … !? ") == nil)
        #expect(try #require(digest("½")) == #require(digest("½ ")))
    }

    @Test("Separators anywhere, at every offset of the eight-byte blocks, leave the digest as it is")
    func blockBoundaries() throws {
        let words = ["Bürgermeister", "ß", "Straße", "x", "G7", "3D", "abcdefgh", "abcdefghijklmnopq", "Öl", "ÄÖÜ"]
        let joined = try #require(digest(words.joined()))
        for offset in 0..<17 {
            for separator in [" ", ", ", "\n\n", " – ", "„", "\u{A0}", "…  "] {
                let text = String(repeating: " ", count: offset) + words.joined(separator: separator) + separator
                #expect(digest(text) == joined, "\(offset) \(separator)")
                // Upper case keeps the letters but for ß (SS).
                let upper = text.uppercased().replacingOccurrences(of: "SS", with: "ß")
                #expect(digest(upper) == joined, "\(offset) \(separator) upper")
                #expect(digest(text + "y") != joined)
            }
        }
    }

    @Test("Long texts: the same letters share a digest, one letter changed anywhere does not")
    func longTexts() throws {
        let sentence = "Die Regierung in Berlin kündigte am 3. Oktober 2024 an, 1.200 Soldaten zu schicken. "
        let text = String(repeating: sentence, count: 400)
        let base = try #require(digest(text))
        #expect(digest(text.uppercased().replacingOccurrences(of: " ", with: "  ")) == base)
        var bytes = Array(text.utf8)
        for index in stride(from: 0, to: bytes.count, by: 997) where bytes[index] == UInt8(ascii: "e") {
            bytes[index] = UInt8(ascii: "a")
            #expect(digest(String(decoding: bytes, as: UTF8.self)) != base, "\(index)")
            bytes[index] = UInt8(ascii: "e")
        }
        #expect(digest(text + "1") != base)
        #expect(digest(String(text.dropLast(2))) == base)
        #expect(digest(String(text.dropLast(3))) != base)
    }
}
