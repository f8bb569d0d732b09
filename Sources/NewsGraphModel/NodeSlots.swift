/// Where each node id stands among a builder's node parts: an open-addressing
/// table placed by the ``StableHash`` of the id (no `Hasher` runs, and the
/// table holds no string), the id compared with its part's own only where
/// the hashes are equal.
struct NodeSlots: Sendable {
    /// The ``StableHash`` of the id of each entry's part.
    private var hashes: [UInt64] = []
    /// The index in the parts of each entry; -1 for an empty entry.
    private var entries: [Int] = []
    /// How many entries are filled.
    private(set) var count = 0

    /// Makes room for `capacity` ids, so that the table need not grow as they come.
    mutating func reserveCapacity(_ capacity: Int) {
        var size = max(16, entries.count)
        while size < capacity * 2 { size *= 2 }
        if size > entries.count { rehash(size: size) }
    }

    /// The index of the part among `parts` whose id is `id`, if one is recorded.
    func slot(of id: String, in parts: [GraphBuilder.NodeParts]) -> Int? {
        guard !entries.isEmpty else { return nil }
        let found = find(id, hash: StableHash.fnv1a(id), in: parts)
        return entries[found] >= 0 ? entries[found] : nil
    }

    /// The index of the part among `parts` whose id is `id`; when none is
    /// recorded, `parts.count`, recorded for `id` (the caller appends its part there).
    mutating func slot(adding id: String, in parts: [GraphBuilder.NodeParts]) -> Int {
        if (count + 1) * 2 > entries.count { rehash(size: max(16, entries.count * 2)) }
        let hash = StableHash.fnv1a(id)
        let found = find(id, hash: hash, in: parts)
        if entries[found] >= 0 { return entries[found] }
        fill(found, hash: hash, slot: parts.count)
        return parts.count
    }

    /// Records the id of each of `parts`, all distinct and none recorded yet, at its index.
    mutating func record(_ parts: [GraphBuilder.NodeParts]) {
        reserveCapacity(count + parts.count)
        for slot in parts.indices {
            let hash = StableHash.fnv1a(parts[slot].node.id)
            fill(find(parts[slot].node.id, hash: hash, in: parts), hash: hash, slot: slot)
        }
    }

    /// Fills the empty `entry` with the part at `slot`, whose id's hash is `hash`.
    private mutating func fill(_ entry: Int, hash: UInt64, slot: Int) {
        hashes[entry] = hash
        entries[entry] = slot
        count += 1
    }

    /// The entry of `id` (whose hash is `hash`), or the empty entry where it would go.
    private func find(_ id: String, hash: UInt64, in parts: [GraphBuilder.NodeParts]) -> Int {
        let mask = entries.count - 1
        var entry = Self.start(of: hash, mask: mask)
        while entries[entry] >= 0 {
            if hashes[entry] == hash, parts[entries[entry]].node.id == id { return entry }
            entry = (entry + 1) & mask
        }
        return entry
    }

    /// Moves the entries into a table of `size` (a power of two).
    private mutating func rehash(size: Int) {
        let (oldHashes, oldEntries) = (hashes, entries)
        hashes = Array(repeating: 0, count: size)
        entries = Array(repeating: -1, count: size)
        for index in oldEntries.indices where oldEntries[index] >= 0 {
            var entry = Self.start(of: oldHashes[index], mask: size - 1)
            while entries[entry] >= 0 { entry = (entry + 1) & (size - 1) }
            hashes[entry] = oldHashes[index]
            entries[entry] = oldEntries[index]
        }
    }

    /// The first entry probed for `hash` in a table of `mask + 1` entries:
    /// the high bits of a product, which mix all bits of the hash.
    private static func start(of hash: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }
}
