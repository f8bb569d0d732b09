@testable import DOTExport
import Testing

@Suite("DOT strings: the test for text written as it is")
struct DOTPlainTextTests {
    @Test("Text of every short length, with a byte to escape or drop at every place, is told plain or not as byte by byte")
    func plainAtEveryLengthAndPlace() {
        // Each marker starts or is a byte that DOT strings escape or drop; "ä" and "ß" stay plain.
        let markers = ["\\", "\"", "&", "\n", "\t", "\u{1}", "\u{7F}", "\u{85}", "\u{FFFE}", "ä", "ß", "€"]
        for var text in markedTexts(markers, plainLength: 40, lengths: 1...34) {
            let expected = !text.utf8.contains { $0 < 0x20 || [0x5C, 0x22, 0x26, 0x7F, 0xC2, 0xEF].contains($0) }
            #expect(text.withUTF8(DOTString.isPlain) == expected, "\(text.debugDescription)")
        }
    }
}
