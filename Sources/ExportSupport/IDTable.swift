/// Ids (of documents, say) numbered in the order first added, found by a
/// digest of their UTF-8 (its length and its first and last eight bytes) in
/// an open-addressing table, then compared whole: no hashing through
/// `Hasher`, which was most of the cost of looking ids up in a dictionary.
/// Ids are read where they are stored, through pointers. Inlinable, so that
/// lookups are compiled into their callers.
///
///     var table = IDTable()
///     withUnsafePointer(to: "gen-000001") { table.add($0) }   // (index: 0, isNew: true)
///     withUnsafePointer(to: "gen-000001") { table.index(of: $0) }   // 0
public struct IDTable {
    /// The ids, by number.
    @usableFromInline var ids: [String] = []
    /// The digest of each id, by number.
    @usableFromInline var digests: [UInt64] = []
    /// For each slot, 1 + the number of the id there, or 0 for none: a power
    /// of two, at least twice as many as the ids.
    @usableFromInline var slots: [Int]
    /// How far the digest's mixed bits are shifted to give a slot (64 minus the slots' bit count).
    @usableFromInline var shift: UInt64

    /// An empty table with room for `capacity` ids before it grows.
    public init(capacity: Int = 0) {
        var bits: UInt64 = 1
        while 1 << bits < 2 * capacity { bits += 1 }
        slots = [Int](repeating: 0, count: 1 << bits)
        shift = 64 - bits
    }

    /// How many ids there are.
    public var count: Int { ids.count }

    /// The number of the id stored at `id`, if it was added.
    @inlinable
    public func index(of id: UnsafePointer<String>) -> Int? {
        find(id, digest: Self.digest(of: id)).index
    }

    /// The number of the id stored at `id`, added (numbered next) when it is new.
    @inlinable
    public mutating func add(_ id: UnsafePointer<String>) -> (index: Int, isNew: Bool) {
        let digest = Self.digest(of: id)
        let found = find(id, digest: digest)
        if let index = found.index { return (index, false) }
        ids.append(id.pointee)
        digests.append(digest)
        slots[found.slot] = ids.count
        if 2 * ids.count > slots.count { grow() }
        return (ids.count - 1, true)
    }

    /// The number of the id at `id`, or the empty slot where its run ends.
    @inlinable
    func find(_ id: UnsafePointer<String>, digest: UInt64) -> (index: Int?, slot: Int) {
        // (Through buffers: ids are compared where they are stored, without a copy retained and released.)
        ids.withUnsafeBufferPointer { ids in
            digests.withUnsafeBufferPointer { digests in
                slots.withUnsafeBufferPointer { slots in
                    var slot = Self.slot(of: digest, shift: shift)
                    while slots[slot] != 0 {
                        let index = slots[slot] - 1
                        if digests[index] == digest, (ids.baseAddress! + index).pointee == id.pointee { return (index, slot) }
                        slot = (slot + 1) & (slots.count - 1)
                    }
                    return (nil, slot)
                }
            }
        }
    }

    /// Doubles the slots and places every id again.
    @usableFromInline
    mutating func grow() {
        slots = [Int](repeating: 0, count: 2 * slots.count)
        shift -= 1
        for index in digests.indices {
            var slot = Self.slot(of: digests[index], shift: shift)
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = index + 1
        }
    }

    /// The slot where the run of `digest` starts: the high bits of the digest
    /// mixed by a multiplication (ids that differ in one byte land apart).
    @inlinable
    static func slot(of digest: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (digest &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The length and the first and last eight bytes of the UTF-8 of the text at `id`, mixed.
    @inlinable
    static func digest(of id: UnsafePointer<String>) -> UInt64 {
        let length = id.pointee.utf8.count
        var digest = UInt64(truncatingIfNeeded: length)
        _ = id.pointee.utf8.withContiguousStorageIfAvailable { bytes in
            if length >= 8 {
                digest ^= ByteWords.word(in: bytes, at: 0) &* 0x9E37_79B9_7F4A_7C15 ^ ByteWords.word(in: bytes, at: length - 8)
            } else {
                for byte in bytes { digest = digest << 8 | UInt64(byte) }
            }
        }
        return digest
    }
}
