import NewsGraphModel

/// Ids (of documents, say) numbered in the order first added, found by a
/// digest of their UTF-8 (its length and its first and last eight bytes) in
/// a ``NewsGraphModel/HashSlots`` table, then compared whole: no hashing through
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
    /// The numbers of the ids, placed by their digests.
    @usableFromInline var slots: HashSlots

    /// An empty table with room for `capacity` ids before it grows.
    public init(capacity: Int = 0) {
        slots = HashSlots(capacity: capacity)
    }

    /// How many ids there are.
    public var count: Int { ids.count }

    /// The number of the id stored at `id`, if it was added.
    @inlinable
    public func index(of id: UnsafePointer<String>) -> Int? {
        slots.number(at: entry(of: id, digest: Self.digest(of: id)))
    }

    /// The number of the id stored at `id`, added (numbered next) when it is new.
    @inlinable
    public mutating func add(_ id: UnsafePointer<String>) -> (index: Int, isNew: Bool) {
        let digest = Self.digest(of: id)
        let entry = entry(of: id, digest: digest)
        if let index = slots.number(at: entry) { return (index, false) }
        ids.append(id.pointee)
        slots.insert(ids.count - 1, hash: digest, at: entry)
        return (ids.count - 1, true)
    }

    /// The entry of the id at `id` in ``slots``, or the empty entry where it goes.
    @inlinable
    func entry(of id: UnsafePointer<String>, digest: UInt64) -> Int {
        // (Through a buffer: ids are compared where they are stored, without a copy retained and released.)
        ids.withUnsafeBufferPointer { ids in
            slots.entry(of: digest) { (ids.baseAddress! + $0).pointee == id.pointee }
        }
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
