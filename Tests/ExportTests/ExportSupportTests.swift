import ExportSupport
import Foundation
import NewsGraphModel
import Testing
import TestSupport

@Suite("ExportSupport: atomic files, days, edge ids, styles")
struct ExportSupportTests {
    @Test("AtomicFile replaces a file whole and leaves no temporary file behind")
    func atomicWrite() throws {
        let folder = try ProjectPaths.temporaryFolder("atomic")
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("graph.dot")
        try AtomicFile.write(Array("first\n".utf8), to: target)
        try AtomicFile.write(Array("second, longer\n".utf8), to: target)
        #expect(try String(contentsOf: target, encoding: .utf8) == "second, longer\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["graph.dot"])
        let mode = try FileManager.default.attributesOfItem(atPath: target.path)[.posixPermissions] as? Int
        #expect(mode == 0o644)
        try AtomicFile.write([], to: target)
        #expect(try Data(contentsOf: target).isEmpty)
    }

    @Test("AtomicFile fails cleanly when the folder is missing and keeps the old file on failure")
    func atomicFailure() throws {
        let folder = try ProjectPaths.temporaryFolder("atomic-fail")
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = folder.appendingPathComponent("no/such/folder/graph.nt")
        #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.write([1, 2, 3], to: missing) }
        // A folder in the target's place cannot be renamed over: the folder stays, no temporary file remains.
        let occupied = folder.appendingPathComponent("taken")
        try FileManager.default.createDirectory(at: occupied.appendingPathComponent("inside"), withIntermediateDirectories: true)
        #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.write([1], to: occupied) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["taken"])
    }

    @Test("Staged files leave their targets alone until committed together; discarded ones leave no trace")
    func stagedSet() throws {
        let folder = try ProjectPaths.temporaryFolder("atomic-set")
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("graph.dot")
        let second = folder.appendingPathComponent("graph.nt")
        try AtomicFile.write(Array("old dot\n".utf8), to: first)
        try AtomicFile.write(Array("old nt\n".utf8), to: second)

        let staged = [
            try AtomicFile.stage(to: first) { sink in sink.append(Array("new dot\n".utf8)) },
            try AtomicFile.stage(to: second) { sink in sink.append(Array("new nt\n".utf8)) },
        ]
        #expect(try String(contentsOf: first, encoding: .utf8) == "old dot\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).count == 4)
        try AtomicFile.commit(staged)
        #expect(try String(contentsOf: first, encoding: .utf8) == "new dot\n")
        #expect(try String(contentsOf: second, encoding: .utf8) == "new nt\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["graph.dot", "graph.nt"])

        let abandoned = try AtomicFile.stage(to: first) { sink in sink.append(Array("never\n".utf8)) }
        AtomicFile.discard([abandoned])
        #expect(try String(contentsOf: first, encoding: .utf8) == "new dot\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["graph.dot", "graph.nt"])
    }

    @Test("CalendarDay accepts real days only", arguments: [
        ("2024-10-21", "2024-10-21"), ("2024-10-23T09:30:00+02:00", "2024-10-23"), ("2024-02-29", "2024-02-29"),
        ("2023-02-29", nil), ("2024-02-30", nil), ("1900-02-29", nil), ("2000-02-29", "2000-02-29"),
        ("2024-13-01", nil), ("2024-00-10", nil), ("0000-01-01", nil), ("21.10.2024", nil), ("2024-10-211", nil),
        ("2024-1-21", nil), ("", nil), ("２０２４-10-21", nil),
    ] as [(String, String?)])
    func calendarDay(text: String, expected: String?) {
        #expect(CalendarDay.day(of: text) == expected)
    }

    @Test("An edge's day is its own date's, else its article's, read again only when the date changes")
    func edgeDays() {
        var builder = GraphBuilder()
        builder.addNode(id: "a", type: .person, label: "A", document: "d1")
        builder.addNode(id: "b", type: .person, label: "B", document: "d1")
        let dates: [String?] = ["2024-10-21T08:00:00Z", "2024-10-21T08:00:00Z", nil, "2024-02-30", "2024-10-22", nil]
        for (number, date) in dates.enumerated() {
            builder.add(
                Edge(
                    source: "a", target: "b", type: .asserts,
                    provenance: Provenance(
                        document: "d1", evidence: "Satz \(number)", sentence: Span(start: number, end: number + 1), date: date)))
        }
        let graph = builder.build()
        let days = CalendarDay.edgeDays(of: graph) { _ in "1999-01-01" }
        let expected = graph.edges.map { CalendarDay.day(of: $0.provenance.date) ?? "1999-01-01" }
        #expect(days == expected)
        #expect(Set(days.compactMap { $0 }) == ["2024-10-21", "2024-10-22", "1999-01-01"])
        #expect(CalendarDay.edgeDays(of: graph) { _ in nil }.filter { $0 == nil }.count == 3)
    }

