import Foundation
import NewsGraphModel
import Testing
import TestSupport

@Suite("SPARQL queries in Ontology/queries on the realistic graph")
struct SPARQLQueryTests {
    static let script = #"""
        import json, os, sys
        import pyoxigraph as ox

        store = ox.Store()
        store.load(path=sys.argv[1], format=ox.RdfFormat.N_TRIPLES)
        folder = sys.argv[2]
        results = {}
        for name in sorted(os.listdir(folder)):
            if not name.endswith(".rq"):
                continue
            with open(os.path.join(folder, name), encoding="utf-8") as handle:
                solutions = store.query(handle.read())
            variables = [v.value for v in solutions.variables]
            results[name] = [
                {v: row[v].value for v in variables if row[v] is not None} for row in solutions
            ]
        print(json.dumps(results))
        """#

    static let queries = ProjectPaths.ontology.appendingPathComponent("queries")

    @Test("Every query runs and returns the expected rows")
    func queries() throws {
        let files = try ExportedFiles(TestGraph.realistic.graph, label: "sparql")
        defer { files.remove() }
        let results = try PythonReport.run(
            Self.script, [files.path("nt"), Self.queries.path], as: [String: [[String: String]]].self)
        #expect(
            Set(results.keys) == ["who-denies-what.rq", "asserted-and-denied.rq", "deployments.rq", "said-by-person.rq"])

        let denials = try #require(results["who-denies-what.rq"])
        #expect(
            Set(denials.map { [$0["denierLabel"], $0["statementText"], $0["document"]] }) == [
                ["Wolodymyr Selenskyj", RealisticGraph.withdrawal, "001_kiew.txt"],
                ["ein Sprecher des Kreml", RealisticGraph.soldiersSent, "002_bruessel.txt"],
            ])
        #expect(denials.allSatisfy { $0["evidence"]?.isEmpty == false })

        let contradictions = try #require(results["asserted-and-denied.rq"])
        #expect(
            Set(contradictions.map { [$0["asserterLabel"], $0["denierLabel"], $0["statementText"]] }) == [
                ["Russland", "Wolodymyr Selenskyj", RealisticGraph.withdrawal],
                ["Mark Rutte", "ein Sprecher des Kreml", RealisticGraph.soldiersSent],
                ["Wolodymyr Selenskyj", "ein Sprecher des Kreml", RealisticGraph.soldiersSent],
            ])

        let deployments = try #require(results["deployments.rq"])
        #expect(
            Set(deployments.map { [$0["actorLabel"], $0["quantity"], $0["approximate"], $0["unit"], $0["destinationLabel"], $0["claimedBy"], $0["date"], $0["document"]] })
                == [
                    ["Nordkorea", "3000", "false", "Soldaten", "Russland", "Wolodymyr Selenskyj", "2024-10-21", "001_kiew.txt"],
                    ["Nordkorea", "11000", "true", "Soldaten", "Kursk", "Mark Rutte", "2024-10-23", "002_bruessel.txt"],
                ])

        let said = try #require(results["said-by-person.rq"])
        #expect(
            Set(said.map { [$0["personLabel"], $0["relation"], $0["statementText"], $0["form"], $0["document"]] }) == [
                ["Wolodymyr Selenskyj", "denies", RealisticGraph.withdrawal, "direct", "001_kiew.txt"],
                ["Wolodymyr Selenskyj", "asserts", RealisticGraph.soldiersSent, "indirect", "002_bruessel.txt"],
            ])
    }

    @Test("Every query starts with a comment header that explains it")
    func headers() throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: Self.queries.path) where name.hasSuffix(".rq") {
            let text = try String(contentsOf: Self.queries.appendingPathComponent(name), encoding: .utf8)
            let header = text.split(separator: "\n").prefix { $0.hasPrefix("#") }
            #expect(header.count >= 4, "\(name)")
        }
    }
}
