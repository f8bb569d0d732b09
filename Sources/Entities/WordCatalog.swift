import Foundation
import GermanText
import Lexicons

/// Every word form met in the texts read so far, each looked up in the
/// lexicons once: its normalised and lower-cased forms, its function-word
/// classes and case, what ``NounPhraseChunker`` asks of it, and (when the
/// catalog has a gazetteer) what ``TokenFacts`` asks of it. A document's words
/// are then found by one lookup each, keyed by the bytes of the token as
/// written, and names are followed through them by their indices (``nameRuns``).
///
/// Every value is a function of the word alone (and of the lexicons, fixed
/// for the catalog's life), so a run gives the same results whatever was
/// read before and on however many threads. At most `capacity` words are
/// kept; new words met later stay with the table of their document.
@usableFromInline
final class WordCatalog: @unchecked Sendable {
    /// What the lexicons say of one word form.
    @usableFromInline
    struct Word: Sendable {
        /// The text without soft hyphens, in NFC.
        @usableFromInline var form: String
        /// ``form`` in lower case.
        @usableFromInline var lower: String
        /// Whether ``form`` has the very bytes of the word as written (no soft hyphen, and in NFC as written).
        var isAsWritten: Bool
        /// Its function-word classes (before the context rules of ``TokenTable``).
        var classes: WordClass
        /// Whether its first letter is upper case.
        var capitalized: Bool
        /// Whether its first letter is lower case.
        var lowercase: Bool
        /// Whether its form has at most four scalars or a full stop (`dpa`, `faz.net`): a lower-case
        /// word that may start a name.
        var isShortOrDotted: Bool
        /// Whether its form has more than one scalar.
        var hasSeveralScalars: Bool
        /// Whether its form has a hyphen (`Nato-Chef`).
        var hasHyphen: Bool
        /// What the noun-phrase chunker asks of it.
        var phraseTraits: NounPhraseChunker.WordTraits
        /// The entity facts, when the catalog has a gazetteer: of a capitalised word.
        var facts: TokenFacts.WordFacts?
        /// Which of the entity facts (and ``country``) the word has.
        var flags: TokenFacts.FactFlags = []
        /// The country it is the adjective of, when no capitalised word (canonical name).
        var country: String?
        /// What the gazetteer says of the form as a name's first part (nothing without a gazetteer).
        var firstPart: Gazetteer.Prefix = .noName
    }

    /// The lexicon classes are taken from.
    let lexicon: EntityLexicon
    /// The gazetteer entity facts are taken from; nil: no entity facts.
    let gazetteer: Gazetteer?
    private let capacity: Int
    /// The runs of words that may start a name, followed by the words' indices.
    let nameRuns = NameRuns()
    // Everything below is read and written only while `lock` is held.
    private let lock = NSLock()
    /// The words, in chunks that never move once made, so that a word found
    /// under the lock can be read later without it (words never change).
    @usableFromInline let chunks: UnsafeMutablePointer<UnsafeMutablePointer<Word>?>
    @usableFromInline static let chunkBits = 12
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

    /// The word at `index` (an index ``indices(of:overflow:visit:)`` gave, not negative).
    @inlinable
    func word(_ index: Int) -> UnsafePointer<Word> {
        UnsafePointer(chunks[index >> Self.chunkBits].unsafelyUnwrapped + index & (1 << Self.chunkBits - 1))
    }

    /// Finds (or analyses and adds) the words of a text's tokens, under one lock:
    /// the index of each word token's form (``notAWord`` for other tokens).
    /// Words found once the catalog is full are appended to `overflow`, and
    /// their index is `-1 - ` their position there. Each token is handed to `visit` as it is found, in
    /// text order, with its word read in place (nil for a token that is no word), so that a table is
    /// filled in the same pass.
    func indices(
        of text: AnalyzedText, overflow: inout [Word], visit: (_ position: Int, _ word: UnsafePointer<Word>?) -> Void
    ) -> [Int32] {
        var indices = [Int32](repeating: Self.notAWord, count: text.tokens.count)
        lock.lock()
        defer { lock.unlock() }
        // (One access to `keys` for the whole document: each access to a class's property is checked at run time.)
        lookUp(text, in: &keys, overflow: &overflow, into: &indices, visit: visit)
        return indices
    }

    /// The index of each word token in `keys`, found by the bytes of its text in the text's
    /// UTF-8; a word not found is analysed and added (see ``indices(of:overflow:visit:)``).
    private func lookUp(
        _ text: AnalyzedText, in keys: inout Keys, overflow: inout [Word], into indices: inout [Int32],
        visit: (Int, UnsafePointer<Word>?) -> Void
    ) {
        text.withUTF8 { utf8 in
            text.tokens.withUnsafeBufferPointer { tokens in
                for position in tokens.indices {
                    guard case .word = tokens[position].kind else {
                        visit(position, nil)
                        continue
                    }
                    let bytes = UnsafeBufferPointer(rebasing: utf8[text.utf8Range(of: tokens[position].span)])
                    if let found = keys.find(bytes) {
                        indices[position] = Int32(found)
                        visit(position, self.word(found))
                        continue
                    }
                    let word = analyse(String(decoding: bytes, as: UTF8.self))
                    guard keys.count < capacity else {
                        overflow.append(word)
                        indices[position] = Int32(-overflow.count)
                        overflow.withUnsafeBufferPointer { visit(position, $0.baseAddress! + ($0.count - 1)) }
                        continue
                    }
                    let chunk = keys.count >> Self.chunkBits
                    if chunks[chunk] == nil { chunks[chunk] = .allocate(capacity: 1 << Self.chunkBits) }
                    (chunks[chunk].unsafelyUnwrapped + keys.count & (1 << Self.chunkBits - 1)).initialize(to: word)
                    let index = keys.insert(bytes)
                    indices[position] = Int32(index)
                    visit(position, self.word(index))
                }
            }
        }
    }

