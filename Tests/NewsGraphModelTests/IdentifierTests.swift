import Testing
@testable import NewsGraphModel

@Suite struct IdentifierTests {
    @Test func slugSpellsOutUmlautsAndDropsAccents() {
        #expect(Identifier.slug("Südkoreanischer Geheimdienst") == "suedkoreanischer-geheimdienst")
        #expect(Identifier.slug("Pjöngjang") == "pjoengjang")
        #expect(Identifier.slug("Straße") == "strasse")
        #expect(Identifier.slug("José Martí") == "jose-marti")
        #expect(Identifier.slug("Kim Jong-un") == Identifier.slug("Kim Jong Un"))
        #expect(Identifier.slug("  --  ") == "")
    }

    @Test func slugOfGermanTextOnItsBytesAndOfOtherText() {
        #expect(Identifier.slug("ÄÖÜ äöü ß") == "aeoeue-aeoeue-ss")
        #expect(Identifier.slug("Außenministerium der USA!") == "aussenministerium-der-usa")
        #expect(Identifier.slug("A\r\nB") == "a-b")
        #expect(Identifier.slug("") == "")
        #expect(Identifier.slug("-Ü-") == "ue")
        // Combining marks, other accents and other scripts take the general way.
        #expect(Identifier.slug("u\u{308}ber") == "ueber")
        #expect(Identifier.slug("a\u{308}\u{301}") == "a")
        #expect(Identifier.slug("Ärzte é") == "aerzte-e")
        #expect(Identifier.slug("İstanbul") == "istanbul")
        #expect(Identifier.slug("Путин") == "")
    }

    @Test func nodeIDsAreStableAndNMTokens() {
        #expect(Identifier.nodeID(.person, "Wolodymyr Selenskyj") == "person-wolodymyr-selenskyj")
        #expect(Identifier.nodeID(.unnamedSource, "eine Quelle") == "unnamed-source-eine-quelle")
        let cyrillic = Identifier.nodeID(.person, "Владимир Путин")
        #expect(cyrillic.hasPrefix("person-h"))
        #expect(cyrillic == Identifier.nodeID(.person, "Владимир Путин"))
        for id in [cyrillic, Identifier.hashedID(.statement, key: "x")] {
            #expect(id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
        }
        for type in NodeType.allCases {
            #expect(type.pathComponent == (type == .unnamedSource ? "unnamed-source" : type.rawValue.lowercased()))
            #expect(type.idPrefix == type.pathComponent + "-")
            #expect(Identifier.hashedID(type, hash: 0xAB) == type.pathComponent + "-00000000000000ab")
        }
        #expect(Identifier.hashedID(.statement, key: "x") == "statement-" + StableHash.hex("x"))
        #expect(Identifier.iri(for: "country-ukraine") == "https://w3id.org/newsgraph/id/country-ukraine")
    }

    @Test func stableHashIsFNV1a() {
        #expect(StableHash.fnv1a("") == 0xcbf2_9ce4_8422_2325)
        #expect(StableHash.hex("a") == "af63dc4c8601ec8c")
        #expect(StableHash.hex(0x1) == "0000000000000001")
        #expect(StableHash.hex(0x0123_4567_89AB_CDEF) == "0123456789abcdef")
        #expect(StableHash.hex(0xFEDC_BA98_7654_3210, after: "edge-") == "edge-fedcba9876543210")
        #expect(StableHash.hex(.max, after: "unnamed-source-") == "unnamed-source-ffffffffffffffff")
        #expect(StableHash.hex(0, after: "ä-") == "ä-0000000000000000")
        for shift in stride(from: 0, to: 64, by: 4) {
            let hash = UInt64(0xA) << shift | UInt64(0x9) << ((shift + 4) % 64)
            let digits = String(hash, radix: 16)
            #expect(StableHash.hex(hash) == String(repeating: "0", count: 16 - digits.count) + digits)
        }
        var pieces = StableHash()
        pieces.add("asserts|")
        pieces.add(-42)
        pieces.add(byte: UInt8(ascii: "|"))
        #expect(pieces.value == StableHash.fnv1a("asserts|-42|"))
    }

