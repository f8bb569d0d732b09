import Entities
import Foundation
import Lexicons
import NewsGraphModel
import TestSupport
import Testing

@testable import Resolution

/// Resolution of hand-built analyses of two documents into one exact graph.
@Suite struct ResolverTests {
    /// A small gazetteer: Selenskyj and Peskow listed without their English spellings.
    static let gazetteer: Gazetteer? = try? Gazetteer(
        files: [
            LexiconFile(
                name: "gazetteer/countries.tsv",
                text: "Nordkorea\tDVRK\tnordkoreanisch\tNordkoreaner\tPjöngjang\tCountry\tKP\n"
                    + "Russland\t\trussisch\tRusse\tMoskau\tCountry\tRU\n"),
            LexiconFile(
                name: "gazetteer/people.tsv",
                text: "Wolodymyr Selenskyj\tPerson\tSelenskyj\nDmitri Peskow\tPerson\tPeskow\n"),
        ], familyNamesFirst: ["Kim"])
    static let transliteration: TransliterationKey? = try? TransliterationKey.load(from: ProjectPaths.ontology)

    static func resolver() throws -> Resolver {
        Resolver(gazetteer: try #require(gazetteer), transliteration: try #require(transliteration))
    }

    static let documentA = DocumentInfo(id: "a.txt", title: "Bündnis", date: "2024-10-21", url: "https://example.org/a")
    static let documentB = DocumentInfo(id: "b.txt", date: "2024-10-22")

    static let selenskyj = EntityRef(.person, "Zelensky")
    static let peskov = EntityRef(.person, "Dmitry Peskov")
    static let singh = EntityRef(.person, "Sabrina Singh")
    static let singhShort = EntityRef(.person, "Singh")
    static let northKorea = EntityRef(.country, "Nordkorea")
    static let russia = EntityRef(.country, "Russland")
    static let source = EntityRef(.unnamedSource, "eine Quelle")

    static let claim = "nordkoreanisches Personal zur Unterstützung Russlands gesendet"
    static let denial = "dass nordkoreanisches Personal zur Unterstützung Russlands gesendet worden sei"

    static func mention(_ ref: EntityRef, _ surface: String, at start: Int, role: String? = nil, isName: Bool = true)
        -> Mention
    {
        Mention(
            entity: ref, surface: surface, span: Span(start: start, end: start + surface.unicodeScalars.count),
            role: role, isName: isName, rule: "test")
    }

    static func edge(
        _ type: EdgeType, _ source: EntityRef, _ target: EdgeTarget, at start: Int, deployment: Deployment? = nil
    ) -> ExtractedEdge {
        ExtractedEdge(
            type: type, source: source, target: target, evidence: "Satz \(start).",
            sentence: Span(start: start, end: start + 10), cueSpan: Span(start: start + 1, end: start + 2),
            form: type == .deploys ? nil : .indirect, deployment: deployment, rule: "test \(type)")
    }

    static let analysisA = DocumentAnalysis(
        document: documentA,
        mentions: [
            mention(selenskyj, "Zelensky", at: 0, role: "Präsident"),
            mention(peskov, "Dmitry Peskov", at: 20),
            mention(singh, "Sabrina Singh", at: 40, role: "Pentagon-Sprecherin"),
            mention(singhShort, "Singh", at: 60),
            mention(northKorea, "Pjöngjang", at: 70),
            mention(russia, "Russland", at: 80),
            mention(source, "eine Quelle", at: 90, isName: false),
            mention(selenskyj, "der Präsident", at: 100, isName: false),
            mention(EntityRef(.person, "Oleksandr Kovalenko"), "Oleksandr Kovalenko", at: 110),
        ],
        edges: [
            edge(.asserts, selenskyj, .statement("„Wir sehen ein Bündnis zwischen Russland und Nordkorea“"), at: 0),
            edge(.denies, peskov, .statement(denial), at: 20),
            edge(.asserts, singhShort, .statement(claim + "."), at: 60),
            edge(.asserts, source, .statement("Truppen sind unterwegs"), at: 90),
            edge(
                .deploys, northKorea, .entity(russia), at: 120,
                deployment: Deployment(quantity: 11000, unit: "Infanteristen", claimedBy: "Singh")),
        ])

    static let analysisB = DocumentAnalysis(
        document: documentB,
        mentions: [
            mention(EntityRef(.person, "Selenskyjs"), "Selenskyjs", at: 0),
            mention(EntityRef(.person, "Peskow"), "Peskow", at: 10),
            mention(source, "eine Quelle", at: 20, isName: false),
            mention(EntityRef(.person, "Olexandr Kowalenko"), "Olexandr Kowalenko", at: 30),
            mention(EntityRef(.person, "Olexandr Kowalenko"), "Kowalenko", at: 50),
        ],
        edges: [
            edge(.asserts, source, .statement("Truppen sind unterwegs"), at: 20),
            edge(.denies, EntityRef(.person, "Peskow"), .statement("Truppen sind unterwegs"), at: 40),
        ])

    @Test func resolvesTwoDocumentsIntoOneExactGraph() throws {
        let graph = try Self.resolver().resolve(analyses: [Self.analysisA, Self.analysisB])
        let claimID = Identifier.hashedID(.statement, key: Self.denial.lowercased())
        let bündnis = "Wir sehen ein Bündnis zwischen Russland und Nordkorea"
        let bündnisID = Identifier.hashedID(.statement, key: bündnis.lowercased())
        let truppenID = Identifier.hashedID(.statement, key: "truppen sind unterwegs")
        let sourceA = Identifier.hashedID(.unnamedSource, key: "a.txt|eine Quelle")
        let sourceB = Identifier.hashedID(.unnamedSource, key: "b.txt|eine Quelle")
        let expected = [
            Node(
                id: "country-nordkorea", type: .country, label: "Nordkorea", aliases: ["Pjöngjang"],
                documents: ["a.txt"]),
            Node(id: "country-russland", type: .country, label: "Russland", documents: ["a.txt"]),
            Node(
                id: Identifier.hashedID(.document, key: "a.txt"), type: .document, label: "Bündnis",
                documents: ["a.txt"],
                text: "Bündnis"),
            Node(
                id: Identifier.hashedID(.document, key: "b.txt"), type: .document, label: "b.txt", documents: ["b.txt"]),
            Node(
                id: "person-dmitri-peskow", type: .person, label: "Dmitri Peskow",
                aliases: ["Dmitry Peskov", "Peskow"],
                documents: ["a.txt", "b.txt"]),
            Node(
                id: "person-olexandr-kowalenko", type: .person, label: "Olexandr Kowalenko",
                aliases: ["Kowalenko", "Oleksandr Kovalenko"], documents: ["a.txt", "b.txt"]),
            Node(
                id: "person-sabrina-singh", type: .person, label: "Sabrina Singh", aliases: ["Singh"],
                documents: ["a.txt"], roles: ["Pentagon-Sprecherin"]),
            Node(
                id: "person-wolodymyr-selenskyj", type: .person, label: "Wolodymyr Selenskyj",
                aliases: ["Selenskyjs", "Zelensky"], documents: ["a.txt", "b.txt"], roles: ["Präsident"]),
            Node(id: bündnisID, type: .statement, label: bündnis, documents: ["a.txt"], text: bündnis),
            Node(id: claimID, type: .statement, label: Self.denial, documents: ["a.txt"], text: Self.denial),
            Node(
                id: truppenID, type: .statement, label: "Truppen sind unterwegs", documents: ["a.txt", "b.txt"],
                text: "Truppen sind unterwegs"),
            Node(id: sourceA, type: .unnamedSource, label: "eine Quelle", documents: ["a.txt"]),
            Node(id: sourceB, type: .unnamedSource, label: "eine Quelle", documents: ["b.txt"]),
        ].sorted { $0.id < $1.id }
        #expect(graph.nodes.map(\.id) == expected.map(\.id))
        for (node, wanted) in zip(graph.nodes, expected) {
            #expect(node == wanted)
        }
        let edges = graph.edges.map { "\($0.provenance.document) \($0.type) \($0.source) → \($0.target)" }
        #expect(
            edges == [
                "a.txt asserts person-wolodymyr-selenskyj → \(bündnisID)",
                "a.txt denies person-dmitri-peskow → \(claimID)",
                "a.txt asserts person-sabrina-singh → \(claimID)",
                "a.txt asserts \(sourceA) → \(truppenID)",
                "a.txt deploys country-nordkorea → country-russland",
                "b.txt asserts \(sourceB) → \(truppenID)",
                "b.txt denies person-dmitri-peskow → \(truppenID)",
            ])
        let deploys = try #require(graph.edges.first { $0.type == .deploys })
        #expect(
            deploys.deployment
                == Deployment(
                    quantity: 11000, unit: "Infanteristen", destination: "Russland", claimedBy: "Sabrina Singh"))
        #expect(
            deploys.provenance
                == Provenance(
                    document: "a.txt", evidence: "Satz 120.", sentence: Span(start: 120, end: 130), date: "2024-10-21"))
        #expect(deploys.rule == "test deploys")
        #expect(graph.documents == [Self.documentA, Self.documentB])
    }

    @Test func givesTheSameGraphForAnyInputOrder() throws {
        let resolver = try Self.resolver()
        let forward = resolver.resolve(analyses: [Self.analysisA, Self.analysisB])
        let backward = resolver.resolve(analyses: [Self.analysisB, Self.analysisA])
        #expect(forward == backward)
        var shuffled = Self.analysisA
        shuffled.edges.reverse()
        shuffled.mentions.reverse()
        #expect(resolver.resolve(analyses: [Self.analysisB, shuffled]) == forward)
    }

    @Test("Any number of jobs (documents added by separate builders, then merged) gives the same graph")
    func givesTheSameGraphForAnyNumberOfJobs() throws {
        let resolver = try Self.resolver()
        let one = resolver.resolve(analyses: [Self.analysisA, Self.analysisB], jobs: 1)
        for jobs in [2, 3] {
            #expect(resolver.resolve(analyses: [Self.analysisB, Self.analysisA], jobs: jobs) == one)
        }
        #expect(resolver.resolve(analyses: [], jobs: 2) == Graph())
    }

    @Test("Documents prepared one by one (as the analysis threads do) give the graph of their analyses")
    func preparedDocumentsGiveTheGraphOfTheirAnalyses() throws {
        let resolver = try Self.resolver()
        let prepared = [PreparedDocument(Self.analysisB), PreparedDocument(Self.analysisA)]
        #expect(prepared.allSatisfy { $0.analysis.mentions.isEmpty })
        #expect(prepared.map(\.analysis.edges) == [Self.analysisB.edges, Self.analysisA.edges])
        let graph = resolver.resolve(analyses: [Self.analysisA, Self.analysisB])
        for jobs in [1, 2] { #expect(resolver.resolve(prepared: prepared, jobs: jobs) == graph) }
    }

    @Test func leavesAmbiguousSurnamesAlone() throws {
        let document = DocumentInfo(id: "c.txt")
        let analysis = DocumentAnalysis(
            document: document,
            mentions: [
                Self.mention(EntityRef(.person, "Anna Schmidt"), "Anna Schmidt", at: 0),
                Self.mention(EntityRef(.person, "Peter Schmidt"), "Peter Schmidt", at: 20),
                Self.mention(EntityRef(.person, "Schmidt"), "Schmidt", at: 40),
                Self.mention(EntityRef(.person, "Kim Jong Un"), "Kim Jong Un", at: 60),
                Self.mention(EntityRef(.person, "Kims"), "Kims", at: 80),
            ])
        let graph = try Self.resolver().resolve(analyses: [analysis])
        let people = graph.nodes.filter { $0.type == .person }.map(\.label)
        #expect(people == ["Anna Schmidt", "Kim Jong Un", "Peter Schmidt", "Schmidt"])
        #expect(graph.node(withID: "person-kim-jong-un")?.aliases == ["Kims"])
    }

    @Test func foldsInflectedNamesOfBodies() throws {
        let ministry = "Russisches Verteidigungsministerium"
        let analyses = [
            DocumentAnalysis(
                document: DocumentInfo(id: "e.txt"),
                mentions: [
                    Self.mention(EntityRef(.organization, ministry), ministry, at: 0),
                    Self.mention(
                        EntityRef(.organization, "Russischen Verteidigungsministeriums"),
                        "Russischen Verteidigungsministeriums", at: 40),
                ]),
            DocumentAnalysis(
                document: DocumentInfo(id: "f.txt"),
                mentions: [
                    Self.mention(
                        EntityRef(.organization, "Russische Verteidigungsministerium"),
                        "russische Verteidigungsministerium", at: 0),
                    Self.mention(EntityRef(.organization, ministry), ministry, at: 40),
                ]),
        ]
        let graph = try Self.resolver().resolve(analyses: analyses)
        let bodies = graph.nodes.filter { $0.type == .organization }
        #expect(bodies.map(\.label) == [ministry])
        #expect(
            bodies.first?.aliases == [
                "Russische Verteidigungsministerium", "Russischen Verteidigungsministeriums",
                "russische Verteidigungsministerium",
            ])
        #expect(bodies.first?.documents == ["e.txt", "f.txt"])
    }

    @Test func keepsTypesApart() throws {
        let document = DocumentInfo(id: "d.txt")
        let analysis = DocumentAnalysis(
            document: document,
            mentions: [
                Self.mention(EntityRef(.location, "Moskau"), "Moskau", at: 0),
                Self.mention(EntityRef(.country, "Russland"), "Moskau", at: 10),
                Self.mention(EntityRef(.organization, "Kreml"), "Kremls", at: 20),
            ])
        let graph = try Self.resolver().resolve(analyses: [analysis])
        #expect(
            graph.nodes.filter { $0.type.isEntity }.map(\.id) == [
                "country-russland", "location-moskau", "organization-kreml",
            ])
        #expect(graph.node(withID: "country-russland")?.aliases == ["Moskau"])
    }
}

@Suite struct DocumentRunsTests {
    @Test("Documents are cut into consecutive runs in order, each taken whole once")
    func cutsDocumentsIntoRunsInOrder() {
        let ids = ["a", "b", "c", "d", "\u{E4}"]
        let documents = ids.map { PreparedDocument(DocumentAnalysis(document: DocumentInfo(id: $0))) }
        for (count, sizes) in [(1, [5]), (2, [3, 2]), (3, [2, 2, 1]), (9, [1, 1, 1, 1, 1])] {
            let runs = DocumentRuns(documents, count: count)
            let starts = sizes.indices.map { sizes[..<$0].reduce(0, +) }
            #expect(runs.indices.map { runs.start(of: $0) } == starts)
            let taken = runs.indices.map { runs.take($0).map(\.id) }
            #expect(taken.map(\.count) == sizes)
            #expect(taken.flatMap { $0 } == ids)
            #expect(runs.indices.allSatisfy { runs.take($0).isEmpty })
        }
        let none = DocumentRuns([], count: 2)
        #expect(none.indices.allSatisfy { none.take($0).isEmpty })
    }
}
