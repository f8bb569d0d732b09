import Lexicons

/// The name of the rule that found a report, for `newsgraph explain`, kept as its parts: a fixed head
/// (`speech-verb:`), a word (the verb's lemma) and a fixed tail (` + clause`). Its text is made when the
/// report's edge is made, with the speaker's rule, in one allocation: made with the report and joined
/// again for the edge, each report's name was allocated twice.
struct RuleName: Sendable, ExpressibleByStringLiteral {
    /// The name's fixed start (the whole name of a rule without a word).
    var head: String
    /// The word the rule found, if any.
    var word: String
    /// The name's fixed end, if any.
    var tail: String

    /// The name `head`, then `word`, then `tail`.
    init(_ head: String, _ word: String = "", _ tail: String = "") {
        (self.head, self.word, self.tail) = (head, word, tail)
    }

    /// A name without a word.
    init(stringLiteral head: String) {
        self.init(head)
    }

    /// The name as text.
    var text: String {
        word.isEmpty && tail.isEmpty ? head : String(joining: head, word, tail)
    }

    /// The name with `suffix` added at its end.
    func appending(_ suffix: String) -> RuleName {
        RuleName(head, word, tail.isEmpty ? suffix : String(joining: tail, suffix))
    }

    /// The name's text followed by `separator` and `other` (an edge's rule: the report's, then its
    /// speaker's), made in one allocation of its exact size.
    func text(then separator: String, _ other: String = "") -> String {
        let count = head.utf8.count + word.utf8.count + tail.utf8.count + separator.utf8.count + other.utf8.count
        return String(unsafeUninitializedCapacity: count) { buffer in
            var written = 0
            func add(_ part: String) { written = buffer[written...].initialize(fromContentsOf: part.utf8) }
            add(head)
            add(word)
            add(tail)
            add(separator)
            add(other)
            return written
        }
    }
}
