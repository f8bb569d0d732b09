import ExportSupport
import Foundation
import NewsGraphModel
import RDFExport
import Testing
import TestSupport

@Suite("RDF export: N-Triples, Turtle, ontology, SHACL")
struct RDFExportTests {
    /// What Oxigraph, rdflib and pyshacl make of the two files.
    struct Readback: Decodable {
        var oxigraphNTriples: Int
        var oxigraphTurtle: Int
        var sameTriples: Bool
        var rdflibNTriples: Int
        var rdflibTurtle: Int
        var rdflibSame: Bool
        var conforms: Bool
        var report: String
        var undeclared: [String]
        var labels: [String: String]
        var texts: [String: String]
        var evidence: [String: String]
        var quantities: [String: Int]
    }

    static let script = #"""
        import json, sys
        import pyoxigraph as ox
        import rdflib, pyshacl

        nt, ttl, shapes, ontology = sys.argv[1:5]
        NG = "https://w3id.org/newsgraph/ontology#"
        RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
        # Oxigraph is the strict parser: any syntax error raises.
        from_nt = set(ox.parse(path=nt, format=ox.RdfFormat.N_TRIPLES))
        from_ttl = set(ox.parse(path=ttl, format=ox.RdfFormat.TURTLE))
        g_nt = rdflib.Graph().parse(nt, format="nt")
        g_ttl = rdflib.Graph().parse(ttl, format="turtle")
        conforms, _, report = pyshacl.validate(g_ttl, shacl_graph=rdflib.Graph().parse(shapes, format="turtle"))
        declared = {q.subject.value for q in ox.parse(path=ontology, format=ox.RdfFormat.TURTLE)}
        used = {q.predicate.value for q in from_nt} | {q.object.value for q in from_nt if q.predicate.value == RDF_TYPE}
        def values(predicate):
            return {q.subject.value: q.object.value for q in from_nt if q.predicate.value == predicate}
        print(json.dumps({
            "oxigraphNTriples": len(from_nt), "oxigraphTurtle": len(from_ttl), "sameTriples": from_nt == from_ttl,
            "rdflibNTriples": len(g_nt), "rdflibTurtle": len(g_ttl), "rdflibSame": set(g_nt) == set(g_ttl),
            "conforms": conforms, "report": "" if conforms else report,
            "undeclared": sorted(t for t in used if t.startswith(NG) and t not in declared),
            "labels": values("http://www.w3.org/2000/01/rdf-schema#label"),
            "texts": values(NG + "text"),
            "evidence": values(NG + "evidence"),
            "quantities": {k: int(v) for k, v in values(NG + "quantity").items()},
        }))
        """#

    @Test(
        "Oxigraph and rdflib read the same triples from both files; SHACL conforms; every term is in the ontology",
        arguments: TestGraph.allCases)
    func readBack(_ testGraph: TestGraph) throws {
        let graph = testGraph.graph
        let files = try ExportedFiles(graph, label: "rdf")
        defer { files.remove() }
        let report = try PythonReport.run(
            Self.script,
            [
                files.path("nt"), files.path("ttl"), ProjectPaths.ontology.appendingPathComponent("shapes.ttl").path,
                ProjectPaths.ontology.appendingPathComponent("newsgraph.ttl").path,
            ], as: Readback.self)
        let lines = try String(contentsOf: files.url("nt"), encoding: .utf8).split(separator: "\n")
        #expect(report.oxigraphNTriples == lines.count, "no triple is written twice")
        #expect(report.oxigraphTurtle == report.oxigraphNTriples)
        #expect(report.sameTriples)
        #expect(report.rdflibNTriples == report.oxigraphNTriples)
        #expect(report.rdflibTurtle == report.oxigraphNTriples)
        #expect(report.rdflibSame)
        #expect(report.conforms, "\(report.report)")
        #expect(report.undeclared.isEmpty, "\(report.undeclared)")
        // Literals come back exactly, control characters included.
        for node in graph.nodes {
            #expect(report.labels[node.iri] == node.label, "\(node.id)")
            #expect(report.texts[node.iri] == node.text, "\(node.id)")
        }
        let evidence = Set(report.evidence.values)
        #expect(evidence == Set(graph.edges.map(\.provenance.evidence)))
        let quantities = graph.edges.compactMap { $0.deployment?.quantity }
        #expect(report.quantities.values.sorted() == quantities.sorted())
    }

    @Test("N-Triples escapes literals and percent-encodes document addresses")
    func escaping() throws {
        let text = String(decoding: try NTriplesExporter().export(TestGraph.hostile.graph), as: UTF8.self)
        #expect(text.contains(#"\"Quote\" \\N back\\slash \\\" <b>bold</b>"#))
        #expect(text.contains(#"\u0001ctl\u001Besc\ttab line1\nline2\r\nline3 \uFFFE\u007F"#))
        #expect(text.contains("<https://example.org/pfad%20mit%20leer/zeichen?x=%3C1%3E&y=%222%22&z=%25zz#frag%23ment>"))
        #expect(text.contains(#"<https://schema.org/url> "not a url: <>" ."#))
        #expect(!text.contains("\r"))
    }

    @Test("N-Triples starts every line with its subject's whole IRI, however long the id, and a short id after a long one")
    func subjectIRIs() throws {
        let long = "person-" + String(repeating: "sehr-langer-name-", count: 20)
        let ids = ["person-a", long, "person-zoe"]
        var builder = GraphBuilder()
        builder.addDocument(DocumentInfo(id: "d.txt", title: "D", date: nil, url: nil, outlet: nil))
        for id in ids { _ = builder.addNode(id: id, type: .person, label: "Zoë Straße", document: "d.txt") }
        let text = String(decoding: try NTriplesExporter().export(builder.build()), as: UTF8.self)
        let subjects = text.split(separator: "\n").map { $0.prefix { $0 != " " } }
        for id in ids {
            let lines = subjects.filter { $0 == "<\(Identifier.resourceNamespace)\(id)>" }.count
            #expect(lines >= 3, "\(id): \(lines) lines")
        }
        #expect(subjects.allSatisfy { $0.hasPrefix("<\(Identifier.resourceNamespace)") && $0.hasSuffix(">") })
    }

    @Test("N-Triples and Turtle written side by side from shared triples are the files each writes alone")
    func sharedTriples() throws {
        for graph in [TestGraph.realistic.graph, TestGraph.hostile.graph, Graph()] {
            let triples = SharedTriples()
            let exporters: [any GraphExporter] = [NTriplesExporter(sharing: triples), TurtleExporter(sharing: triples)]
            let results = Files()
            DispatchQueue.concurrentPerform(iterations: 2) { index in
                results.set(index, (try? exporters[index].export(graph)) ?? [])
            }
            #expect(results.bytes[0] == (try NTriplesExporter().export(graph)))
            #expect(results.bytes[1] == (try TurtleExporter().export(graph)))
        }
    }

    /// The bytes two threads export, one slot each.
    private final class Files: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [[UInt8]] = [[], []]

        func set(_ index: Int, _ bytes: [UInt8]) { lock.withLock { slots[index] = bytes } }
        var bytes: [[UInt8]] { lock.withLock { slots } }
    }

    @Test("Turtle uses prefixes, groups by subject and sorts subjects")
    func turtleLayout() throws {
        let text = String(decoding: try TurtleExporter().export(TestGraph.realistic.graph), as: UTF8.self)
        #expect(text.hasPrefix("@prefix ng: <https://w3id.org/newsgraph/ontology#> .\n"))
        #expect(text.contains("\nngr:person-mark-rutte a ng:Person ;\n    rdfs:label \"Mark Rutte\" ;"))
        #expect(text.contains("ng:quantity 11000 ;"))
        #expect(text.contains("ng:approximate true ;"))
        #expect(text.contains("ng:date \"2024-10-23\"^^xsd:date"))
        let subjects = text.split(separator: "\n").filter { $0.hasPrefix("ngr:") }.map { $0.split(separator: " ")[0] }
        #expect(subjects == subjects.sorted())
        #expect(subjects.count == Set(subjects).count)
    }
}
