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
        /// The ``plainKey(of:)`` of ``lower``.
        var lowerKey: UInt64?
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
        /// Whether its form is an acronym (``NounPhraseChunker/isAcronym(_:)``).
        var isAcronym: Bool
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
                    let index = keys.find(bytes) ?? add(bytes, to: &keys, overflow: &overflow)
                    indices[position] = Int32(index)
                    if index >= 0 {
                        visit(position, self.word(index))
                    } else {
                        overflow.withUnsafeBufferPointer { visit(position, $0.baseAddress! + (-1 - index)) }
                    }
                }
            }
        }
    }

    /// Analyses a new word written with these bytes and adds it: its index, or, once the catalog is
    /// full, `-1 - ` its position in `overflow`. (Apart from the look-up: most words are found.)
    @inline(never)
    private func add(_ bytes: UnsafeBufferPointer<UInt8>, to keys: inout Keys, overflow: inout [Word]) -> Int {
        let word = analyse(String(decoding: bytes, as: UTF8.self))
        guard keys.count < capacity else {
            overflow.append(word)
            return -overflow.count
        }
        let chunk = keys.count >> Self.chunkBits
        if chunks[chunk] == nil { chunks[chunk] = .allocate(capacity: 1 << Self.chunkBits) }
        (chunks[chunk].unsafelyUnwrapped + keys.count & (1 << Self.chunkBits - 1)).initialize(to: word)
        return keys.insert(bytes)
    }

    /// The index of a token that is no word.
    static let notAWord = Int32.min

    /// The texts of the words as a hash table of their bytes.
    private struct Keys {
        /// The UTF-8 of each word's text, one after the other.
        private var bytes: [UInt8] = []
        /// Where each word's bytes start in ``bytes``, and how many there are.
        private var extents: [(start: Int32, count: Int32)] = []
        /// Each word's bytes as a ``PackedKey`` (unused for longer words).
        private var packed: [PackedKey] = []
        private var hashes: [UInt64] = []
        /// Open addressing: the high 24 bits of a word's hash, its length in bytes (255 for any longer) and its index + 1
        /// in the low half, or 0 for an empty slot (so that most slots of other words are told apart by one comparison).
        private var slots = [UInt64](repeating: 0, count: 1 << 12)

        /// The number of words.
        var count: Int { extents.count }

        /// The index of the word written with these bytes, or nil.
        @inline(__always)
        func find(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
            guard key.count <= PackedKey.longest else { return find(long: key) }
            let packedKey = PackedKey(key)
            let hash = packedKey.hash(count: key.count)
            let tag = Self.tag(hash, count: key.count)
            // (Read through buffers: the arrays are probed for every word token of every document.)
            return slots.withUnsafeBufferPointer { slots in
                packed.withUnsafeBufferPointer { packed in
                    let mask = slots.count &- 1
                    var slot = Int(truncatingIfNeeded: hash) & mask
                    while case let entry = slots[slot], entry != 0 {
                        if entry & ~Self.indexBits == tag {
                            let index = Int(truncatingIfNeeded: entry & Self.indexBits) &- 1
                            if packed[index] == packedKey { return index }
                        }
                        slot = (slot &+ 1) & mask
                    }
                    return nil
                }
            }
        }

        /// ``find(_:)`` of a key longer than a ``PackedKey`` holds: its bytes are compared.
        private func find(long key: UnsafeBufferPointer<UInt8>) -> Int? {
            let hash = WordCatalog.hash(key)
            let tag = Self.tag(hash, count: key.count)
            let mask = slots.count &- 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while case let entry = slots[slot], entry != 0 {
                if entry & ~Self.indexBits == tag {
                    let index = Int(truncatingIfNeeded: entry & Self.indexBits) &- 1
                    let extent = extents[index]
                    if Int(extent.count) == key.count,
                        bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress! + Int(extent.start), key.baseAddress!, key.count) == 0 })
                    {
                        return index
                    }
                }
                slot = (slot &+ 1) & mask
            }
            return nil
        }

        /// The bits of a slot that hold the word's index + 1.
        private static let indexBits: UInt64 = 0xFFFF_FFFF

        /// The bits of a slot besides the index: the high bits of the hash and the length.
        private static func tag(_ hash: UInt64, count: Int) -> UInt64 {
            hash & 0xFFFF_FF00_0000_0000 | UInt64(min(count, 255)) << 32
        }

        /// The hash of a key: of its packed form when it has one, else of all its bytes.
        private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
            key.count <= PackedKey.longest ? PackedKey(key).hash(count: key.count) : WordCatalog.hash(key)
        }

        /// Adds a word's bytes (not yet in) and returns its index.
        mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> Int {
            extents.append((Int32(bytes.count), Int32(key.count)))
            bytes.append(contentsOf: key)
            packed.append(key.count <= PackedKey.longest ? PackedKey(key) : PackedKey(low: 0, high: 0))
            hashes.append(Self.hash(key))
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
            slots[slot] = Self.tag(hashes[index], count: Int(extents[index].count)) | UInt64(index + 1)
        }
    }

    /// The bytes of a word of at most sixteen, in two machine words read within its bytes (whole
    /// words of eight bytes, overlapping; four bytes from each end; or the first, middle and last
    /// byte): for words of one length, equal packed keys have equal bytes, so that a word found by
    /// its hash is confirmed by two comparisons, without reading the catalog's bytes.
    private struct PackedKey: Equatable {
        var low: UInt64
        var high: UInt64

        /// The longest word a packed key holds, in bytes.
        static let longest = 16

        /// The packed key of at most ``longest`` bytes.
        @inline(__always)
        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            let count = bytes.count
            precondition(count <= Self.longest)
            guard let base = bytes.baseAddress, count > 0 else {
                self.init(low: 0, high: 0)
                return
            }
            let raw = UnsafeRawPointer(base)
            if count >= 8 {
                self.init(
                    low: raw.loadUnaligned(as: UInt64.self), high: raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
            } else if count >= 4 {
                let first = UInt64(raw.loadUnaligned(as: UInt32.self))
                let last = UInt64(raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
                self.init(low: first | last << 32, high: 0)
            } else {
                self.init(low: UInt64(base[0]) | UInt64(base[count >> 1]) << 8 | UInt64(base[count - 1]) << 16, high: 0)
            }
        }

        init(low: UInt64, high: UInt64) {
            self.low = low
            self.high = high
        }

        /// A hash of the key of a word of `count` bytes.
        @inline(__always)
        func hash(count: Int) -> UInt64 {
            let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
            var hash = (low ^ UInt64(truncatingIfNeeded: count)) &* multiplier
            hash = (hash ^ hash >> 32 ^ high) &* multiplier
            return hash ^ hash >> 29
        }
    }

    /// A hash of some bytes (a word longer than a ``PackedKey`` holds, a ``plainKey(of:)``), read eight
    /// (or four) at a time: whole words of eight bytes, then the last eight again, overlapping; keys of
    /// four to seven bytes as their first and last four, shorter ones by their first, middle and last
    /// byte. (Equal keys are told by their bytes, so overlaps only cost spread; the length is mixed in first.)
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

    /// A hash of a text's UTF-8 when all its scalars are below U+0300, else nil. Such a text is in NFC
    /// (no scalar below U+0300 combines or decomposes), so two of them are equal strings exactly when
    /// they have the same bytes: then different keys tell texts apart without comparing them.
    static func plainKey(of text: String) -> UInt64? {
        var text = text
        return text.withUTF8 { bytes in bytes.contains { $0 >= 0xCC } ? nil : hash(bytes) }
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
            form: form, lower: lower, lowerKey: Self.plainKey(of: lower), isAsWritten: Self.sameBytes(form, text), classes: lexicon.classes(lower),
            capitalized: capitalized,
            lowercase: Token.startsLowercase(text),
            isShortOrDotted: TokenFacts.hasAtMostFourScalars(form) || form.containsASCII(UInt8(ascii: ".")),
            hasSeveralScalars: form.unicodeScalars.count > 1, hasHyphen: form.containsASCII(UInt8(ascii: "-")),
            isAcronym: NounPhraseChunker.isAcronym(form),
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
