import Testing

@testable import NewsGraphModel

@Suite struct NodeSlotsTests {
    private func parts(_ ids: [String]) -> [GraphBuilder.NodeParts] {
        ids.map { GraphBuilder.NodeParts(id: $0, type: .person, label: $0, text: nil) }
    }

    @Test("Ids added one by one, the table growing, are found at their parts; a repeat finds its first part")
    func addedIDsAreFound() {
        let ids = (0..<1_000).map { "person-\($0)" } + ["", "person-\u{FC}ber", "p\u{DF}", String(repeating: "x", count: 300)]
        var slots = NodeSlots()
        var added: [GraphBuilder.NodeParts] = []
        for (index, id) in ids.enumerated() {
            #expect(slots.slot(of: id, in: added) == nil)
            #expect(slots.slot(adding: id, in: added) == index)
            added += parts([id])
        }
        for (index, id) in ids.enumerated() {
            #expect(slots.slot(of: id, in: added) == index)
            #expect(slots.slot(adding: id, in: added) == index)
        }
        #expect(slots.count == ids.count)
        #expect(slots.slot(of: "person-1000", in: added) == nil)
    }

    @Test("An id added with the hash its caller made is found as if the table had hashed it")
    func addedWithTheirHash() {
        let ids = ["person-\u{FC}ber", "statement-1", "", String(repeating: "y", count: 200)]
        var slots = NodeSlots()
        var added: [GraphBuilder.NodeParts] = []
        for (index, id) in ids.enumerated() {
            #expect(slots.slot(adding: id, hash: StableHash.fnv1a(id), in: added) == index)
            added += parts([id])
        }
        for (index, id) in ids.enumerated() {
            #expect(slots.slot(of: id, in: added) == index)
            #expect(slots.slot(adding: id, hash: StableHash.fnv1a(id), in: added) == index)
        }
        var builder = GraphBuilder()
        let hashed = builder.insertNode(id: "person-a", idHash: StableHash.fnv1a("person-a"), type: .person, label: "A")
        #expect(builder.insertNode(id: "person-a", type: .person, label: "A", document: "d").slot == hashed.slot)
    }

    @Test("A node added by a hashed id is the node of its string, whichever way it comes first")
    func addedByHashedID() {
        let id = HashedID(.statement, key: StableHash.fnv1a("ja"))
        var builder = GraphBuilder()
        let first = builder.insertNode(id: id, label: "ja", document: "a", text: "ja")
        #expect(first.id == id.string)
        let byString = builder.insertNode(id: id.string, type: .statement, label: "ja", document: "b", text: "Ja")
        #expect(byString.slot == first.slot)
        let again = builder.insertNode(id: id, label: "ja", document: "c", text: "JA")
        #expect(again.slot == first.slot && again.id == id.string)
        let other = builder.insertNode(id: HashedID(.statement, key: id.key ^ 1), label: "nein")
        #expect(other.slot != first.slot)
        let node = builder.build().node(withID: id.string)
        #expect(node?.documents == ["a", "b", "c"])
        #expect(node?.text == "JA")
    }

    @Test("Parts recorded at once are found where they are, and new ids go after them")
    func recordedParts() {
        let recorded = parts((0..<100).map { "statement-\($0)" })
        var slots = NodeSlots()
        #expect(slots.slot(of: "statement-0", in: recorded) == nil)
        slots.record(recorded)
        #expect((0..<100).map { slots.slot(of: "statement-\($0)", in: recorded) } == Array(0..<100))
        #expect(slots.slot(adding: "statement-100", in: recorded) == 100)
    }
}
