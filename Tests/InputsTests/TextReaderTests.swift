import Foundation
import Testing

@testable import Inputs

@Suite("Plain text")
struct TextReaderTests {
    @Test("The whole file is the text, headline line included; the first line is the title")
    func wholeFile() throws {
        let text = "Allianz im Osten: Truppen an der Grenze\nDer Präsident warnte am Montag vor einer Eskalation.\n"
        let article = try TextReader.article(from: Data(text.utf8), id: "000_a.txt", origin: "in/000_a.txt")
        #expect(
            article
                == Article(
                    id: "000_a.txt", title: "Allianz im Osten: Truppen an der Grenze", text: text,
                    origin: "in/000_a.txt"))
    }

    @Test("CRLF, a leading blank line and a UTF-8 byte order mark: text kept, BOM dropped, title trimmed")
    func lineEndings() throws {
        let bytes = Data([0xEF, 0xBB, 0xBF]) + Data("\r\n  Titel mit Leerzeichen  \r\nText.\r\n".utf8)
        let article = try TextReader.article(from: bytes, id: "a", origin: "a")
        #expect(article.title == "Titel mit Leerzeichen")
        #expect(article.text == "\r\n  Titel mit Leerzeichen  \r\nText.\r\n")
        #expect(article.text.unicodeScalars.first == "\r")
    }

    @Test("Emoji and combining marks are kept as they are (offsets count scalars)")
    func scalars() throws {
        let text = "Café\u{301} 👩‍👩‍👧\nText"
        let article = try TextReader.article(from: Data(text.utf8), id: "a", origin: "a")
        #expect(article.text.unicodeScalars.count == text.unicodeScalars.count)
        #expect(article.title == "Café\u{301} 👩‍👩‍👧")
    }

    @Test(
        "Bad files give one clear reason",
        arguments: [
            ("empty.txt", "empty file"),
            ("blank.txt", "no text (only white space)"),
            ("invalid-utf8.txt", "not valid UTF-8 at byte 31"),
            ("latin1.txt", "not valid UTF-8 at byte 2"),
            ("overlong.txt", "not valid UTF-8 at byte 6"),
            ("surrogate-utf8.txt", "not valid UTF-8 at byte 6"),
            ("truncated.txt", "not valid UTF-8 at byte 21"),
            ("nul-bytes.txt", "binary file (NUL byte at offset 15)"),
            ("utf16.txt", "UTF-16 text is not supported (save it as UTF-8)"),
        ])
    func badFiles(name: String, reason: String) throws {
        let origin = "hostile/\(name)"
        #expect(throws: InputError(origin: origin, reason: reason)) {
            try TextReader.article(from: Fixture.data(origin), id: name, origin: origin)
        }
    }

    @Test("Quotes, <, &, ]]>, control characters, U+FFFE and U+2028 are read verbatim")
    func specialCharacters() throws {
        let data = try Fixture.data("hostile/special-characters.txt")
        let article = try TextReader.article(from: data, id: "s", origin: "s")
        #expect(Data(article.text.utf8) == data)
        #expect(article.title?.hasPrefix("Sonderzeichen: \"Zitat\" <b>Fett</b> &amp; ]]> \u{1}\u{1F}\u{7F}") == true)
    }

    @Test("A dateline near the top gives the date; the headline is the first other line")
    func datelines() throws {
        let dated = try TextReader.article(
            from: Data("18. Oktober, 2024\n\nPolitik\n\nNeue Brücke eröffnet\nText.".utf8), id: "a", origin: "a")
        #expect(dated.date == "2024-10-18")
        #expect(dated.title == "Politik")
        let counter = try TextReader.article(
            from: Data("Hafen wächst\n\n  21 Oktober 2024    Gelesen: 695\nText.".utf8), id: "b", origin: "b")
        #expect(counter.date == "2024-10-21")
        #expect(counter.title == "Hafen wächst")
        let weekday = try TextReader.article(from: Data("Freitag, 3. Mai 2024\nTitel\nText.".utf8), id: "c", origin: "c")
        #expect(weekday.date == "2024-05-03")
        // A headline that merely mentions a date is no dateline.
        let headline = try TextReader.article(
            from: Data("Wahl am 3. Oktober 2024 in Brandenburg\nText.".utf8), id: "d", origin: "d")
        #expect(headline.date == nil)
        #expect(headline.title == "Wahl am 3. Oktober 2024 in Brandenburg")
    }
}
