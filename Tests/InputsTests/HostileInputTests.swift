import Foundation
import Testing
import TestSupport

@testable import Inputs

@Suite("Hostile inputs")
struct HostileInputTests {
    private func reasons(_ items: [InputItem]) -> [String] {
        items.map { item in
            switch item {
            case .article(let article): "article \(article.id)"
            case .failure(let error): "\((error.origin as NSString).lastPathComponent): \(error.reason)"
            case .skipped(let origin, let reason): "\((origin as NSString).lastPathComponent): skipped: \(reason)"
            }
        }
    }

    @Test("Every committed hostile file gives exactly its expected outcome, and nothing stops the others")
    func committedFiles() throws {
        let items = Array(InputReader(paths: [Fixture.path("hostile"), Fixture.path("jsonl/plain.jsonl")]))
        #expect(
            reasons(items) == [
                "article billion-laughs.html",
                "blank-lines.jsonl: no JSON lines (only white space)",
                "blank.txt: no text (only white space)",
                "article broken.html",
                "empty.html: empty file",
                "empty.jsonl: empty file",
                "empty.txt: empty file",
                "image.html: binary file (NUL byte at offset 8)",
                "invalid-utf8.txt: not valid UTF-8 at byte 31",
                "latin1.txt: not valid UTF-8 at byte 2",
                "article gut-1",
                "mixed.jsonl:2: field \"text\" is a number, expected a string",
                "mixed.jsonl:3: field \"title\" is an array, expected a string",
                "mixed.jsonl:4: field \"id\" is a boolean, expected a string or a number",
                "mixed.jsonl:5: invalid JSON: Unexpected end of file during JSON parse",
                "mixed.jsonl:6: not a JSON object but an array",
                "mixed.jsonl:7: not a JSON object but a string",
                "article surrogat-hoch",
                "article surrogat-tief",
                "article nul",
                "mixed.jsonl:12: not valid UTF-8 at byte 450",
                "mixed.jsonl:13: empty text in \"text\"",
                "mixed.jsonl:14: no text (expected a \"text\" or \"maintext\" field)",
                "mixed.jsonl:15: invalid JSON: Too many nested arrays or dictionaries around character 532",
                "article 12345",
                "article gut-2",
                "mixed.jsonl:18: field \"date\" is a number, expected a string",
                "article hoch-am-ende",
                "article ende",
                "nul-bytes.txt: binary file (NUL byte at offset 15)",
                "overlong.txt: not valid UTF-8 at byte 6",
                "article sonder<&>\"]]>",
                "special-characters.txt: skipped: duplicate of sonder<&>\"]]>",
                "surrogate-utf8.txt: not valid UTF-8 at byte 6",
                "truncated.txt: not valid UTF-8 at byte 21",
                "utf16.txt: UTF-16 text is not supported (save it as UTF-8)",
                "article bericht-001",
                "article https://zeitung.example/elbbruecke",
                "article plain.jsonl:4",
            ])
    }

    @Test("An entity bomb and an external entity in the DOCTYPE are not expanded")
    func entityBomb() throws {
        let article = try HTMLArticleReader.article(
            from: Fixture.data("hostile/billion-laughs.html"), id: "b", origin: "b")
        #expect(article.text == "Entitätenbombe\nVorher &lol9; nachher.\nExtern: &xxe; Ende.")
        #expect(!article.text.contains("lollol"))
        #expect(!article.text.contains("root:"))
    }

    @Test(
        "Broken HTML is read as far as it makes sense; bad character references vanish, &#128; to &#159; mean windows-1252"
    )
    func brokenHTML() throws {
        let article = try HTMLArticleReader.article(from: Fixture.data("hostile/broken.html"), id: "b", origin: "b")
        #expect(article.title == "Kaputte Seite")
        #expect(
            article.text == """
                Kaputte Seite
                Dieser Absatz ist nicht geschlossen fett kursiv
                Zweiter Absatz mit kaputtem Link und
                Zelle ohne Tabelle
                Dritter Absatz & <Zeichen> 😀 😀 &unbekannt; € – Ende
                Vierter Absatz
                """)
    }

    @Test("Files over the size limit fail without being read; a file at the limit is read")
    func sizeLimit() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let huge = folder.path("riesig.txt")
        try HostileFiles.sparseFile(at: huge, size: 100 << 20)
        let large = folder.path("gross.txt")
        try HostileFiles.largeTextFile(at: large, size: 200_000)
        let exact = folder.path("genau.txt")
        try HostileFiles.largeTextFile(at: exact, size: 100_000)
        let clock = ContinuousClock()
        let start = clock.now
        let items = Array(InputReader(paths: [huge]))
        #expect(clock.now - start < .seconds(1))
        #expect(
            items == [
                .failure(InputError(origin: huge, reason: "too large: 104857600 bytes (the limit is 67108864 bytes)"))
            ])
        let limited = Array(InputReader(paths: [large, exact], maxFileSize: 100_000, skipsDuplicates: false))
        #expect(limited.count == 2)
        #expect(
            limited[0]
                == .failure(InputError(origin: large, reason: "too large: 200000 bytes (the limit is 100000 bytes)")))
        #expect(limited[1].article?.text.unicodeScalars.count == 100_000)
    }

    @Test(
        "HTML nested 100,000 deep is a clean partial result: libxml2 stops at depth 256, nothing recurses",
        arguments: ["div", "span", "b", "li", "table"])
    func deepNesting(element: String) throws {
        let html = HostileFiles.deeplyNestedHTML(depth: 100_000, element: element)
        let article = try HTMLArticleReader.article(from: Data(html.utf8), id: "tief", origin: "tief")
        #expect(article.title == "Tief verschachtelt")
        #expect(article.text.hasPrefix("Tief verschachtelt\nVor der Verschachtelung steht ein ganz normaler Absatz."))
    }

    @Test("Deep JSON in JSON-LD is passed over; a page with 20,000 paragraphs is read in one pass")
    func deepJSONAndWidePages() throws {
        let deepScript = "<script type=\"application/ld+json\">" + String(repeating: "[", count: 100_000) + "</script>"
        let page = "<html><head>\(deepScript)</head><body><p>Ein Absatz mit genug Worten darin.</p></body></html>"
        let article = try HTMLArticleReader.article(from: Data(page.utf8), id: "j", origin: "j")
        #expect(article.text == "Ein Absatz mit genug Worten darin.")
        let paragraphs = String(
            repeating: "<p>Der Rat tagt. <a href=x>Mehr</a> Er berät den Haushalt.</p>\n", count: 20_000)
        let wide = try HTMLArticleReader.article(
            from: Data("<html><body><article>\(paragraphs)</article></body></html>".utf8), id: "w", origin: "w")
        #expect(wide.text.split(separator: "\n").count == 1)
        let distinct = (0..<20_000).map { "<p>Absatz Nummer \($0) über den Haushalt.</p>" }.joined()
        let many = try HTMLArticleReader.article(
            from: Data("<html><body><div>\(distinct)</div></body></html>".utf8), id: "m", origin: "m")
        #expect(many.text.split(separator: "\n").count == 20_000)
    }

    @Test("Links, loops, FIFOs, devices and unreadable files: one failure each, valid files still read")
    func fileSystemOddities() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("a-gut.txt", "Gut\nEin gültiger Artikel.")
        try folder.write("echt/datei.txt", "Echt\nIm echten Ordner.")
        try folder.link("echt-link", to: "echt")
        try folder.link("echt/zurueck", to: "..")
        try folder.link("kaputt.txt", to: "nirgendwo.txt")
        try folder.link("kreis-a.txt", to: "kreis-b.txt")
        try folder.link("kreis-b.txt", to: "kreis-a.txt")
        try HostileFiles.fifo(at: folder.path("rohr.txt"))
        try HostileFiles.fifo(at: folder.path("rohr.dat"))
        try folder.write("zu/geheim.txt", "Geheim\nGeschützter Artikel.")
        try HostileFiles.makeUnreadable(folder.path("zu/geheim.txt"))
        try folder.write("zz/versteckt.txt", "Versteckt\nIn einem gesperrten Ordner.")
        try HostileFiles.makeUnreadable(folder.path("zz"))
        try HostileFiles.file(
            in: folder.url.path, nameBytes: Array("lat".utf8) + [0xE4, 0x74, 0x65, 0x6E] + Array(".txt".utf8))
        try HostileFiles.file(in: folder.url.path, nameBytes: [0xFF, 0x2E, 0x70, 0x64, 0x66])
        let items = Array(InputReader(paths: [folder.url.path, "/dev/null", Fixture.path("html/nordkurier-amp.html")]))
        let unreadable =
            HostileFiles.isRoot
            ? ["article geheim.txt", "article versteckt.txt"]
            : ["geheim.txt: cannot open: permission denied", "zz: cannot list folder: permission denied"]
        #expect(
            reasons(items) == [
                "article a-gut.txt",
                "article datei.txt",
                "zurueck: symbolic link loop (leads back to a folder above it)",
                "echt-link: skipped: folder already read as \(folder.path("echt"))",
                "kaputt.txt: broken symbolic link",
                "kreis-a.txt: symbolic link loop",
                "kreis-b.txt: symbolic link loop",
                "lat\u{FFFD}ten.txt: file name is not valid UTF-8",
                "rohr.txt: not a regular file (a FIFO)",
            ] + unreadable + [
                "null: not a regular file (a device)",
                "article nordkurier-amp.html",
            ])
    }
}
