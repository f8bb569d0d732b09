import ArgumentParser
import CorpusGenerator
import Foundation

/// `newsgraph generate`: a synthetic German news corpus, for benchmarks and load tests.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a synthetic German news corpus of any size, the same for the same seed.",
        discussion: """
            The articles read like agency news: a headline, then paragraphs of direct and indirect
            speech, attributions, denials, troop deployments and narration about made-up people,
            real countries and organisations. Frequent actors recur and new ones keep appearing, so
            the graph grows as a real corpus's would. Every sentence comes from the generator's own
            patterns. The first N articles of a seed are the same whatever the size asked for.

            Writes DIR/gen-000001.txt, ... (headline line, blank line, body), or with --jsonl
            DIR/corpus-00001.jsonl, ... (10,000 articles a file; fields id, title, date, text).

            Examples:
              newsgraph generate --articles 1000 --out /tmp/corpus-1k
              newsgraph generate --articles 100000 --seed 7 --jsonl --out /tmp/corpus-100k
              newsgraph extract /tmp/corpus-100k --out /tmp/graph-100k
            """
    )

    @Option(help: "How many articles to write.")
    var articles: Int = 1_000

    @Option(help: "The seed: equal seeds give equal corpora.")
    var seed: UInt64 = 1

    @Option(name: .shortAndLong, help: "The folder to write to (created when missing).")
    var out: String

    @Flag(help: "Write JSON lines (10,000 articles a file) instead of one .txt file an article.")
    var jsonl = false

    func validate() throws {
        guard articles >= 1 else { throw ValidationError("--articles must be at least 1.") }
    }

    func run() throws {
        let summary = try CorpusWriter.write(
            articles: articles, seed: seed, format: jsonl ? .jsonLines : .textFiles,
            to: URL(fileURLWithPath: out))
        let megabytes = String(format: "%.2f", Double(summary.textBytes) / 1_000_000)
        print("wrote \(summary.articles) articles (\(megabytes) MB of text) to \(summary.path)")
    }
}
