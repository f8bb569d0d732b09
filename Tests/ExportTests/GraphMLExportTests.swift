import ExportSupport
import Foundation
import GraphMLExport
import NewsGraphModel
import Testing
import TestSupport
import XMLSupport

@Suite("GraphML export")
struct GraphMLExportTests {
    /// What networkx and igraph read back from a GraphML file.
    struct Readback: Decodable {
        struct Reader: Decodable {
            var directed: Bool
            var nodes: Int
            var edges: Int
            var labels: [String: String]
            var texts: [String: String]
            var sizes: [String: Double]
            var edgeList: [ReadEdge]
        }

        struct ReadEdge: Decodable, Equatable {
            var source: String
            var target: String
            var type: String
            var evidence: String
            var start: Int
            var quantity: Int?
            var approximate: Bool?
            var document: String
        }

        var networkx: Reader
        var igraph: Reader
    }

    static let script = #"""
        import json, math, sys
        import networkx as nx
        import igraph as ig

        path = sys.argv[1]

        def clean(value):
            if isinstance(value, float) and math.isnan(value):
                return None
            if isinstance(value, str) and value == "":
                return None
            return value

        def edge(source, target, data):
            quantity = clean(data.get("quantity"))
            # igraph reads a missing boolean as False: compare it where it is written, on deployments.
            approximate = clean(data.get("approximate")) if data["type"] == "deploys" else None
            return {
                "source": source, "target": target, "type": data["type"], "evidence": data.get("evidence", ""),
                "start": int(data["start"]), "document": data["document"],
                "quantity": None if quantity is None else int(quantity),
                "approximate": None if approximate is None else bool(approximate),
            }

        G = nx.read_graphml(path, force_multigraph=True)
        networkx = {
            "directed": G.is_directed(), "nodes": G.number_of_nodes(), "edges": G.number_of_edges(),
            "labels": {n: d["label"] for n, d in G.nodes(data=True)},
            "texts": {n: d["text"] for n, d in G.nodes(data=True) if "text" in d},
            "sizes": {n: d["size"] for n, d in G.nodes(data=True)},
            "edgeList": [edge(u, v, d) for u, v, k, d in G.edges(keys=True, data=True)],
        }

        g = ig.Graph.Read_GraphML(path)
        ids = g.vs["id"]
        igraph = {
            "directed": g.is_directed(), "nodes": g.vcount(), "edges": g.ecount(),
            "labels": dict(zip(ids, g.vs["label"])),
            "texts": {i: t for i, t in zip(ids, g.vs["text"]) if clean(t) is not None},
            "sizes": dict(zip(ids, g.vs["size"])),
            "edgeList": [edge(ids[e.source], ids[e.target], e.attributes()) for e in g.es],
        }
        for reader in (networkx, igraph):
            reader["edgeList"].sort(key=lambda e: (e["document"], e["start"], e["source"], e["target"], e["type"]))
        print(json.dumps({"networkx": networkx, "igraph": igraph}))
        """#

    @Test("GraphML is valid against the XSD, in process and with xmllint", arguments: TestGraph.allCases)
    func valid(_ testGraph: TestGraph) throws {
        let files = try ExportedFiles(testGraph.graph, label: "graphml")
        defer { files.remove() }
        let validator = try XMLSchemaValidator(schemaPath: ProjectPaths.graphMLSchema.path)
        try validator.validate(files.bytes("graphml"))
        let result = try ExternalTool.run(
            "xmllint", ["--noout", "--nonet", "--schema", ProjectPaths.graphMLSchema.path, files.path("graphml")])
        #expect(result.status == 0, "\(result.errors)")
    }

    @Test("networkx and igraph read back every node, edge and checked value", arguments: TestGraph.allCases)
    func readBack(_ testGraph: TestGraph) throws {
        let graph = testGraph.graph
        let files = try ExportedFiles(graph, label: "graphml")
        defer { files.remove() }
        let report = try PythonReport.run(Self.script, [files.path("graphml")], as: Readback.self)
        let labels = Dictionary(uniqueKeysWithValues: graph.nodes.map { ($0.id, XMLText.sanitized($0.label)) })
        let texts = Dictionary(uniqueKeysWithValues: graph.nodes.compactMap { node in
            node.text.map { (node.id, XMLText.sanitized($0)) }
        })
        var degrees: [String: Int] = [:]
        for edge in graph.edges {
            degrees[edge.source, default: 0] += 1
            degrees[edge.target, default: 0] += 1
        }
        let sizes = Dictionary(uniqueKeysWithValues: graph.nodes.map { ($0.id, NodeStyle.size(degree: degrees[$0.id] ?? 0)) })
        let edges = graph.edges.map { edge in
            Readback.ReadEdge(
                source: edge.source, target: edge.target, type: edge.type.rawValue,
                evidence: XMLText.sanitized(edge.provenance.evidence), start: edge.provenance.sentence.start,
                quantity: edge.deployment?.quantity, approximate: edge.deployment?.approximate,
                document: XMLText.sanitized(edge.provenance.document))
        }.sorted { ($0.document, $0.start, $0.source, $0.target, $0.type) < ($1.document, $1.start, $1.source, $1.target, $1.type) }
        for (name, reader) in [("networkx", report.networkx), ("igraph", report.igraph)] {
            #expect(reader.directed, "\(name)")
            #expect(reader.nodes == graph.nodes.count, "\(name)")
            #expect(reader.edges == graph.edges.count, "\(name)")
            #expect(reader.labels == labels, "\(name)")
            #expect(reader.texts == texts, "\(name)")
            #expect(reader.sizes == sizes, "\(name)")
            #expect(reader.edgeList == edges, "\(name)")
        }
    }

    @Test("Every key is declared for node or edge with a name and a type; nodes come before edges")
    func keys() throws {
        let text = String(decoding: try GraphMLExporter().export(TestGraph.realistic.graph), as: UTF8.self)
        let required = [
            "label", "type", "aliases", "documents", "text", "iri", "roles", "r", "g", "b", "size",
        ].map { "for=\"node\" attr.name=\"\($0)\"" } + [
            "type", "label", "document", "evidence", "start", "end", "sourceStart", "sourceEnd", "cueStart", "cueEnd",
            "contentStart", "contentEnd", "form", "unit", "destination", "claimedBy", "date", "weight", "approximate",
            "rule",
        ].map { "for=\"edge\" attr.name=\"\($0)\"" }
        for declaration in required { #expect(text.contains(declaration), "\(declaration)") }
        #expect(text.contains("for=\"edge\" attr.name=\"quantity\" attr.type=\"long\""))
        #expect(text.contains("for=\"edge\" attr.name=\"start\" attr.type=\"int\""))
        #expect(text.contains("<graph id=\"G\" edgedefault=\"directed\">"))
        let lastNode = try #require(text.range(of: "<node ", options: .backwards))
        let firstEdge = try #require(text.range(of: "<edge "))
        #expect(lastNode.lowerBound < firstEdge.lowerBound)
        #expect(!text.contains("<data key=\"e-quantity\"></data>"))
    }
}