    @Test("Ids are ordered as strings sort, repeats and ties included", arguments: [
        ["edge-00000000000000ff", "edge-00000000000000ff-10", "edge-00000000000000ff-2", "edge-0a", "edge-", "edge-0a\u{0}"],
        ["b", "a", "ab", "a", "", "abcdefghij", "abcdefghia"],
        ["ä", "a", "z", "e\u{301}", "é", "aa"],
        [],
    ])
    func edgeIDOrder(_ ids: [String]) {
        let shuffled = ids.reversed() + ids
        #expect(EdgeIdentifiers.order(of: shuffled).map { shuffled[$0] } == shuffled.sorted())
    }

    /// Keys for ``radixOrder(_:)``: none, one, repeats, every byte in use, and many with bytes all share.
    static let radixKeys: [[UInt64]] = [
        [], [7], [30, 10, 20, 10], [UInt64.max, 0, 1 << 63, 1 << 63, 0x0102_0304_0506_0708, 0xFF],
        (0..<500).map { (index: Int) -> UInt64 in UInt64(index * 7919 % 997) << 40 | UInt64(index % 3) },
    ]

    @Test("A radix sort orders keys as a stable sort does", arguments: radixKeys)
    func radixOrder(_ keys: [UInt64]) {
        #expect(RadixSort.order(of: keys) == keys.indices.sorted { (keys[$0], $0) < (keys[$1], $1) })
    }

    @Test("Every node type has its own colour; sizes grow with degree")
    func styles() {
        let colours = Set(NodeType.allCases.map { NodeStyle($0).hex })
        #expect(colours.count == NodeType.allCases.count)
        #expect(NodeStyle(.person).hex == "#4E79A7")
        #expect(NodeStyle(.person).prefersLightText)
        #expect(!NodeStyle(.statement).prefersLightText)
        #expect(NodeStyle.size(degree: 0) == 10)
        #expect(NodeStyle.size(degree: 4) == 20)
        #expect(NodeStyle.size(degree: 9) > NodeStyle.size(degree: 4))
        #expect(Set(EdgeType.allCases.map { EdgeStyle($0).hex }).count == EdgeType.allCases.count)
    }

    @Test("The shared attribute table writes only the values an edge has")
    func edgeAttributes() {
        let edge = Edge(
            source: "a", target: "b", type: .deploys,
            provenance: Provenance(document: "d.txt", evidence: "Satz.", sentence: Span(start: 3, end: 8)),
            cueSpan: Span(start: 4, end: 5), deployment: Deployment(quantity: 11000, approximate: true, unit: "Soldaten"))
        let values = GraphAttributes.values(of: edge)
        #expect(values.count == GraphAttributes.edgeColumns.count)
        let named = Dictionary(
            uniqueKeysWithValues: zip(GraphAttributes.edgeColumns, values).compactMap { column, value in
                value.map { (column.name, $0) }
            })
        #expect(named == [
            "type": "deploys", "document": "d.txt", "evidence": "Satz.", "start": "3", "end": "8", "cueStart": "4",
            "cueEnd": "5", "quantity": "11000", "approximate": "true", "unit": "Soldaten",
        ])
    }

    @Test("IDTable numbers ids in the order first added and finds them again, ids alike in length and ends included")
    func idTable() {
        // Ids of one length that share their first and last eight bytes (one digest), short ones, umlauts, the empty id.
        let alike = (0..<300).map { "gen-0000" + String(format: "%05d", $0) + "-00000000" }
        let ids = alike + ["", "a", "ä", "Zoë", "gen-0001", "gen-000001", "straße-ü", "x y"]
        var table = IDTable()
        for (number, id) in ids.enumerated() {
            var added = withUnsafePointer(to: id) { table.add($0) }
            #expect(added.index == number && added.isNew, "\(id)")
            added = withUnsafePointer(to: id) { table.add($0) }
            #expect(added.index == number && !added.isNew, "\(id) again")
        }
        #expect(table.count == ids.count)
        for (number, id) in ids.enumerated() {
            #expect(withUnsafePointer(to: id) { table.index(of: $0) } == number, "\(id)")
        }
        for missing in ["gen-000000300-00000000", "b", "Zoe", "gen-0001 "] {
            #expect(withUnsafePointer(to: missing) { table.index(of: $0) } == nil, "\(missing)")
        }
    }
}
