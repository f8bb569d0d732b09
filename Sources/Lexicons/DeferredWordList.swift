import Foundation

/// A ``WordList`` read from its file when it is first asked for: for a long
/// list that most runs never consult, so that they do not pay for reading it.
/// Its file must be readable when the list is made; a file that cannot be
/// read as a list later on lists nothing.
///
///     let nouns = try DeferredWordList("gazetteer/common-nouns.txt", from: folder)
///     nouns.list.contains("Regierung")   // reads the file, once
public final class DeferredWordList: @unchecked Sendable {
    // `loaded` is read and written only while `lock` is held.
    private let lock = NSLock()
    private var loaded: WordList?
    private let load: @Sendable () -> WordList

    /// The list of file `name` under `folder`, read as ``WordList/load(_:from:lowercased:)`` reads it.
    public init(_ name: String, from folder: URL, lowercased: Bool = false) throws {
        let path = folder.appendingPathComponent(name).path
        guard FileManager.default.isReadableFile(atPath: path) else { throw LexiconError.unreadable(path) }
        load = { (try? WordList.load(name, from: folder, lowercased: lowercased)) ?? WordList() }
    }

    /// A list at hand already.
    public init(_ list: WordList) {
        loaded = list
        load = { list }
    }

    /// The list, read now if it was not yet.
    public var list: WordList {
        lock.lock()
        defer { lock.unlock() }
        if let loaded { return loaded }
        let list = load()
        loaded = list
        return list
    }
}
