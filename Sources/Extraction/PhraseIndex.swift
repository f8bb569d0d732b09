import Lexicons

/// Phrases (lower-cased word sequences) by their first word, so that a rule
/// looking for a phrase at a token asks only the phrases that start with it,
/// and most tokens are turned away by a ``WordFilter`` without hashing.
struct PhraseIndex<Value: Sendable>: Sendable {
    /// The phrases starting with each word, in the order they were given.
    private var phrases: [String: [(words: [String], value: Value)]] = [:]
    private var firstWords = WordFilter()

    /// Indexes phrases; their order (a dictionary's, say) is kept among phrases of the same first word.
    init(_ phrases: some Sequence<(key: [String], value: Value)>) {
        for (words, value) in phrases {
            guard let first = words.first else { continue }
            self.phrases[first, default: []].append((words, value))
            firstWords.insert(first)
        }
    }

    /// The phrases whose first word is `word`, in the order given.
    func phrases(startingWith word: String) -> [(words: [String], value: Value)] {
        firstWords.mayContain(word) ? phrases[word] ?? [] : []
    }
}
