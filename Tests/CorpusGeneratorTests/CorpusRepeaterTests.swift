import Foundation
import Testing

@testable import CorpusGenerator

@Suite("Repeating real articles")
struct CorpusRepeaterTests {
    @Test("Copies get new ids and a marker line, so they are neither refused nor skipped")
    func copies() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("corpus-repeater-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let source = folder.appendingPathComponent("source.jsonl")
        try Data(
            """
            {"id":"a","text":"Der Bürgermeister sagte, die Brücke sei marode.","extra":[1,2]}

            {"id":"b","title":"Titel","date":"2024-05-01","text":"„Wir bauen neu“, so die Stadt."}

            """.utf8
        ).write(to: source)
        let summary = try CorpusRepeater.write(
            sources: [source], times: 3, to: folder.appendingPathComponent("out"), articlesPerFile: 4)
        #expect(summary.articles == 6)
        let files = try FileManager.default.contentsOfDirectory(atPath: summary.path).sorted()
        #expect(files == ["corpus-00001.jsonl", "corpus-00002.jsonl"])
        let objects = try files.flatMap { name in
            try String(contentsOfFile: "\(summary.path)/\(name)", encoding: .utf8).split(separator: "\n").map {
                try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: String])
            }
        }
        #expect(objects.map { $0["id"] } == ["a", "b", "a #2", "b #2", "a #3", "b #3"])
        #expect(objects[0]["text"] == "Der Bürgermeister sagte, die Brücke sei marode.")
        #expect(objects[5]["text"] == "„Wir bauen neu“, so die Stadt.\n\n(Wiederholung 3)")
        #expect(objects[3]["title"] == "Titel" && objects[3]["date"] == "2024-05-01" && objects[0]["title"] == nil)
        #expect(summary.textBytes == objects.compactMap { $0["text"]?.utf8.count }.reduce(0, +))
    }

    @Test("A line without id or text is an error naming it")
    func badLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("corpus-repeater-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let source = folder.appendingPathComponent("bad.jsonl")
        try Data("{\"id\":\"a\",\"text\":\"Gut.\"}\n{\"id\":\"b\"}\n".utf8).write(to: source)
        #expect(throws: CorpusRepeater.BadLine.self) {
            try CorpusRepeater.write(sources: [source], times: 1, to: folder.appendingPathComponent("out"))
        }
    }
}
