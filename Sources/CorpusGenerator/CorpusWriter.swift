import Foundation

/// Writes generated articles to disk, streaming, so that any size fits in memory.
///
/// ```swift
/// let summary = try CorpusWriter.write(articles: 10_000, seed: 1, format: .jsonLines,
///                                      to: URL(fileURLWithPath: "/tmp/corpus"))
/// summary.path        // "/tmp/corpus" (holding corpus-00001.jsonl)
/// summary.textBytes   // bytes of article text (UTF-8), as the pipeline will count them
/// ```
public enum CorpusWriter {
    /// What was written.
    public struct Summary: Sendable, Hashable {
        /// The articles written.
        public var articles: Int
        /// UTF-8 bytes of document text: for text files the whole file, for JSON lines the `text` field.
        public var textBytes: Int
        /// The path to give `newsgraph extract`: the folder.
        public var path: String
    }

    /// Writes `count` articles of the corpus of `seed` into `folder` (created when missing);
    /// JSON lines go `articlesPerFile` to a file.
    public static func write(
        articles count: Int, seed: UInt64, format: CorpusFormat, to folder: URL,
        articlesPerFile: Int = CorpusFormat.articlesPerJSONLinesFile
    ) throws -> Summary {
        precondition(articlesPerFile > 0, "articlesPerFile must be positive")
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
        case .jsonLines:
            var output: BufferedOutput?
            for index in 0..<count {
                if index % articlesPerFile == 0 {
                    try output?.close()
                    let number = index / articlesPerFile + 1
                    output = try BufferedOutput(
                        creating: folder.appendingPathComponent(CorpusFormat.jsonLinesFileName(number)))
                }
                let article = generator.article()
                textBytes += article.body.utf8.count
                try output?.write(article.jsonLine + "\n")
            }
            try output?.close()
        }
        return Summary(articles: count, textBytes: textBytes, path: folder.path)
    }
}
