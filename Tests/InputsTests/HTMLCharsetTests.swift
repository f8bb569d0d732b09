import Foundation
import Testing

@testable import Inputs

@Suite("HTML charsets and text cleanup")
struct HTMLCharsetTests {
    private func text(_ bytes: Data) throws -> String {
        try HTMLArticleReader.article(from: bytes, id: "c", origin: "c").text
    }

    private func page(_ head: String, _ body: [UInt8]) -> Data {
        Data("<html><head>\(head)</head><body><p>".utf8) + Data(body) + Data("</p></body></html>".utf8)
    }

    @Test("No declaration: valid UTF-8 is UTF-8, anything else windows-1252")
    func undeclared() throws {
        #expect(try text(page("", Array("Grüße €".utf8))) == "Grüße €")
        #expect(
            try text(page("", [0x47, 0x72, 0xFC, 0xDF, 0x65, 0x20, 0x80, 0x20, 0x84, 0x6A, 0x61, 0x93]))
                == "Grüße € „ja“")
    }

    @Test("Declared charsets: <meta charset>, http-equiv, the XML declaration; ISO-8859-1 read as windows-1252")
    func declared() throws {
        let latin = [UInt8]([0x4D, 0xE4, 0x72, 0x7A, 0x20, 0x96, 0x20, 0x80])
        #expect(try text(page("<meta charset=\"ISO-8859-1\">", latin)) == "März – €")
        #expect(
            try text(page("<meta http-equiv=\"content-type\" content=\"text/html;charset=latin1\">", latin))
                == "März – €")
        let euro15 =
            Data("<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?>\n".utf8) + page("", [0x31, 0x30, 0x20, 0xA4])
        #expect(try text(euro15) == "10 €")
    }

    @Test("Declared UTF-8 with bad bytes: U+FFFD for them, the rest still UTF-8")
    func badBytesInUTF8() throws {
        #expect(
            try text(page("<meta charset=utf-8>", Array("Grüße ".utf8) + [0xFF] + Array(" aus Köln".utf8)))
                == "Grüße \u{FFFD} aus Köln")
    }

    @Test("An unknown charset name is ignored; a UTF-16 page with a byte order mark is read")
    func unknownAndUTF16() throws {
        #expect(try text(page("<meta charset=\"x-unbekannt\">", Array("Grüße".utf8))) == "Grüße")
        var utf16 = Data([0xFF, 0xFE])
        for unit in "<html><body><p>Grüße aus Köln</p></body></html>".utf16 {
            utf16.append(UInt8(unit & 0xFF))
            utf16.append(UInt8(unit >> 8))
        }
        #expect(try text(utf16) == "Grüße aus Köln")
    }

    @Test("Soft hyphens, zero-width characters and controls go; NBSP and other spaces become one space")
    func cleanup() {
        #expect(
            TextCleanup.collapsed(" Bundes\u{AD}tags\u{200B}wahl\u{00A0}2025\u{2009}–\u{3000}\tRe\u{1}sultat\n ")
                == "Bundestagswahl 2025 – Resultat")
        let nonCharacters = [0xFFFE, 0xFDD0, 0x10FFFF].compactMap(Unicode.Scalar.init).map(String.init).joined()
        #expect(TextCleanup.collapsed("Emoji 👩‍👩‍👧 bleibt, \(nonCharacters)weg") == "Emoji 👩‍👩‍👧 bleibt, weg")
        #expect(TextCleanup.collapsed("\u{85}\u{81}") == "…")
    }
}
