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
            articles: 30, seed: 2, format: .jsonLines, to: folder.appendingPathComponent("jsonl"))
        let expected = Array(CorpusGenerator(seed: 2).prefix(30))

        let files = try FileManager.default.contentsOfDirectory(atPath: texts.path).sorted()
        #expect(files == expected.map(\.fileName))
        let third = try String(contentsOfFile: "\(texts.path)/\(expected[2].fileName)", encoding: .utf8)
        #expect(third == expected[2].plainText)
        #expect(texts.textBytes == expected.map { $0.plainText.utf8.count }.reduce(0, +))

        #expect(lines.path.hasSuffix("/corpus.jsonl"))
        let jsonl = try String(contentsOfFile: lines.path, encoding: .utf8)
        #expect(jsonl == expected.map { $0.jsonLine + "\n" }.joined())
        #expect(lines.textBytes == expected.map { $0.body.utf8.count }.reduce(0, +))
        #expect(lines.articles == 30 && texts.articles == 30)
    }
}
