import Foundation

/// Reads articles from files, folders and standard input, lazily and in a
/// fixed order, one item at a time.
///
/// Paths are read in the order given; folders are recursed with their
/// entries sorted by name (byte order), hidden entries (`.name`) and files
/// of other types left out. Files are `.txt`, `.html`/`.htm` or `.jsonl`
/// (see `InputFormat`); `-` is standard input (JSON lines when its first
/// character is `{`, else plain text with the id `stdin`). Only one file is
/// held in memory at a time, and none larger than `maxFileSize` is read.
///
/// Every input that cannot be read gives one `.failure` naming it and the
/// reason; the others are still read. Articles that are not German, and
/// repeats of an earlier article (same URL, or same text), come out as
/// `.skipped`. Document ids are unique: a second article with an id already
/// used is a failure.
///
/// ```swift
/// for item in InputReader(paths: ["corpus/", "extra.jsonl"]) {
///     if case .article(let article) = item { analyse(article) }
/// }
/// ```
public struct InputReader: Sequence, Sendable {
    /// The default size limit for one input: 64 MiB.
    public static let defaultMaxFileSize = 64 << 20

    /// The files and folders to read, `-` for standard input.
    public var paths: [String]
    /// The largest input read, in bytes; larger ones fail without being read.
    public var maxFileSize: Int
    /// Whether articles that do not look German are skipped (see `LanguageCheck`).
    public var skipsNonGerman: Bool
    /// Whether repeats of an earlier article (same URL, or same text) are skipped.
    public var skipsDuplicates: Bool
    /// Where `-` reads from.
    public var standardInput: FileHandle

    /// A reader of `paths`.
    public init(
        paths: [String], maxFileSize: Int = defaultMaxFileSize, skipsNonGerman: Bool = true,
        skipsDuplicates: Bool = true, standardInput: FileHandle = .standardInput
    ) {
        self.paths = paths
        self.maxFileSize = maxFileSize
        self.skipsNonGerman = skipsNonGerman
        self.skipsDuplicates = skipsDuplicates
        self.standardInput = standardInput
    }

    /// An iterator that reads the inputs as it goes.
    public func makeIterator() -> InputIterator {
        InputIterator(reader: self)
    }

    /// The document text of the input at `path`, as the analysis sees it
    /// (what `newsgraph text FILE` prints); for several articles (a JSON
    /// lines file, a folder) their texts one after another, each ending in a line break.
    /// Nothing is skipped for language or as a duplicate.
    /// - Throws: the first `InputError` met.
    public static func text(ofFile path: String, maxFileSize: Int = defaultMaxFileSize) throws(InputError) -> String {
        let reader = InputReader(paths: [path], maxFileSize: maxFileSize, skipsNonGerman: false, skipsDuplicates: false)
        var texts: [String] = []
        for item in reader {
            switch item {
            case .article(let article): texts.append(article.text)
            case .failure(let error): throw error
            case .skipped: continue
            }
        }
        guard !texts.isEmpty else { throw InputError(origin: path, reason: "no article found") }
        return texts.count == 1 ? texts[0] : texts.map { $0 + "\n" }.joined()
    }
}
