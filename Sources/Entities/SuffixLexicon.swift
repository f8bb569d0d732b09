import GermanText
import Lexicons

/// Words looked up whole or as the last part of a German compound
/// (`Verteidigungsminister` ends in `minister`, `Pentagon-Sprecherin` in `Sprecherin`).
///
/// Keys are lower-cased. A lookup tries the whole word, then the part after the
/// last hyphen, then every suffix of a length that some key has (longest
/// first), so it costs a few dictionary lookups per word; for a word of
/// scalars below U+0300 the suffixes are found in one pass by their hashes.
///
/// The lookups are `@inlinable` so that other modules (Extraction) get them
/// specialised for their value type rather than through witness tables.
public struct SuffixLexicon<Value: Sendable>: Sendable {
    @usableFromInline var values: [String: Value] = [:]
    /// The keys, to turn most words away before hashing them.
    @usableFromInline var keys = WordFilter()
    @usableFromInline var lengths: [Int] = []
    /// The keys of ``minimumSuffix`` characters or more, for the one-pass suffix search.
    @usableFromInline var suffixes = SuffixHashes()
    /// The shortest compound head a suffix match accepts, in characters.
    @usableFromInline let minimumSuffix: Int

    /// Creates an empty lexicon; `minimumSuffix` keeps short keys from matching inside words.
    public init(minimumSuffix: Int = 4) {
        self.minimumSuffix = minimumSuffix
    }

    /// Adds a form (matched lower-cased); an earlier form keeps its value.
    public mutating func add(_ form: String, _ value: Value) {
        let key = form.lowercased()
        guard !key.isEmpty, values[key] == nil else { return }
        values[key] = value
        keys.insert(key)
        let length = key.count
        if length >= minimumSuffix {
            suffixes.insert(key.nfc)
            if !lengths.contains(length) {
                lengths.append(length)
                lengths.sort(by: >)
            }
        }
    }

    /// Whether the lexicon has no entries.
    public var isEmpty: Bool { values.isEmpty }

    /// The value of the word itself, lower-cased, without compound matching.
    @inlinable
    public func exact(_ lowercased: String) -> Value? { value(of: lowercased) }

    /// The value of a key, asked of the dictionary only when the filter lets the key through.
    @inlinable
    func value(of key: String) -> Value? { keys.mayContain(key) ? values[key] : nil }

    /// The value for the word or its compound head, with the matched head.
    /// `lowercased` must be the word in lower case.
    @inlinable
    public func match(_ lowercased: String) -> (value: Value, head: Substring)? {
        if let value = value(of: lowercased) { return (value, Substring(lowercased)) }
        if let found = plainMatch(lowercased) { return found }
        if let hyphen = lowercased.lastIndex(of: "-") {
            let tail = lowercased[lowercased.index(after: hyphen)...]
            if let value = value(of: String(tail)) { return (value, tail) }
        }
        let count = lowercased.count
        for length in lengths where length < count {
            let tail = lowercased.suffix(length)
            if let value = value(of: String(tail)) { return (value, tail) }
        }
        return nil
    }

    /// ``match(_:)`` after the whole word, for a word of scalars below U+0300
    /// without CR (each scalar a character, the word in NFC): the last
    /// hyphen found by its byte, the longest key that ends the word found in
    /// one pass. `.some(nil)` is a miss; nil leaves the word to the general search.
    @inlinable
    func plainMatch(_ lowercased: String) -> (value: Value, head: Substring)?? {
        let utf8 = lowercased.utf8
        var scalars = 0
        var hyphen: String.Index?
        for index in utf8.indices {
            let byte = utf8[index]
            if byte >= 0xCC || byte == 0x0D { return nil }
            if byte == UInt8(ascii: "-") { hyphen = index }
            if byte & 0xC0 != 0x80 { scalars += 1 }
        }
        if let hyphen {
            let tail = lowercased[utf8.index(after: hyphen)...]
            if let value = value(of: String(tail)) { return (value, tail) }
        }
        guard scalars > minimumSuffix, let longest = lengths.first else { return .some(nil) }
        var copy = lowercased
        let start = copy.withUTF8 { bytes in
            suffixes.longestListedSuffix(of: bytes, scalarCounts: minimumSuffix...min(longest, scalars - 1))
        }
        guard let start else { return .some(nil) }
        let tail = lowercased[utf8.index(utf8.startIndex, offsetBy: start)...]
        // A hash can collide: trust it only when the key is there indeed.
        guard let value = value(of: String(tail)) else { return nil }
        return (value, tail)
    }
}
