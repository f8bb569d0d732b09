import Foundation

/// A data file under `Ontology/`: one entry a line, fields separated by tabs,
/// `#` starting a comment line, blank lines ignored.
///
///     # verb<TAB>kind
///     sagen	speech
///     dementieren	denial
///
/// ```swift
/// let verbs = try LexiconFile.load("lexicons/speech-verbs.tsv")
/// for row in verbs.rows { print(row[0]) }
/// ```
public struct LexiconFile: Sendable {
    /// The path under `Ontology/`.
    public let name: String
    /// The rows, each split into its tab-separated fields (trimmed).
    public let rows: [[String]]

    /// Parses the text of a lexicon file.
    public init(name: String, text: String) {
        self.name = name
        var rows: [[String]] = []
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            rows.append(line.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            })
        }
        self.rows = rows
    }

    /// Loads `name` (a path relative to the Ontology folder).
    public static func load(_ name: String, from folder: URL? = OntologyDirectory.locate()) throws -> LexiconFile {
        guard let folder else { throw LexiconError.ontologyNotFound }
        let url = folder.appendingPathComponent(name)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw LexiconError.unreadable(url.path)
        }
        guard let text = String(data: data, encoding: .utf8) else { throw LexiconError.notUTF8(url.path) }
        return LexiconFile(name: name, text: text)
    }

    /// The first field of every row.
    public var firstColumn: [String] { rows.compactMap(\.first).filter { !$0.isEmpty } }
}

/// Why a lexicon could not be read.
public enum LexiconError: Error, CustomStringConvertible, Equatable {
    /// No `Ontology/` folder was found (set `NEWSGRAPH_ONTOLOGY`).
    case ontologyNotFound
    /// The file is missing or unreadable.
    case unreadable(String)
    /// The file is not UTF-8.
    case notUTF8(String)

    public var description: String {
        switch self {
        case .ontologyNotFound: "cannot find the Ontology folder; set NEWSGRAPH_ONTOLOGY to its path"
        case .unreadable(let path): "cannot read lexicon \(path)"
        case .notUTF8(let path): "lexicon \(path) is not UTF-8"
        }
    }
}
