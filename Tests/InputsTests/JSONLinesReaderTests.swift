import Foundation
import Testing

@testable import Inputs

@Suite("JSON lines")
struct JSONLinesReaderTests {
    private func items(_ relativePath: String) throws -> [InputItem] {
        let name = (relativePath as NSString).lastPathComponent
        return JSONLinesReader.articles(from: try Fixture.data(relativePath), fileName: name, origin: relativePath)
    }

    @Test("Plain fields: id, else url, else FILE:LINE; blank lines and CRLF; dates normalised; title not in the text")
    func plainFields() throws {
        let articles = try items("jsonl/plain.jsonl").compactMap(\.article)
        #expect(articles.map(\.id) == ["bericht-001", "https://zeitung.example/elbbruecke", "plain.jsonl:4"])
        #expect(articles.map(\.origin) == ["jsonl/plain.jsonl:1", "jsonl/plain.jsonl:3", "jsonl/plain.jsonl:4"])
        #expect(articles.map(\.date) == ["2024-03-06", "2024-03-09", nil])
        #expect(articles[0].title == "Bahnstreik legt Pendlerverkehr lahm")
        #expect(articles[0].text.hasPrefix("Seit Mittwochmorgen stehen"))
        #expect(!articles[0].text.contains("Bahnstreik"))
        #expect(articles[1].text.hasSuffix("sprach von einem Meilenstein."))
        #expect(articles[2].outlet == "Stadtanzeiger")
    }

    @Test("news-please fields: maintext, description when maintext is null, date_publish, source_domain, language")
    func newsPleaseFields() throws {
        let articles = try items("jsonl/news-please.jsonl").compactMap(\.article)
        try #require(articles.count == 3)
        #expect(articles[0].id == "https://www.landeszeitung.example/politik/schulreform.html")
        #expect(articles[0].text.hasPrefix("Der Landtag hat am Freitag"))
        #expect(articles[0].date == "2024-10-18T14:03:00")
        #expect(articles[0].outlet == "www.landeszeitung.example")
        #expect(articles[0].language == "de")
        #expect(articles[1].text.hasPrefix("Ein Unwetter hat in der Nacht"))
        #expect(articles[1].date == nil)
        #expect(articles[2].language == "en")
    }

    @Test("Wrong types, broken JSON, lone surrogates, NUL escapes, bad UTF-8: one item a line, the rest still read")
    func hostileLines() throws {
        let origin = "hostile/mixed.jsonl"
        let expected: [InputItem] = [
            .article(Article(id: "gut-1", text: "Ein gültiger Artikel über den Hafen.", origin: "\(origin):1")),
            .failure(InputError(origin: "\(origin):2", reason: "field \"text\" is a number, expected a string")),
            .failure(InputError(origin: "\(origin):3", reason: "field \"title\" is an array, expected a string")),
            .failure(
                InputError(origin: "\(origin):4", reason: "field \"id\" is a boolean, expected a string or a number")),
            .failure(
                InputError(origin: "\(origin):5", reason: "invalid JSON: Unexpected end of file during JSON parse")),
            .failure(InputError(origin: "\(origin):6", reason: "not a JSON object but an array")),
            .failure(InputError(origin: "\(origin):7", reason: "not a JSON object but a string")),
            .article(Article(id: "surrogat-hoch", text: "Vor \u{FFFD} nach", origin: "\(origin):8")),
            .article(Article(id: "surrogat-tief", text: "Vor \u{FFFD} nach 😀 Ende \\ud800", origin: "\(origin):9")),
            .article(Article(id: "nul", text: "Null\u{0}Zeichen und \u{1} Steuerzeichen", origin: "\(origin):11")),
            .failure(InputError(origin: "\(origin):12", reason: "not valid UTF-8 at byte 450")),
            .failure(InputError(origin: "\(origin):13", reason: "empty text in \"text\"")),
            .failure(
                InputError(origin: "\(origin):14", reason: "no text (expected a \"text\" or \"maintext\" field)")),
            .failure(
                InputError(
                    origin: "\(origin):15",
                    reason: "invalid JSON: Too many nested arrays or dictionaries around character 532")),
            .article(Article(id: "12345", text: "Zahl als Kennung.", origin: "\(origin):16")),
            .article(Article(id: "gut-2", text: "Noch ein gültiger Artikel.", origin: "\(origin):17")),
            .failure(InputError(origin: "\(origin):18", reason: "field \"date\" is a number, expected a string")),
            .article(Article(id: "hoch-am-ende", text: "Ende \u{FFFD}", origin: "\(origin):19")),
            .article(Article(id: "ende", text: "Letzte Zeile ohne Zeilenumbruch.", origin: "\(origin):20")),
        ]
        let actual = try items(origin)
        #expect(actual.count == expected.count)
        for (got, want) in zip(actual, expected) { #expect(got == want) }
    }

    @Test("Quotes, <, &, ]]> and control characters in ids, titles and text come through unchanged")
    func specialCharacters() throws {
        let article = try #require(try items("hostile/special-characters.jsonl").first?.article)
        let text = String(decoding: try Fixture.data("hostile/special-characters.txt"), as: UTF8.self)
        #expect(article.id == "sonder<&>\"]]>")
        #expect(article.title == "Titel mit \"Anführung\" & <Klammern>")
        #expect(article.text == text)
    }

    @Test("Surrogate escapes are repaired only when they do not pair, and only inside strings")
    func surrogateRepair() {
        func repaired(_ line: String) -> String {
            String(decoding: JSONSurrogateRepair.repaired(Array(line.utf8)), as: UTF8.self)
        }
        #expect(repaired(#"{"a":"\ud83d\ude00"}"#) == #"{"a":"\ud83d\ude00"}"#)
        #expect(repaired(#"{"a":"\ud83d\u0041"}"#) == #"{"a":"\uFFFD\u0041"}"#)
        #expect(repaired(#"{"a":"\DC00\udc00x"}"#) == #"{"a":"\DC00\uFFFDx"}"#)
        #expect(repaired(#"{"a":"\\ud800","b":"\"\ud800"}"#) == #"{"a":"\\ud800","b":"\"\uFFFD"}"#)
        #expect(repaired(#"{"a":"\ud8"}"#) == #"{"a":"\ud8"}"#)
        #expect(repaired(#"{"a":"\"#) == #"{"a":"\"#)
    }

    @Test("Empty and blank files are one failure each; binary and UTF-16 files too")
    func wholeFileFailures() throws {
        #expect(
            try items("hostile/empty.jsonl") == [
                .failure(InputError(origin: "hostile/empty.jsonl", reason: "empty file"))
            ])
        #expect(
            try items("hostile/blank-lines.jsonl") == [
                .failure(InputError(origin: "hostile/blank-lines.jsonl", reason: "no JSON lines (only white space)"))
            ])
        let binary = JSONLinesReader.articles(from: Data([0x7B, 0x00, 0x7D]), fileName: "b.jsonl", origin: "b.jsonl")
        #expect(binary == [.failure(InputError(origin: "b.jsonl", reason: "binary file (NUL byte at offset 1)"))])
    }

    @Test("Standard input is JSON lines when it starts with {")
    func sniffing() {
        #expect(JSONLinesReader.looksLikeJSONLines(Data("\u{FEFF}  \n{\"text\":\"a\"}".utf8)))
        #expect(!JSONLinesReader.looksLikeJSONLines(Data("Überschrift\n{Text}".utf8)))
        #expect(!JSONLinesReader.looksLikeJSONLines(Data()))
    }
}
