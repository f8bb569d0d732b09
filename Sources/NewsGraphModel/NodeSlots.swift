/// Where each node id stands among a builder's node parts: a ``HashSlots``
/// table placed by the ``StableHash`` of the id (no `Hasher` runs, and the
/// table holds no string), the id compared with its part's own only where
/// the hashes are equal.
struct NodeSlots: Sendable {
    private var slots = HashSlots()

    /// How many ids are recorded.
    var count: Int { slots.count }

    /// Makes room for `capacity` ids, so that the table need not grow as they come.
    mutating func reserveCapacity(_ capacity: Int) {
        guard capacity > slots.count else { return }
        var larger = HashSlots(capacity: capacity)
        slots.forEach { hash, slot in larger.insert(slot, hash: hash, at: larger.entry(of: hash) { _ in false }) }
        slots = larger
    }

    /// The index of the part among `parts` whose id is `id`, if one is recorded.
    func slot(of id: String, in parts: [GraphBuilder.NodeParts]) -> Int? {
        slots.number(at: slots.entry(of: StableHash.fnv1a(id)) { parts[$0].node.id == id })
    }

    /// The index of the part among `parts` whose id is `id`; when none is
    /// recorded, `parts.count`, recorded for `id` (the caller appends its part there).
    /// `hash` is the ``StableHash`` of `id` when the caller has made it.
    mutating func slot(adding id: String, hash: UInt64? = nil, in parts: [GraphBuilder.NodeParts]) -> Int {
        slot(adding: hash ?? StableHash.fnv1a(id), in: parts) { $0 == id }
    }

    /// ``slot(adding:hash:in:)`` of an id not made as a string: compared on its bytes.
    mutating func slot(adding id: HashedID, in parts: [GraphBuilder.NodeParts]) -> Int {
        slot(adding: id.idHash, in: parts) { id.isID(of: $0) }
    }

    /// The index of the part among `parts` whose id has the ``StableHash``
    /// `hash` and `isID`; when none is recorded, `parts.count`, recorded for that id.
    private mutating func slot(
        adding hash: UInt64, in parts: [GraphBuilder.NodeParts], where isID: (String) -> Bool
    ) -> Int {
        let entry = slots.entry(of: hash) { isID(parts[$0].node.id) }
        if let slot = slots.number(at: entry) { return slot }
        slots.insert(parts.count, hash: hash, at: entry)
        return parts.count
    }

    /// Records the id of each of `parts`, all distinct and none recorded yet, at its index.
    mutating func record(_ parts: [GraphBuilder.NodeParts]) {
        reserveCapacity(count + parts.count)
        for slot in parts.indices {
            let hash = StableHash.fnv1a(parts[slot].node.id)
            slots.insert(slot, hash: hash, at: slots.entry(of: hash) { _ in false })
        }
    }
}
