import Foundation

/// The runs of words that may start a gazetteer name, numbered, and what the
/// gazetteer says of each run one word longer: the words are told by their
/// numbers in a ``WordCatalog``, so that following a name through a text
/// hashes two integers a word instead of the words' joined text.
///
/// A run of one word is numbered by its catalog index; a longer run that may
/// go on gets a negative number when first met. Each step (a run and the next
/// word) is worked out once from the parts of the words and is a function of
/// the words alone, so a run gives the same matches whatever was
/// read before and on however many threads. At most `capacity` steps are kept;
/// past that, names are followed by their text again.
final class NameRuns: @unchecked Sendable {
    /// What one more word makes of a run.
    struct Step {
        /// What the gazetteer says of the longer run.
        var prefix: Gazetteer.Prefix
        /// The longer run's number, when it may go on.
        var run: Int32
    }

    private let capacity: Int
    // Everything below is read and written only while `lock` is held (so the run-time exclusivity
    // check, a runtime call at every step, is left out).
    private let lock = NSLock()
    @exclusivity(unchecked) private var steps = Steps()
    /// The parts of the runs of several words that may go on: run `-1 - i` is `parts[i]`.
    @exclusivity(unchecked) private var parts: [[String]] = []

    /// An empty set of runs that keeps at most `capacity` steps.
    init(capacity: Int = 1 << 20) {
        self.capacity = capacity
    }

    /// ``Gazetteer/longestMatch(in:from:)`` of a word token whose first part may go on
    /// (`firstPart`), as the index of the entry and the number of tokens.
    func longestMatch(in table: TokenTable, from index: Int, firstPart: Gazetteer.Prefix, gazetteer: Gazetteer)
        -> (entry: Int, tokenCount: Int)?
    {
        let words = table.catalogIndices
        var run = words[index]
        // (A nested function, not a closure: a closure's context retained the table and the shared gazetteer each call.)
        func byText() -> (entry: Int, tokenCount: Int)? {
            gazetteer.longestMatch(in: table, from: index, firstPart: firstPart)
        }
        guard run >= 0 else { return byText() }
        var best = firstPart.match.map { ($0, 1) }
        let tokens = table.tokens
        var position = index + 1
        while position < words.count {
            // A full stop written right after a word (initials, `Jr.`) is no part of the key.
            if table.isPunctuation(position, "."), tokens[position - 1].span.end == tokens[position].span.start {
                position += 1
                continue
            }
            let word = words[position]
            guard word != WordCatalog.notAWord else { break }
            guard word >= 0, let step = step(from: run, by: word, catalog: table.catalog, gazetteer: gazetteer) else {
                return byText()
            }
            if let found = step.prefix.match { best = (found, position - index + 1) }
            guard step.prefix.mayContinue else { break }
            run = step.run
            position += 1
        }
        return best
    }

    /// The step from a run by a catalog word (not negative), worked out when first asked for; nil
    /// when it is new and no more steps are kept.
    func step(from run: Int32, by word: Int32, catalog: WordCatalog, gazetteer: Gazetteer) -> Step? {
        let key = UInt64(UInt32(bitPattern: run)) << 32 | UInt64(UInt32(word)) | Steps.taken
        lock.lock()
        defer { lock.unlock() }
        if let step = steps.find(key) { return step }
        guard steps.count < capacity else { return nil }
        var step = Step(prefix: .noName, run: 0)
        // (A word without parts ends every name.)
        let wordParts = GazetteerKey.parts(catalog.word(Int(word)).pointee.form)
        if !wordParts.isEmpty {
            let longer = (run >= 0 ? GazetteerKey.parts(catalog.word(Int(run)).pointee.form) : parts[Int(-1 - run)]) + wordParts
            step.prefix = gazetteer.prefix(longer)
            if step.prefix.mayContinue {
                parts.append(longer)
                step.run = Int32(-parts.count)
            }
        }
        steps.insert(step, for: key)
        return step
    }

    /// The steps by their keys (run and word), in open addressing.
    private struct Steps {
        /// A bit set in every key (a word's number is below 2³¹), so that 0 marks an empty slot.
        static let taken: UInt64 = 1 << 31
        private var keys = [UInt64](repeating: 0, count: 1 << 10)
        private var values = [Step](repeating: Step(prefix: .noName, run: 0), count: 1 << 10)
        /// The number of steps.
        private(set) var count = 0

        func find(_ key: UInt64) -> Step? {
            let mask = keys.count - 1
            var slot = Self.slot(of: key, mask: mask)
            while keys[slot] != 0 {
                if keys[slot] == key { return values[slot] }
                slot = (slot + 1) & mask
            }
            return nil
        }

        /// Adds a step not yet in.
        mutating func insert(_ value: Step, for key: UInt64) {
            count += 1
            if count * 2 > keys.count {
                let (oldKeys, oldValues) = (keys, values)
                keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
                values = [Step](repeating: Step(prefix: .noName, run: 0), count: oldKeys.count * 2)
                for slot in oldKeys.indices where oldKeys[slot] != 0 { place(oldValues[slot], for: oldKeys[slot]) }
            }
            place(value, for: key)
        }

        private mutating func place(_ value: Step, for key: UInt64) {
            let mask = keys.count - 1
            var slot = Self.slot(of: key, mask: mask)
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }

        /// Where a key's probe starts: the high bits of a multiplicative hash.
        private static func slot(of key: UInt64, mask: Int) -> Int {
            Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
        }
    }
}
