import Foundation

/// Walks an `InputReader`'s paths, reading one file at a time (a JSON lines
/// file one line at a time) and filtering what it reads.
public struct InputIterator: IteratorProtocol {
    private let reader: InputReader
    /// Inputs still to look at; the last one is next.
    private var pending: [PendingInput]
    /// The JSON lines file being read, if any.
    private var lines: JSONLinesCursor?
    private var duplicates: DuplicateFilter
    /// The folders read so far: real path → the path they were read under.
    private var foldersRead: [String: String] = [:]

    init(reader: InputReader) {
        self.reader = reader
        pending = reader.paths.reversed().map { $0 == "-" ? .standardInput : .path($0, isExplicit: true, folders: []) }
        duplicates = DuplicateFilter(checksContent: reader.skipsDuplicates)
    }

    /// The next article, failure or skipped article; nil when every input is read.
    public mutating func next() -> InputItem? {
        while true {
            // (Read in place: a copy of the cursor out of the optional and back costs a retain of each field.)
            if let item = lines?.next() { return admit(item) }
            lines = nil
            guard let input = pending.popLast() else { return nil }
            let item: InputItem?
            switch input {
            case .standardInput: item = readStandardInput()
            case .undecodableName(let path):
                item = .failure(InputError(origin: path, reason: "file name is not valid UTF-8"))
            case .path(let path, let isExplicit, let folders):
                item = read(path, isExplicit: isExplicit, folders: folders)
            }
            if let item { return admit(item) }
        }
    }

    /// Applies the language and duplicate checks to an article (both from one survey of its text).
    private mutating func admit(_ item: InputItem) -> InputItem {
        guard case .article(let article) = item else { return item }
        let survey = TextSurvey(article.text)
        if reader.skipsNonGerman {
            if let language = article.language {
                if !LanguageCheck.isGerman(languageCode: language) {
                    return .skipped(origin: article.origin, reason: "not German (language \"\(language)\")")
                }
            } else if !LanguageCheck.looksGerman(article.text, survey: survey) {
                return .skipped(origin: article.origin, reason: "not German (more foreign than German function words)")
            }
        }
        return duplicates.admit(article, digest: survey.digest)
    }

    private mutating func readStandardInput() -> InputItem? {
        let origin = "stdin"
        let data: Data
        do {
            data = try FileSystem.contents(of: reader.standardInput, limit: reader.maxFileSize)
        } catch {
            return .failure(InputError(origin: origin, reason: error.reason))
        }
        guard JSONLinesReader.looksLikeJSONLines(data) else { return article(.text, data, id: origin, origin: origin) }
        lines = JSONLinesCursor(data: data, fileName: origin, origin: origin)
        return nil
    }

    /// The item for a path; nil when there is none yet (a folder, a JSON lines
    /// file, a file of another type found in a folder).
    private mutating func read(_ path: String, isExplicit: Bool, folders: [String]) -> InputItem? {
        let name = (path as NSString).lastPathComponent
        let format = InputFormat(fileName: name)
        switch FileSystem.kind(of: path) {
        case .failure(let error):
            return isExplicit || format != nil ? .failure(InputError(origin: path, reason: error.reason)) : nil
        case .success(.folder):
            return enter(path, folders: folders)
        case .success(.other(let kind)):
            return isExplicit || format != nil
                ? .failure(InputError(origin: path, reason: "not a regular file (\(kind))")) : nil
        case .success(.file):
            guard let format else {
                return isExplicit
                    ? .failure(
                        InputError(
                            origin: path, reason: "unsupported file type (expected \(InputFormat.extensionList))"))
                    : nil
            }
            let data: Data
            do {
                data = try FileSystem.contents(of: path, limit: reader.maxFileSize)
            } catch {
                return .failure(InputError(origin: path, reason: error.reason))
            }
            guard format == .jsonLines else { return article(format, data, id: name, origin: path) }
            lines = JSONLinesCursor(data: data, fileName: name, origin: path)
            return nil
        }
    }

    /// Queues a folder's entries; a failure when it cannot be listed or leads back into itself.
    private mutating func enter(_ path: String, folders: [String]) -> InputItem? {
        let realPath = FileSystem.realPath(path) ?? path
        if folders.contains(realPath) {
            return .failure(InputError(origin: path, reason: "symbolic link loop (leads back to a folder above it)"))
        }
        if let first = foldersRead[realPath] {
            return .skipped(origin: path, reason: "folder already read as \(first)")
        }
        foldersRead[realPath] = path
        let entries: (names: [String], undecodable: [String])
        do {
            entries = try FileSystem.entries(of: path)
        } catch {
            return .failure(InputError(origin: path, reason: error.reason))
        }
        let prefix = path.hasSuffix("/") ? path : path + "/"
        let inside = folders + [realPath]
        let found: [(name: String, input: PendingInput)] =
            entries.names.map { ($0, .path(prefix + $0, isExplicit: false, folders: inside)) }
            + entries.undecodable.filter { InputFormat(fileName: $0) != nil }.map {
                ($0, .undecodableName(prefix + $0))
            }
        let visible = found.filter { !$0.name.hasPrefix(".") }.sorted {
            $0.name.utf8.lexicographicallyPrecedes($1.name.utf8)
        }
        pending.append(contentsOf: visible.reversed().map(\.input))
        return nil
    }

    /// The article in a text or HTML file's bytes, or the failure to read it.
    private func article(_ format: InputFormat, _ data: Data, id: String, origin: String) -> InputItem {
        do throws(InputError) {
            switch format {
            case .text: return .article(try TextReader.article(from: data, id: id, origin: origin))
            case .html: return .article(try HTMLArticleReader.article(from: data, id: id, origin: origin))
            case .jsonLines: return .failure(InputError(origin: origin, reason: "JSON lines are read line by line"))
            }
        } catch {
            return .failure(error)
        }
    }
}
