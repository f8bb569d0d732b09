import Testing

@testable import Inputs

@Suite("Text survey")
struct TextSurveyTests {
    /// The counts by characters: the lower-cased text split at characters that are not letters.
    static func reference(_ text: String) -> FunctionWordCounts {
        var counts = FunctionWordCounts()
        counts.scalars = text.unicodeScalars.count
        for word in text.lowercased().split(whereSeparator: { !$0.isLetter }) {
            counts.words += 1
            guard let key = PackedWordTable.packed(word) else { continue }
            switch LanguageCheck.functionWordTable.mark(of: key) {
            case LanguageCheck.germanMark: counts.german += 1
            case LanguageCheck.foreignMark: counts.foreign += 1
            default: break
            }
        }
        return counts
    }

    /// Texts the pass models: ASCII, Latin-1, Latin Extended, the punctuation it knows.
    static let modelledTexts = [
        "", " ", "a", "Der", "DER DIE DAS", "der,die;das.", "über Über ÜBER für FÜR daß ß Straße STRASSE",
        LanguageCheckTests.german, LanguageCheckTests.english, LanguageCheckTests.french,
        LanguageCheckTests.german.uppercased(), LanguageCheckTests.english + " " + LanguageCheckTests.german,
        "„Über 200 Soldaten“ – sagte er – „für die Übung“ … Straße, ÄRGER, naïve, déjà-vu, 5 € " + LanguageCheckTests.english,
        String(repeating: "DER DIE DAS, the of and; ", count: 20),
        String(repeating: "FÜR ÜBER\u{00AD}DIE  QUESTO della×wordt ", count: 20),
        "G7-Gipfel 3D-Druck der2die 2der die2 12345678 a1b2c3d4e5 über3 3über",
        "µ ª º « » ° § ² ½ ¾ × ÷ \u{A0}der\u{A0}die\u{85}das\u{80}und\u{9F}ist",
        "Kaczyński Erdoğan Łódź ǅemal ǈ ǉ Ŀ ĸ ŉ ſ ȸ ɐ ʰ ˆ ˈ", "Wörter\r\nmit\rCR\nund\tTab",
        String(repeating: "a", count: 100) + " die " + String(repeating: "Ä", count: 9) + " der",
        "abcdefg die abcdefgh der abcdefghi das", String(repeating: "die ", count: 70),
    ]

    @Test("Over modelled text the pass counts exactly as the character split does, at every block offset")
    func countsAsCharacters() {
        for text in Self.modelledTexts {
            for offset in 0..<9 {
                let shifted = String(repeating: " ", count: offset) + text
                #expect(TextSurvey(shifted).functionWords == Self.reference(shifted), "\(offset): \(text)")
                #expect(
                    LanguageCheck.looksGerman(shifted) == LanguageCheck.looksGermanByCharacters(shifted),
                    "\(offset): \(text)")
            }
        }
    }

    @Test("Combining marks, İ, other scripts and repaired bytes go by characters; the digest still counts them")
    func unmodelled() throws {
        for text in [
            "fu\u{0308}r " + LanguageCheckTests.english, "İstanbul " + LanguageCheckTests.german,
            "Путин " + LanguageCheckTests.german, String(decoding: [0x41, 0xFF, 0x42, 0xC3], as: UTF8.self),
            "Emoji 👩‍👩‍👧 " + LanguageCheckTests.german, "\u{2009}thin space and \u{200B}zero width",
        ] {
            let survey = TextSurvey(text)
            #expect(survey.functionWords == nil, "\(text)")
            #expect((survey.digest == nil) == TextDigestTests.reference(text).isEmpty)
        }
        #expect(LanguageCheck.looksGerman(String(repeating: "fu\u{0308}r die ", count: 30) + LanguageCheckTests.english))
    }

    @Test("The punctuation fast path and the Latin-1 table agree with the Unicode properties")
    func tables() {
        for value in Array(0x2010...0x205E) + Array(0x20A0...0x20C0) {
            let scalar = Unicode.Scalar(UInt32(value))!
            #expect(TextSurvey.isPunctuation(scalar.value))
            #expect(!scalar.properties.lowercaseMapping.unicodeScalars.contains(where: TextSurvey.isLetterOrDigit))
        }
        #expect(!TextSurvey.isPunctuation(0x200F) && !TextSurvey.isPunctuation(0x205F))
        #expect(!TextSurvey.isPunctuation(0x209F) && !TextSurvey.isPunctuation(0x20C1))
        for (offset, latin1) in TextSurvey.Latin1.table.enumerated() {
            let lower = Unicode.Scalar(UInt8(0x80 + offset)).properties.lowercaseMapping.unicodeScalars
            #expect(lower.count == 1)
            #expect(latin1.utf8 == Array(String(lower).utf8).reversed().reduce(0) { $0 << 8 | UInt64($1) })
            #expect(latin1.isLetter == lower.first!.properties.isAlphabetic)
            #expect(latin1.isLetterOrDigit == TextSurvey.isLetterOrDigit(lower.first!))
        }
    }

    @Test("A long text and long words: every word counted, only short ones looked up")
    func longText() {
        let text = String(repeating: LanguageCheckTests.german + " ", count: 300)
        let counts = TextSurvey(text).functionWords
        #expect(counts == Self.reference(text))
        #expect(counts?.looksGerman == true)
        let longWords = String(repeating: "Donaudampfschifffahrtsgesellschaftskapitän ", count: 50)
        #expect(TextSurvey(longWords).functionWords == Self.reference(longWords))
    }
}