    @Test("Numbers are hashed as their decimal text, from 0 and one digit to the extremes of Int")
    func stableHashOfNumbersIsThatOfTheirDecimalText() {
        let eightDigitEdges = [9_999_999, 10_000_000, 99_999_999, 100_000_000, 100_000_001, 1_000_000_000_000_000]
        for number in [0, 7, -7, 9, 10, 99, 100, 1_234_567_890, -1_000_000, Int.max, Int.min] + eightDigitEdges {
            var hash = StableHash()
            hash.add(number)
            #expect(hash.value == StableHash.fnv1a(String(number)), "\(number)")
        }
    }

    @Test("Eight decimal digits at once are those of the number's text, leading zeros included")
    func decimalDigitsAreThoseOfTheText() {
        for value: UInt32 in [0, 1, 9, 10, 99, 100, 4_321, 10_000, 56_789, 1_000_000, 12_345_678, 99_999_999] {
            let digits = StableHash.decimalDigits(of: value)
            let text = String((0..<8).map { Character(Unicode.Scalar(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: digits >> ($0 * 8)))) })
            #expect(text == String(repeating: "0", count: 8 - String(value).count) + String(value), "\(value)")
        }
    }

    @Test("A hashed id is the string Identifier makes, hashed and compared without it")
    func hashedIDsAreTheirStrings() {
        for (type, key) in [(NodeType.statement, "ja"), (.unnamedSource, "doc|eine Quelle"), (.document, "")] {
            let id = HashedID(type, key: StableHash.fnv1a(key))
            #expect(id.string == Identifier.hashedID(type, key: key))
            #expect(id.idHash == StableHash.fnv1a(id.string))
            #expect(id.isID(of: id.string))
            #expect(!id.isID(of: HashedID(type, key: id.key ^ 1).string))
            #expect(!id.isID(of: String(id.string.dropLast())))
            #expect(!id.isID(of: "person-" + StableHash.hex(id.key)))
        }
    }

    @Test func edgeIDsHashTheirKey() {
        let edge = Edge(
            source: "person-a", target: "statement-b", type: .denies,
            provenance: Provenance(document: "d.txt", evidence: "e", sentence: Span(start: 3, end: 9)),
            cueSpan: Span(start: 4, end: 5), contentSpan: Span(start: 6, end: 8))
        let key = "denies|person-a|statement-b|d.txt|3..<9||4..<5|6..<8"
        #expect(edge.idHash == StableHash.fnv1a(key))
        #expect(edge.id == "edge-" + StableHash.hex(key))
    }
}

@Suite struct GraphBuilderTests {
    private func edge(_ source: String, _ target: String, document: String, at start: Int) -> Edge {
        Edge(
            source: source, target: target, type: .asserts,
            provenance: Provenance(document: document, evidence: "s", sentence: Span(start: start, end: start + 1)))
    }

    @Test func nodesAreSortedByIDAlsoWhereIDsShareLongPrefixes() {
        let ids = [
            "statement-abcdef0123456789", "statement-abcdef012345678", "statement-abcdef01234567890", "person-a",
            "person-", "person-ab", "organization-x", "statement-abcdef0123456788", "statement-abcdef01",
            "statement-abcdef0", "p", "unnamed-source-0123456789abcdef", "unnamed-source-0123456789abcdee",
            "unnamed-source-0123456789abcdef0", "unnamed-source-012345678", "unnamed-source-01234567",
            "unnamed-source-012345679", "unnamed-source-1",
        ]
        var builder = GraphBuilder()
        for id in ids { builder.addNode(id: id, type: .statement, label: id) }
        #expect(builder.build().nodes.map(\.id) == ids.sorted())
    }

    @Test("Ids not all in ASCII are sorted as strings, and so is the empty id")
    func nodesWithNonASCIIIDsAreSortedAsStrings() {
        let ids = ["person-zoe", "person-\u{FC}ber", "person-u", "", "statement-abcdef0123456789\u{DF}", "statement-abcdef0123456789"]
        var builder = GraphBuilder()
        for id in ids { builder.addNode(id: id, type: .person, label: id) }
        let graph = builder.build()
        #expect(graph.nodes.map(\.id) == ids.sorted())
        #expect(graph.nodes.map(\.label) == ids.sorted())
    }

