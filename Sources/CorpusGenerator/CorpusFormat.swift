/// How a generated corpus is stored.
public enum CorpusFormat: String, Sendable, CaseIterable {
    /// One `.txt` file an article (`gen-000001.txt`): the headline line, a blank line, the body.
    case textFiles = "txt"
    /// One file, `corpus.jsonl`, one JSON object a line: `id`, `title`, `date`, `text`.
    case jsonLines = "jsonl"

    /// The file name of a JSON-lines corpus in its folder.
    public static let jsonLinesFileName = "corpus.jsonl"
}
