import Foundation
import Testing

@testable import Inputs

@Suite("Input reader")
struct InputReaderTests {
    static let germanText = """
        Die Landesregierung hat am Dienstag ein neues Programm für den ländlichen Raum vorgestellt. Es soll \
        Dörfer mit schnellem Internet versorgen und die Busverbindungen in die Kreisstädte verbessern.
        """

    @Test("Folders are read recursively in sorted order; hidden files and other types are left out")
    func folderOrder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("b/2.txt", "Zwei\nText zwei.")
        try folder.write("b/10.txt", "Zehn\nText zehn.")
        try folder.write(
            "a.html", "<html><body><article><h1>Seite</h1><p>Ein Absatz auf der Seite.</p></article></body></html>")
        try folder.write("c.jsonl", "{\"text\":\"Zeile eins.\"}\n{\"text\":\"Zeile zwei.\"}\n")
        try folder.write(".versteckt.txt", "Versteckt\nNicht lesen.")
        try folder.write("notizen.md", "# Nicht lesen")
        try folder.write("B.TXT", "Groß\nGroße Endung.")
        let items = Array(InputReader(paths: [folder.url.path]))
        #expect(
            items.compactMap(\.article).map(\.id) == ["B.TXT", "a.html", "10.txt", "2.txt", "c.jsonl:1", "c.jsonl:2"])
        #expect(items.count == 6)
        #expect(items[4].article?.origin == folder.path("c.jsonl") + ":1")
    }

    @Test("Explicit paths keep their order; a file of another type given explicitly is a failure")
    func explicitPaths() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let second = try folder.write("z.txt", "Zett\nText.")
        let first = try folder.write("a.txt", "Ah\nText.")
        let other = try folder.write("x.pdf", "%PDF")
        let items = Array(InputReader(paths: [second, other, first, folder.path("fehlt.txt")]))
        #expect(
            items == [
                .article(Article(id: "z.txt", title: "Zett", text: "Zett\nText.", origin: second)),
                .failure(
                    InputError(
                        origin: other, reason: "unsupported file type (expected .txt, .html, .htm, .jsonl or .ndjson)")),
                .article(Article(id: "a.txt", title: "Ah", text: "Ah\nText.", origin: first)),
                .failure(InputError(origin: folder.path("fehlt.txt"), reason: "no such file or directory")),
            ])
    }

    @Test("The same article twice (same text, or same URL) is read once; the repeat names the first")
    func duplicates() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("a.txt", "Titel\n" + Self.germanText)
        try folder.write("b.txt", "titel\n\n" + Self.germanText.uppercased() + "  ")
        try folder.write(
            "c.jsonl",
            """
            {"id":"x1","url":"https://zeitung.example/a/","text":"Erster Text zum Hafen."}
            {"id":"x2","url":"https://ZEITUNG.example/a#kommentare","text":"Anderer Text zum Hafen."}
            {"id":"x3","text":"Dritter Text zum Hafen."}

            """)
        let items = Array(InputReader(paths: [folder.url.path]))
        #expect(
            items.map(\.description) == [
                "\(folder.path("a.txt")): article a.txt",
                "\(folder.path("b.txt")): skipped: duplicate of a.txt",
                "\(folder.path("c.jsonl")):1: article x1",
                "\(folder.path("c.jsonl")):2: skipped: duplicate of x1",
                "\(folder.path("c.jsonl")):3: article x3",
            ])
        let all = Array(InputReader(paths: [folder.url.path], skipsDuplicates: false))
        #expect(all.compactMap(\.article).count == 5)
    }

    @Test("A document id used twice is a failure naming the first input")
    func repeatedIDs() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let first = try folder.write("eins/artikel.txt", "Eins\nErster Artikel.")
        let second = try folder.write("zwei/artikel.txt", "Zwei\nZweiter Artikel.")
        let items = Array(InputReader(paths: [folder.url.path]))
        #expect(items.count == 2)
        #expect(items[0].article?.origin == first)
        #expect(
            items[1]
                == .failure(
                    InputError(origin: second, reason: "document id \"artikel.txt\" is already used by \(first)")))
    }

    @Test("Articles that are not German are skipped, by declared language or by their words")
    func language() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("de.txt", "Titel\n" + LanguageCheckTests.german)
        try folder.write("en.txt", "Title\n" + LanguageCheckTests.english)
        let items = Array(InputReader(paths: [folder.url.path, Fixture.path("jsonl/news-please.jsonl")]))
        let skipped = items.compactMap { item -> String? in
            if case .skipped(_, let reason) = item { reason } else { nil }
        }
        #expect(skipped == ["not German (more foreign than German function words)", "not German (language \"en\")"])
        #expect(items.compactMap(\.article).count == 3)
        let everything = Array(InputReader(paths: [folder.url.path], skipsNonGerman: false))
        #expect(everything.compactMap(\.article).count == 2)
    }

    @Test("Standard input: plain text has the id stdin; JSON lines are read line by line")
    func standardInput() throws {
        let text = try Self.readStandardInput("Überschrift\nText von der Standardeingabe.\n")
        #expect(
            text == [
                .article(
                    Article(
                        id: "stdin", title: "Überschrift", text: "Überschrift\nText von der Standardeingabe.\n",
                        origin: "stdin"))
            ])
        let lines = try Self.readStandardInput("{\"text\":\"Eins.\"}\n{\"text\":3}\n")
        #expect(
            lines == [
                .article(Article(id: "stdin:1", text: "Eins.", origin: "stdin:1")),
                .failure(InputError(origin: "stdin:2", reason: "field \"text\" is a number, expected a string")),
            ])
        let tooLarge = try Self.readStandardInput(String(repeating: "x", count: 70_000), maxFileSize: 1000)
        #expect(tooLarge == [.failure(InputError(origin: "stdin", reason: "too large: over the limit of 1000 bytes"))])
    }

    /// The items read from `-` with `input` on a pipe.
    static func readStandardInput(_ input: String, maxFileSize: Int = InputReader.defaultMaxFileSize) throws
        -> [InputItem]
    {
        let pipe = Pipe()
        let writer = Thread {
            pipe.fileHandleForWriting.write(Data(input.utf8))
            try? pipe.fileHandleForWriting.close()
        }
        writer.start()
        return Array(InputReader(paths: ["-"], maxFileSize: maxFileSize, standardInput: pipe.fileHandleForReading))
    }

    @Test("text(ofFile:) gives what the analysis reads: the extracted text of a page, the texts of JSON lines")
    func textOfFile() throws {
        let page = try InputReader.text(ofFile: Fixture.path("html/nordkurier-amp.html"))
        #expect(page.hasPrefix("Fähre nach Rügen fällt wegen Sturm aus\nWegen eines Sturmtiefs"))
        let lines = try InputReader.text(ofFile: Fixture.path("jsonl/plain.jsonl"))
        #expect(lines.split(separator: "\n").count == 3)
        #expect(throws: InputError(origin: Fixture.path("hostile/empty.txt"), reason: "empty file")) {
            try InputReader.text(ofFile: Fixture.path("hostile/empty.txt"))
        }
    }

    @Test("The reader is lazy: folders are listed and files read only when the next item is asked for")
    func laziness() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("a.txt", "A\nErster.")
        var iterator = InputReader(paths: [folder.url.path]).makeIterator()
        try folder.write("b.txt", "B\nZweiter, nach dem Anlegen des Iterators geschrieben.")
        #expect(iterator.next()?.article?.id == "a.txt")
        try FileManager.default.removeItem(atPath: folder.path("b.txt"))
        #expect(
            iterator.next()
                == .failure(InputError(origin: folder.path("b.txt"), reason: "no such file or directory")))
        #expect(iterator.next() == nil)
    }
}
