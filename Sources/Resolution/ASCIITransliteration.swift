/// The rules of a ``TransliterationKey`` on the bytes of ASCII words: what
/// ``TransliterationRule/apply(to:)`` does to scalars, done to bytes, one
/// byte a scalar. Patterns and replacements sit in one buffer, so applying a
/// rule retains nothing, and a rule with a letter the word lacks is
/// passed over at once. Made only for rules that keep an ASCII word ASCII.
struct ASCIITransliteration: Sendable {
    /// One rule: where its pattern and replacement lie in ``bytes``, its anchors, and the
    /// letters of its pattern (a word that lacks one of them cannot match).
    private struct Rule: Sendable {
        var pattern: Range<Int>
        var replacement: Range<Int>
        var atStart: Bool
        var atEnd: Bool
        var letters: Letters
    }

    private var rules: [Rule] = []
    private var bytes: [UInt8] = []

    /// The byte form of `rules`; nil when a replacement is not ASCII.
    init?(_ rules: [TransliterationRule]) {
        for rule in rules {
            guard rule.replacement.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
            let patternStart = bytes.count
            bytes.append(contentsOf: rule.pattern.utf8)
            let replacementStart = bytes.count
            bytes.append(contentsOf: rule.replacement.utf8)
            self.rules.append(
                Rule(
                    pattern: patternStart..<replacementStart, replacement: replacementStart..<bytes.count,
                    atStart: rule.atStart, atEnd: rule.atEnd, letters: Letters(rule.pattern.utf8)))
        }
    }

    /// Applies every rule in order to an ASCII word; `scratch` is working space.
    private func apply(to word: inout [UInt8], scratch: inout [UInt8]) {
        var letters = Letters(word)
        for rule in rules {
            let count = rule.pattern.count
            guard count > 0, word.count >= count, letters.contains(all: rule.letters) else { continue }
            if rule.atStart || rule.atEnd {
                let index = rule.atStart ? 0 : word.count - count
                guard matches(rule, in: word, at: index), !rule.atStart || !rule.atEnd || word.count == count else {
                    continue
                }
                word.replaceSubrange(index..<(index + count), with: bytes[rule.replacement])
            } else {
                let first = bytes[rule.pattern.lowerBound]
                guard var index = firstMatch(of: rule, in: word) else { continue }
                scratch.removeAll(keepingCapacity: true)
                scratch.append(contentsOf: word[..<index])
                while index < word.count {
                    if index <= word.count - count, word[index] == first, matches(rule, in: word, at: index) {
                        scratch.append(contentsOf: bytes[rule.replacement])
                        index += count
                    } else {
                        scratch.append(word[index])
                        index += 1
                    }
                }
                swap(&word, &scratch)
            }
            letters = Letters(word)
        }
    }

    /// Adds the key of an ASCII word (the rules applied, runs of one letter
    /// cut to one) to `key`, after a space unless `key` is empty, and empties
    /// the word; an empty word adds nothing. `scratch` is working space.
    func appendKey(of word: inout [UInt8], to key: inout [UInt8], scratch: inout [UInt8]) {
        guard !word.isEmpty else { return }
        if !key.isEmpty { key.append(UInt8(ascii: " ")) }
        apply(to: &word, scratch: &scratch)
        var previous: UInt8?
        for byte in word where byte != previous {
            key.append(byte)
            previous = byte
        }
        word.removeAll(keepingCapacity: true)
    }

    /// The first position where the rule's pattern stands in `word`.
    private func firstMatch(of rule: Rule, in word: [UInt8]) -> Int? {
        let first = bytes[rule.pattern.lowerBound]
        var index = 0
        while index <= word.count - rule.pattern.count {
            if word[index] == first, matches(rule, in: word, at: index) { return index }
            index += 1
        }
        return nil
    }

    /// Whether the rule's pattern stands in `word` at `index`.
    private func matches(_ rule: Rule, in word: [UInt8], at index: Int) -> Bool {
        var offset = 0
        for patternIndex in rule.pattern {
            if word[index + offset] != bytes[patternIndex] { return false }
            offset += 1
        }
        return true
    }

    /// The set of the ASCII bytes of a word, as two bit masks.
    private struct Letters: Sendable {
        private var low: UInt64 = 0
        private var high: UInt64 = 0

        init(_ word: some Sequence<UInt8>) {
            for byte in word where byte < 0x80 {
                if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
            }
        }

        /// Whether every byte of `other` is one of these.
        func contains(all other: Letters) -> Bool {
            low & other.low == other.low && high & other.high == other.high
        }
    }
}
