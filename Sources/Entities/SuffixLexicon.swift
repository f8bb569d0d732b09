/// Words looked up whole or as the last part of a German compound
/// (`Verteidigungsminister` ends in `minister`, `Pentagon-Sprecherin` in `Sprecherin`).
///
/// Keys are lower-cased. A lookup tries the whole word, then the part after the
/// last hyphen, then every suffix of a length that some key has (longest
/// first), so it costs a few dictionary lookups per word.
public struct SuffixLexicon<Value: Sendable>: Sendable {
    private var values: [String: Value] = [:]
    private var lengths: [Int] = []
    /// The shortest compound head a suffix match accepts, in characters.
    private let minimumSuffix: Int

    /// Creates an empty lexicon; `minimumSuffix` keeps short keys from matching inside words.
    public init(minimumSuffix: Int = 4) {
        self.minimumSuffix = minimumSuffix
    }

    /// Adds a form (matched lower-cased); an earlier form keeps its value.
    public mutating func add(_ form: String, _ value: Value) {
        let key = form.lowercased()
        guard !key.isEmpty, values[key] == nil else { return }
        values[key] = value
        let length = key.count
        if length >= minimumSuffix, !lengths.contains(length) {
            lengths.append(length)
            lengths.sort(by: >)
        }
    }

    /// Whether the lexicon has no entries.
    public var isEmpty: Bool { values.isEmpty }

    /// The value of the word itself, lower-cased, without compound matching.
    public func exact(_ lowercased: String) -> Value? { values[lowercased] }

    /// The value for the word or its compound head, with the matched head.
    /// `lowercased` must be the word in lower case.
    public func match(_ lowercased: String) -> (value: Value, head: Substring)? {
        if let value = values[lowercased] { return (value, Substring(lowercased)) }
        if let hyphen = lowercased.lastIndex(of: "-") {
            let tail = lowercased[lowercased.index(after: hyphen)...]
            if let value = values[String(tail)] { return (value, tail) }
        }
        let count = lowercased.count
        for length in lengths where length < count {
            let tail = lowercased.suffix(length)
            if let value = values[String(tail)] { return (value, tail) }
        }
        return nil
    }
}