    @Test func buildIsIndependentOfInsertionOrder() {
        var first = GraphBuilder()
        let a = first.addEntity(.person, name: "Mark Rutte", surfaces: ["Rutte"], document: "b")
        let s = first.addNode(id: "statement-1", type: .statement, label: "x", document: "b", text: "x")
        first.addEntity(.person, name: "Mark Rutte", surfaces: ["Ruttes"], document: "a")
        first.add(edge(a, s, document: "b", at: 5))
        first.add(edge(a, s, document: "a", at: 1))

        var second = GraphBuilder()
        second.add(edge(a, s, document: "a", at: 1))
        second.addEntity(.person, name: "Mark Rutte", surfaces: ["Ruttes"], document: "a")
        second.add(edge(a, s, document: "b", at: 5))
        second.addNode(id: "statement-1", type: .statement, label: "x", document: "b", text: "x")
        second.addEntity(.person, name: "Mark Rutte", surfaces: ["Rutte"], document: "b")

        let graph = first.build()
        #expect(graph == second.build())
        #expect(graph.nodes.map(\.id) == ["person-mark-rutte", "statement-1"])
        #expect(graph.nodes[0].aliases == ["Rutte", "Ruttes"])
        #expect(graph.nodes[0].documents == ["a", "b"])
        #expect(graph.edges.map(\.provenance.document) == ["a", "b"])
        #expect(graph.node(withID: "statement-1")?.text == "x")
        #expect(graph.node(withID: "nope") == nil)
    }

    @Test("Builders merged in order give the graph of one builder that saw every call")
    func mergedBuildersMatchOneBuilder() {
        var whole = GraphBuilder()
        var first = GraphBuilder()
        var second = GraphBuilder()
        for builder in [0, 1] {
            func add(_ call: (inout GraphBuilder) -> Void) {
                call(&whole)
                if builder == 0 { call(&first) } else { call(&second) }
            }
            let document = builder == 0 ? "a" : "b"
            add { $0.addNode(id: "statement-1", type: .statement, label: document, document: document, text: "T\(document)") }
            add { $0.addEntity(.person, name: "Mark Rutte", surfaces: ["Rutte" + document], document: document, roles: [document]) }
            add { $0.add(edge("person-mark-rutte", "statement-1", document: document, at: 1)) }
            add { $0.addDocument(DocumentInfo(id: document)) }
        }
        first.merge(second)
        let merged = first.build(jobs: 2)
        #expect(merged == whole.build())
        #expect(merged.node(withID: "statement-1")?.label == "a")
        #expect(merged.node(withID: "statement-1")?.text == "Ta")
        #expect(merged.node(withID: "person-mark-rutte")?.roles == ["a", "b"])
        #expect(merged.edgeIDs.count == 2)
    }

    @Test("Edges of one sentence, cue and type follow Edge.exportOrder: by source, target and id")
    func edgesOfOneCueAreInExportOrder() {
        var builder = GraphBuilder()
        var edges: [Edge] = []
        for source in ["person-b", "person-\u{E4}", "person-a"] {
            builder.addNode(id: source, type: .person, label: source)
            for (target, content) in [("statement-2", 7), ("statement-1", 9), ("statement-1", 8)] {
                builder.addNode(id: target, type: .statement, label: target)
                edges.append(
                    Edge(
                        source: source, target: target, type: .asserts,
                        provenance: Provenance(document: "d", evidence: "s", sentence: Span(start: 3, end: 4)),
                        cueSpan: Span(start: 5, end: 6), contentSpan: Span(start: content, end: content + 1)))
            }
        }
        for edge in edges.reversed() { builder.add(edge) }
        #expect(builder.build().edges == edges.sorted(by: Edge.exportOrder))
    }