    /// The index of a token that is no word.
    static let notAWord = Int32.min

    /// The texts of the words as a hash table of their bytes.
    private struct Keys {
        /// The UTF-8 of each word's text, one after the other.
        private var bytes: [UInt8] = []
        /// Where each word's bytes start in ``bytes``, and how many there are.
        private var extents: [(start: Int32, count: Int32)] = []
        private var hashes: [UInt64] = []
        /// Open addressing: the high half of a word's hash and its index + 1 in the low half, or 0 for an empty slot
        /// (so that most slots of other words are told apart without reading their bytes).
        private var slots = [UInt64](repeating: 0, count: 1 << 12)

        /// The number of words.
        var count: Int { extents.count }

        /// The index of the word written with these bytes, or nil.
        func find(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
            let hash = WordCatalog.hash(key)
            // (Read through buffers: the arrays are probed for every word token of every document.)
            return slots.withUnsafeBufferPointer { slots in
                extents.withUnsafeBufferPointer { extents in
                    bytes.withUnsafeBufferPointer { bytes in
                        let mask = slots.count &- 1
                        var slot = Int(truncatingIfNeeded: hash) & mask
                        while slots[slot] != 0 {
                            let entry = slots[slot]
                            if entry & Self.hashBits == hash & Self.hashBits {
                                let index = Int(truncatingIfNeeded: entry & ~Self.hashBits) &- 1
                                let extent = extents[index]
                                if Int(extent.count) == key.count
                                    && memcmp(bytes.baseAddress! + Int(extent.start), key.baseAddress!, key.count) == 0
                                {
                                    return index
                                }
                            }
                            slot = (slot &+ 1) & mask
                        }
                        return nil
                    }
                }
            }
        }

        /// The bits of a slot that hold the hash.
        private static let hashBits: UInt64 = 0xFFFF_FFFF_0000_0000

        /// Adds a word's bytes (not yet in) and returns its index.
        mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> Int {
            extents.append((Int32(bytes.count), Int32(key.count)))
            bytes.append(contentsOf: key)
            hashes.append(WordCatalog.hash(key))
            if count * 2 > slots.count {
                slots = [UInt64](repeating: 0, count: slots.count * 2)
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
            slots[slot] = hashes[index] & Self.hashBits | UInt64(index + 1)
        }
    }

    /// A hash of some bytes, read eight (or four) at a time: whole words of eight bytes, then the last
    /// eight again, overlapping; keys of four to seven bytes as their first and last four, shorter ones
    /// by their first, middle and last byte. (Equal keys are told by their bytes, so overlaps only cost
    /// spread; the length is mixed in first.)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        let count = bytes.count
        var hash = UInt64(truncatingIfNeeded: count) &* multiplier
        guard let base = bytes.baseAddress, count > 0 else { return hash }
        let raw = UnsafeRawPointer(base)
        func mix(_ word: UInt64) { hash = (hash ^ word) &* multiplier; hash ^= hash >> 32 }
        if count >= 8 {
            var offset = 0
            while offset + 8 <= count {
                mix(raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                offset += 8
            }
            if offset < count { mix(raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)) }
        } else if count >= 4 {
            let first = UInt64(raw.loadUnaligned(as: UInt32.self))
            let last = UInt64(raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
            mix(first | last << 32)
        } else {
            mix(UInt64(base[0]) | UInt64(base[count >> 1]) << 8 | UInt64(base[count - 1]) << 16)
        }
        hash = (hash ^ hash >> 29) &* multiplier
        return hash ^ hash >> 32
    }

    /// Whether two texts have the same UTF-8 bytes, compared in place (false when either is not
    /// contiguous: then ``Word/isAsWritten`` only sends the reader to the text).
    private static func sameBytes(_ first: String, _ second: String) -> Bool {
        let equal: Bool?? = first.utf8.withContiguousStorageIfAvailable { first in
            second.utf8.withContiguousStorageIfAvailable { first.elementsEqual($0) }
        }
        return (equal ?? nil) ?? false
    }

    /// What the lexicons say of a word written `text`.
    func analyse(_ text: String) -> Word {
        let form = Token.normalizedForm(of: text)
        let lower = form.lowercasedIfNeeded()
        let capitalized = Token.startsUppercase(text)
        var word = Word(
            form: form, lower: lower, isAsWritten: Self.sameBytes(form, text), classes: lexicon.classes(lower),
            capitalized: capitalized,
            lowercase: Token.startsLowercase(text),
            isShortOrDotted: TokenFacts.hasAtMostFourScalars(form) || form.containsASCII(UInt8(ascii: ".")),
            hasSeveralScalars: form.unicodeScalars.count > 1, hasHyphen: form.containsASCII(UInt8(ascii: "-")),
            phraseTraits: NounPhraseChunker.WordTraits(form: form, lower: lower))
        guard let gazetteer else { return word }
        if capitalized {
            let facts = TokenFacts.WordFacts(lower, gazetteer: gazetteer, lexicon: lexicon)
            word.facts = facts
            word.flags = TokenFacts.FactFlags(facts)
        } else {
            word.country = gazetteer.country(forAdjective: lower)?.canonical
            if word.country != nil { word.flags = .country }
        }
        word.firstPart = gazetteer.firstPart(form)
        return word
    }
}
