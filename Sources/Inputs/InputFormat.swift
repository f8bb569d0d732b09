/// The kinds of input files, told by their extension (case ignored).
public enum InputFormat: String, Sendable, CaseIterable {
    /// `.txt`: UTF-8 text, the first line the headline.
    case text
    /// `.html`, `.htm`: a saved news page.
    case html
    /// `.jsonl`, `.ndjson`: one JSON object (article) a line.
    case jsonLines

    /// The format of a file called `fileName`; nil for other files.
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."), dot != fileName.startIndex else { return nil }
        switch fileName[fileName.index(after: dot)...].lowercased() {
        case "txt": self = .text
        case "html", "htm": self = .html
        case "jsonl", "ndjson": self = .jsonLines
        default: return nil
        }
    }

    /// The extensions read, for messages.
    static let extensionList = ".txt, .html, .htm, .jsonl or .ndjson"
}