    @Test("Edges added between inserted nodes give the graph of edges added by id, also when merged")
    func edgesBetweenInsertedNodes() {
        func fill(_ builder: inout GraphBuilder, document: String, bySlot: Bool) {
            let person = builder.insertNode(id: "person-\u{FC}ber", type: .person, label: "\u{DC}ber", document: document)
            let statement = builder.insertNode(id: "statement-1", type: .statement, label: document, document: document)
            builder.addNode(id: "country-x", type: .country, label: "X", document: document)
            let made = edge(person.id, statement.id, document: document, at: 1)
            let back = edge(statement.id, person.id, document: document, at: 2)
            if bySlot {
                builder.add(made, from: person, to: statement)
                builder.add(back, from: statement, to: person)
            } else {
                builder.add(made)
                builder.add(back)
            }
        }
        var byID = GraphBuilder()
        var first = GraphBuilder()
        var second = GraphBuilder()
        fill(&byID, document: "a", bySlot: false)
        fill(&byID, document: "b", bySlot: false)
        fill(&first, document: "a", bySlot: true)
        fill(&second, document: "b", bySlot: true)
        first.merge(second)
        let graph = byID.build()
        #expect(first.build(jobs: 2) == graph)
        #expect(graph.edges.count == 4)
        #expect(graph.edges.allSatisfy { $0.source.hasPrefix("person-") || $0.target.hasPrefix("person-") })
    }

    @Test("A later builder's label for the same id is an alias of the merged node when a call brought it")
    func mergedLabelsStayAliases() {
        func add(_ label: String, in document: String, to builder: inout GraphBuilder) {
            builder.addNode(id: "person-foo-bar", type: .person, label: label, surfaces: [label], document: document)
        }
        var whole = GraphBuilder()
        add("Foo Bar", in: "a", to: &whole)
        add("Foo-Bar", in: "b", to: &whole)
        var first = GraphBuilder()
        add("Foo Bar", in: "a", to: &first)
        var second = GraphBuilder()
        add("Foo-Bar", in: "b", to: &second)
        first.merge(second)
        let merged = first.build()
        #expect(merged == whole.build())
        #expect(merged.nodes.first?.label == "Foo Bar")
        #expect(merged.nodes.first?.aliases == ["Foo-Bar"])
        #expect(merged.nodes.first?.documents == ["a", "b"])
    }

    @Test func dropsDanglingAndDuplicateEdges() {
        var builder = GraphBuilder()
        let a = builder.addEntity(.country, name: "Nordkorea")
        let b = builder.addEntity(.country, name: "Russland")
        builder.add(edge(a, b, document: "d", at: 0))
        builder.add(edge(a, b, document: "d", at: 0))
        builder.add(edge(a, "missing", document: "d", at: 0))
        #expect(builder.build().edges.count == 1)
    }

    @Test(
        "Building from several builders at once gives the graph of one builder that saw every call, whatever the jobs",
        arguments: [1, 2, 3])
    func buildMergingSeveralBuilders(jobs: Int) {
        var whole = GraphBuilder()
        var builders = [GraphBuilder](repeating: GraphBuilder(), count: 3)
        for (number, document) in ["a", "b", "c"].enumerated() {
            func add(_ call: (inout GraphBuilder) -> Void) {
                call(&whole)
                call(&builders[number])
            }
            add { $0.addDocument(DocumentInfo(id: document)) }
            add { $0.addEntity(.person, name: "Mark Rutte", surfaces: ["Rutte" + document], document: document) }
            add { $0.addNode(id: "statement-\(number % 2)", type: .statement, label: document, document: document) }
            add { $0.add(edge("person-mark-rutte", "statement-\(number % 2)", document: document, at: 3 - number)) }
            add { $0.add(edge("person-mark-rutte", "statement-\(number % 2)", document: document, at: 3 - number)) }
            add { $0.add(edge("person-mark-rutte", "missing-\(document)", document: document, at: 0)) }
        }
        let merged = GraphBuilder.build(merging: builders, jobs: jobs)
        #expect(merged == whole.build())
        #expect(merged.edges.map(\.provenance.document) == ["a", "b", "c"])
        #expect(merged.node(withID: "statement-0")?.label == "a")
        #expect(merged.node(withID: "statement-0")?.documents == ["a", "c"])
        #expect(merged.node(withID: "person-mark-rutte")?.aliases == ["Ruttea", "Rutteb", "Ruttec"])
        #expect(merged.documents.map(\.id) == ["a", "b", "c"])
        #expect(GraphBuilder.build(merging: [], jobs: jobs) == GraphBuilder().build())
    }
}
