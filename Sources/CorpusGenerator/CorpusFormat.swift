/// How a generated corpus is stored.
public enum CorpusFormat: String, Sendable, CaseIterable {
    /// One `.txt` file an article (`gen-000001.txt`): the headline line, a blank line, the body.
    case textFiles = "txt"
    /// JSON lines, one object a line (`id`, `title`, `date`, `text`), in files of
    /// ``articlesPerJSONLinesFile`` articles (`corpus-00001.jsonl`, ...), well
    /// under the 64 MiB an input may have.
    case jsonLines = "jsonl"

    /// How many articles one JSON-lines file holds (about 20 MB).
    public static let articlesPerJSONLinesFile = 10_000

    /// The name of the `number`th JSON-lines file (from 1): `corpus-00001.jsonl`.
    public static func jsonLinesFileName(_ number: Int) -> String {
        let digits = String(number)
        return "corpus-" + String(repeating: "0", count: Swift.max(0, 5 - digits.count)) + digits + ".jsonl"
    }
}
