import Foundation
import Testing
import TestSupport

/// The date, outlet and URL of each article reach every edge and the Document
/// node in GraphML, and the RDF provenance, through the real command.
@Suite struct ProvenanceTests {
    @Test func articleMetadataReachesGraphMLAndRDF() throws {
        let inputs = try ProjectPaths.temporaryFolder("provenance")
        let line = """
            {"title": "Streit um Hilfen", "maintext": "„Wir brauchen mehr Unterstützung für die Ukraine“, sagte Bundeskanzler Olaf Scholz am Montag in Berlin. Die Regierung in Moskau wies das zurück.", "date_publish": "2024-10-21 08:15:00", "url": "https://example.org/politik/hilfen?id=1&x=2", "source_domain": "example.org", "language": "de"}
            """
        try Data((line + "\n").utf8).write(to: inputs.appendingPathComponent("crawl.jsonl"))
        let (folder, result) = try NewsGraphBinary.extract([inputs.path])
        #expect(result.status == 0, "\(result.errors)")
        let check = try ExternalTool.python(
            """
            import sys, networkx, pyoxigraph
            g = networkx.read_graphml(sys.argv[1] + "/graph.graphml")
            docs = [d for _, d in g.nodes(data=True) if d.get("type") == "Document"]
            assert len(docs) == 1, docs
            doc = docs[0]
            assert doc["url"] == "https://example.org/politik/hilfen?id=1&x=2", doc
            assert doc["outlet"] == "example.org", doc
            assert doc["date"].startswith("2024-10-21"), doc
            edges = [d for _, _, d in g.edges(data=True) if d.get("type") == "asserts"]
            assert edges, "no asserts edge"
            for e in edges:
                assert e["date"].startswith("2024-10-21"), e
                assert e["document"] == "https://example.org/politik/hilfen?id=1&x=2", e
            store = pyoxigraph.Store()
            store.load(path=sys.argv[1] + "/graph.ttl", format=pyoxigraph.RdfFormat.TURTLE)
            rows = list(store.query('''
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?date WHERE { ?edge prov:wasDerivedFrom ?doc . ?doc dcterms:date ?date }'''))
            assert rows and all(str(r["date"].value).startswith("2024-10-21") for r in rows), rows
            print("ok")
            """, [folder.path])
        #expect(check.status == 0, "\(check.errors)")
        #expect(check.output.contains("ok"))
    }
}
