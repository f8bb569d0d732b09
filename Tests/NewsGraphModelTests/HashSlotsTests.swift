import Testing

@testable import NewsGraphModel

@Suite struct HashSlotsTests {
    @Test("Keys numbered one by one, the table growing, are found again; equal hashes of different keys are told apart")
    func keysAreFoundThroughGrowth() {
        // Every fourth key shares its hash with the one before: only the caller's comparison tells them apart.
        let keys = (0..<2_000).map { "key-\($0)" }
        func hash(_ number: Int) -> UInt64 { UInt64(number / 2) &* 0x1_0000_0001 }
        var slots = HashSlots()
        for (number, key) in keys.enumerated() {
            let entry = slots.entry(of: hash(number)) { keys[$0] == key }
            #expect(slots.number(at: entry) == nil)
            slots.insert(number, hash: hash(number), at: entry)
        }
        #expect(slots.count == keys.count)
        for (number, key) in keys.enumerated() {
            #expect(slots.number(at: slots.entry(of: hash(number)) { keys[$0] == key }) == number)
        }
        #expect(slots.number(at: slots.entry(of: hash(0)) { _ in false }) == nil)
    }

    @Test("Hashes that fall on one entry are probed in turn; every filled entry is visited once")
    func collidingHashes() {
        var slots = HashSlots(capacity: 4)
        // The same high bits after the multiply: one first entry for all, hash 0 and the largest among them.
        let hashes: [UInt64] = [0, 1, 2, 3, .max]
        for (number, hash) in hashes.enumerated() {
            slots.insert(number, hash: hash, at: slots.entry(of: hash) { hashes[$0] == hash })
        }
        #expect(hashes.indices.map { number in slots.number(at: slots.entry(of: hashes[number]) { $0 == number }) } == Array(hashes.indices))
        var visited: [Int: UInt64] = [:]
        slots.forEach { hash, number in visited[number] = hash }
        #expect(visited == Dictionary(uniqueKeysWithValues: hashes.enumerated().map { ($0, $1) }))
    }
}
