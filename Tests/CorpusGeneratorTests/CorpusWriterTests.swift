import Foundation
import Testing

@testable import CorpusGenerator

@Suite("Writing a corpus")
struct CorpusWriterTests {
    @Test("Text files and JSON lines hold the same articles")
    func bothFormats() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("corpus-writer-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let texts = try CorpusWriter.write(
            articles: 30, seed: 2, format: .textFiles, to: folder.appendingPathComponent("txt"))
        let lines = try CorpusWriter.write(
            articles: 30, seed: 2, format: .jsonLines, to: folder.appendingPathComponent("jsonl"), articlesPerFile: 12)
        let expected = Array(CorpusGenerator(seed: 2).prefix(30))

        let files = try FileManager.default.contentsOfDirectory(atPath: texts.path).sorted()
        #expect(files == expected.map(\.fileName))
        let third = try String(contentsOfFile: "\(texts.path)/\(expected[2].fileName)", encoding: .utf8)
        #expect(third == expected[2].plainText)
        #expect(texts.textBytes == expected.map { $0.plainText.utf8.count }.reduce(0, +))

        let shards = try FileManager.default.contentsOfDirectory(atPath: lines.path).sorted()
        #expect(shards == ["corpus-00001.jsonl", "corpus-00002.jsonl", "corpus-00003.jsonl"])
        let jsonl = try shards.map { try String(contentsOfFile: "\(lines.path)/\($0)", encoding: .utf8) }
        #expect(jsonl[0].split(separator: "\n").count == 12 && jsonl[2].split(separator: "\n").count == 6)
        #expect(jsonl.joined() == expected.map { $0.jsonLine + "\n" }.joined())
        #expect(lines.textBytes == expected.map { $0.body.utf8.count }.reduce(0, +))
        #expect(lines.articles == 30 && texts.articles == 30)
    }
}
