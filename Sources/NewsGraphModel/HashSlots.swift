/// An open-addressing table from 64-bit hashes to numbers the caller gives
/// (indices into its own storage): the shared core of the tables that find
/// ids, node parts and repeated edges by a hash already made, with no
/// `Hasher` run and no key stored twice.
///
/// An entry is found by its hash, then confirmed by the caller (who compares
/// its own key), so that equal hashes of different keys are told apart.
/// The table is at most half full, placed by the high bits of the hash times
/// a constant, probed one entry after another.
///
///     var slots = HashSlots()
///     let ids = ["a", "b"]
///     for (number, id) in ids.enumerated() {
///         let hash = StableHash.fnv1a(id)
///         let entry = slots.entry(of: hash) { ids[$0] == id }
///         slots.insert(number, hash: hash, at: entry)
///     }
///     slots.entry(of: StableHash.fnv1a("b")) { ids[$0] == "b" }.map { slots.number(at: $0) }   // 1
public struct HashSlots: Sendable {
    /// The hash of each entry's key.
    @usableFromInline var hashes: [UInt64]
    /// The caller's number of each entry; -1 for an empty entry.
    @usableFromInline var numbers: [Int]
    /// How far a hash times the constant is shifted to give an entry (64 minus the entries' bit count).
    @usableFromInline var shift: UInt64
    /// How many entries are filled.
    @usableFromInline var filled = 0

    /// How many entries are filled.
    public var count: Int { filled }

    /// An empty table with room for `capacity` keys before it grows.
    public init(capacity: Int = 0) {
        var bits: UInt64 = 4
        while 1 << bits < 2 * capacity { bits += 1 }
        shift = 64 - bits
        hashes = Array(repeating: 0, count: 1 << bits)
        numbers = Array(repeating: -1, count: 1 << bits)
    }

    /// The entry whose hash is `hash` and whose number `matches` (the caller
    /// compares the key it numbered so with its own), or, when there is none, the
    /// empty entry where such a key goes (see ``number(at:)`` and ``insert(_:hash:at:)``).
    @inlinable
    public func entry(of hash: UInt64, where matches: (Int) -> Bool) -> Int {
        hashes.withUnsafeBufferPointer { hashes in
            numbers.withUnsafeBufferPointer { numbers in
                let mask = numbers.count - 1
                var entry = Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
                while numbers[entry] >= 0 {
                    if hashes[entry] == hash, matches(numbers[entry]) { return entry }
                    entry = (entry + 1) & mask
                }
                return entry
            }
        }
    }

    /// The caller's number at an entry that ``entry(of:where:)`` gave; nil for an empty entry.
    @inlinable
    public func number(at entry: Int) -> Int? {
        numbers[entry] >= 0 ? numbers[entry] : nil
    }

    /// Fills the empty `entry` (given by ``entry(of:where:)`` for `hash`, with nothing
    /// inserted since) with `number`; the table grows when it is half full.
    @inlinable
    public mutating func insert(_ number: Int, hash: UInt64, at entry: Int) {
        precondition(numbers[entry] < 0, "the entry is filled")
        hashes[entry] = hash
        numbers[entry] = number
        filled += 1
        if 2 * filled > numbers.count { grow() }
    }

    /// Calls `body` with the hash and the number of every filled entry (in the table's order).
    public func forEach(_ body: (_ hash: UInt64, _ number: Int) -> Void) {
        for entry in numbers.indices where numbers[entry] >= 0 { body(hashes[entry], numbers[entry]) }
    }

    /// Doubles the entries and places every filled one again.
    @usableFromInline
    mutating func grow() {
        let (oldHashes, oldNumbers) = (hashes, numbers)
        shift -= 1
        hashes = Array(repeating: 0, count: 2 * oldNumbers.count)
        numbers = Array(repeating: -1, count: 2 * oldNumbers.count)
        let mask = numbers.count - 1
        for old in oldNumbers.indices where oldNumbers[old] >= 0 {
            var entry = Int(truncatingIfNeeded: (oldHashes[old] &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while numbers[entry] >= 0 { entry = (entry + 1) & mask }
            hashes[entry] = oldHashes[old]
            numbers[entry] = oldNumbers[old]
        }
    }
}
