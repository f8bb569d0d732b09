import Foundation

/// Writes generated articles to disk, streaming, so that any size fits in memory.
///
/// ```swift
/// let summary = try CorpusWriter.write(articles: 10_000, seed: 1, format: .jsonLines,
///                                      to: URL(fileURLWithPath: "/tmp/corpus"))
/// summary.path        // "/tmp/corpus/corpus.jsonl"
/// summary.textBytes   // bytes of article text (UTF-8), as the pipeline will count them
/// ```
public enum CorpusWriter {
    /// What was written.
    public struct Summary: Sendable, Hashable {
        /// The articles written.
        public var articles: Int
        /// UTF-8 bytes of document text: for text files the whole file, for JSON lines the `text` field.
        public var textBytes: Int
        /// The path to give `newsgraph extract`: the JSON-lines file, or the folder of text files.
        public var path: String
    }

    /// Writes `count` articles of the corpus of `seed` into `folder` (created when missing).
    public static func write(articles count: Int, seed: UInt64, format: CorpusFormat, to folder: URL) throws -> Summary {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var generator = CorpusGenerator(seed: seed)
        var textBytes = 0
        switch format {
        case .textFiles:
            for _ in 0..<count {
                let article = generator.article()
                let data = Data(article.plainText.utf8)
                textBytes += data.count
                try data.write(to: folder.appendingPathComponent(article.fileName))
            }
            return Summary(articles: count, textBytes: textBytes, path: folder.path)
        case .jsonLines:
            let file = folder.appendingPathComponent(CorpusFormat.jsonLinesFileName)
            var output = try BufferedOutput(creating: file)
            for _ in 0..<count {
                let article = generator.article()
                textBytes += article.body.utf8.count
                try output.write(article.jsonLine + "\n")
            }
            try output.close()
            return Summary(articles: count, textBytes: textBytes, path: file.path)
        }
    }
}
