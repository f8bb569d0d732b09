import Foundation
import GermanText
import Lexicons

/// Every word form met in the texts read so far, each looked up in the
/// lexicons once: its normalised and lower-cased forms, its function-word
/// classes and case, and (when the catalog has a gazetteer) what
/// ``TokenFacts`` asks of it. A document's words are then found by one
/// lookup each, keyed by the bytes of the token as written.
///
/// Every value is a function of the word alone (and of the lexicons, fixed
/// for the catalog's life), so a run gives the same results whatever was
/// read before and on however many threads. At most `capacity` words are
/// kept; new words met later stay with the table of their document.
final class WordCatalog: @unchecked Sendable {
    /// What the lexicons say of one word form.
    struct Word: Sendable {
        /// The text without soft hyphens, in NFC.
        var form: String
        /// ``form`` in lower case.
        var lower: String
        /// Its function-word classes (before the context rules of ``TokenTable``).
        var classes: WordClass
        /// Whether its first letter is upper case.
        var capitalized: Bool
        /// Whether its first letter is lower case.
        var lowercase: Bool
        /// The entity facts, when the catalog has a gazetteer: of a capitalised word.
        var facts: TokenFacts.WordFacts?
        /// The country it is the adjective of, when no capitalised word (canonical name).
        var country: String?
        /// What the gazetteer says of the form as a name's first part, when it is one part.
        var firstPart: Gazetteer.Prefix?
    }

    /// The lexicon classes are taken from.
    let lexicon: EntityLexicon
    /// The gazetteer entity facts are taken from; nil: no entity facts.
    let gazetteer: Gazetteer?
    private let capacity: Int
    // Everything below is read and written only while `lock` is held.
    private let lock = NSLock()
    /// The words, in chunks that never move once made, so that a word found
    /// under the lock can be read later without it (words never change).
    private let chunks: UnsafeMutablePointer<UnsafeMutablePointer<Word>?>
    private static let chunkBits = 12
    /// The texts of the words, to find them by (``Keys/count`` is the number of words).
    private var keys = Keys()

    /// An empty catalog that keeps at most `capacity` words.
    init(lexicon: EntityLexicon, gazetteer: Gazetteer?, capacity: Int = 1 << 20) {
        self.lexicon = lexicon
        self.gazetteer = gazetteer
        self.capacity = capacity
        let chunkCount = (capacity >> Self.chunkBits) + 1
        chunks = .allocate(capacity: chunkCount)
        chunks.initialize(repeating: nil, count: chunkCount)
    }

    deinit {
        let chunkCount = (capacity >> Self.chunkBits) + 1
        for chunk in 0..<chunkCount {
            guard let words = chunks[chunk] else { continue }
            let made = min(keys.count - chunk << Self.chunkBits, 1 << Self.chunkBits)
            words.deinitialize(count: made)
            words.deallocate()
        }
        chunks.deallocate()
    }

    /// The word at `index` (an index ``indices(of:overflow:)`` gave, not negative).
    func word(_ index: Int) -> UnsafePointer<Word> {
        UnsafePointer(chunks[index >> Self.chunkBits].unsafelyUnwrapped + index & (1 << Self.chunkBits - 1))
    }

    /// Finds (or analyses and adds) the words of some tokens, under one lock:
    /// the index of each word token's form (``notAWord`` for other tokens).
    /// Words found once the catalog is full are appended to `overflow`, and
    /// their index is `-1 - ` their position there.
    func indices(of tokens: [Token], overflow: inout [Word]) -> [Int32] {
        var indices = [Int32](repeating: Self.notAWord, count: tokens.count)
        lock.lock()
        defer { lock.unlock() }
        // (One access to `keys` for the whole document: each access to a class's property is checked at run time.)
        Self.lookUp(tokens, in: &keys, into: &indices) { text, keys in
            let word = analyse(text)
            guard keys.count < capacity else {
                overflow.append(word)
                return Int32(-overflow.count)
            }
            let chunk = keys.count >> Self.chunkBits
            if chunks[chunk] == nil { chunks[chunk] = .allocate(capacity: 1 << Self.chunkBits) }
            (chunks[chunk].unsafelyUnwrapped + keys.count & (1 << Self.chunkBits - 1)).initialize(to: word)
            return Int32(keys.insert(text))
        }
        return indices
    }

    /// The index of each word token in `keys`, `add` giving that of a word not found.
    private static func lookUp(
        _ tokens: [Token], in keys: inout Keys, into indices: inout [Int32], add: (String, inout Keys) -> Int32
    ) {
        for (position, token) in tokens.enumerated() where token.kind == .word {
            indices[position] = keys.find(token.text).map(Int32.init) ?? add(token.text, &keys)
        }
    }

    /// The index of a token that is no word.
    static let notAWord = Int32.min

    /// The texts of the words as a hash table of their bytes.
    private struct Keys {
        /// The UTF-8 of each word's text, one after the other; `ends[i]` is where word `i`'s ends.
        private var bytes: [UInt8] = []
        private var ends: [Int] = []
        private var hashes: [UInt64] = []
        /// Open addressing: word index + 1, or 0 for an empty slot.
        private var slots = [Int32](repeating: 0, count: 1 << 12)

        /// The number of words.
        var count: Int { ends.count }

        /// The index of the word written `text`, or nil.
        func find(_ text: String) -> Int? {
            var text = text
            return text.withUTF8 { key -> Int? in
                let hash = WordCatalog.hash(key)
                let mask = slots.count - 1
                var slot = Int(truncatingIfNeeded: hash) & mask
                while slots[slot] != 0 {
                    let index = Int(slots[slot] - 1)
                    if hashes[index] == hash {
                        let start = index == 0 ? 0 : ends[index - 1]
                        if ends[index] - start == key.count
                            && bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress! + start, key.baseAddress!, key.count) == 0 })
                        {
                            return index
                        }
                    }
                    slot = (slot + 1) & mask
                }
                return nil
            }
        }

        /// Adds a text (not yet in) and returns its index.
        mutating func insert(_ text: String) -> Int {
            var text = text
            let hash = text.withUTF8 { key in
                bytes.append(contentsOf: key)
                return WordCatalog.hash(key)
            }
            ends.append(bytes.count)
            hashes.append(hash)
            if count * 2 > slots.count {
                slots = [Int32](repeating: 0, count: slots.count * 2)
                for index in 0..<count { place(index) }
            } else {
                place(count - 1)
            }
            return count - 1
        }

        private mutating func place(_ index: Int) {
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: hashes[index]) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index + 1)
        }
    }

    /// FNV-1a of some bytes.
    fileprivate static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash ^ hash >> 29
    }

    /// What the lexicons say of a word written `text`.
    func analyse(_ text: String) -> Word {
        let form = Token.normalizedForm(of: text)
        let lower = form.lowercasedIfNeeded()
        let capitalized = Token.startsUppercase(text)
        var word = Word(
            form: form, lower: lower, classes: lexicon.classes(lower), capitalized: capitalized,
            lowercase: Token.startsLowercase(text))
        guard let gazetteer else { return word }
        if capitalized {
            word.facts = TokenFacts.WordFacts(lower, gazetteer: gazetteer, lexicon: lexicon)
        } else {
            word.country = gazetteer.country(forAdjective: lower)?.canonical
        }
        if GazetteerKey.isOnePart(form), !form.isEmpty { word.firstPart = gazetteer.firstPart(form) }
        return word
    }
}
