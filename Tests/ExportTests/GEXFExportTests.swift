import ExportSupport
import Foundation
import GEXFExport
import NewsGraphModel
import Testing
import TestSupport
import XMLSupport

@Suite("GEXF export")
struct GEXFExportTests {
    /// What ElementTree reads back from a GEXF file.
    struct Readback: Decodable {
        var mode: String
        var timeformat: String
        var labels: [String: String]
        var nodeStarts: [String: String]
        var edgeKinds: [String]
        var edgeStarts: [String: String]
        var edgeIDs: [String]
        var colours: Int
        var sizes: Int
        var nodeAttributes: [String: [String: String]]
    }

    static let script = #"""
        import json, sys
        import xml.etree.ElementTree as ET

        ns = {"g": "http://gexf.net/1.3", "viz": "http://gexf.net/1.3/viz"}
        graph = ET.parse(sys.argv[1]).getroot().find("g:graph", ns)
        nodes = graph.findall("g:nodes/g:node", ns)
        edges = graph.findall("g:edges/g:edge", ns)
        print(json.dumps({
            "mode": graph.get("mode"), "timeformat": graph.get("timeformat"),
            "labels": {n.get("id"): n.get("label") for n in nodes},
            "nodeStarts": {n.get("id"): n.get("start") for n in nodes if n.get("start")},
            "edgeKinds": [e.get("kind") for e in edges],
            "edgeStarts": {e.get("id"): e.get("start") for e in edges if e.get("start")},
            "edgeIDs": [e.get("id") for e in edges],
            "colours": len(graph.findall(".//viz:color", ns)),
            "sizes": len(graph.findall("g:nodes/g:node/viz:size", ns)),
            "nodeAttributes": {
                n.get("id"): {v.get("for"): v.get("value") for v in n.findall("g:attvalues/g:attvalue", ns)}
                for n in nodes
            },
        }))
        """#

    @Test("GEXF is valid against the GEXF 1.3 RELAX NG grammar, in process and with xmllint", arguments: TestGraph.allCases)
    func valid(_ testGraph: TestGraph) throws {
        let files = try ExportedFiles(testGraph.graph, label: "gexf")
        defer { files.remove() }
        try RelaxNGValidator(schemaPath: ProjectPaths.gexfSchema.path).validate(files.bytes("gexf"))
        let result = try ExternalTool.run(
            "xmllint", ["--noout", "--nonet", "--relaxng", ProjectPaths.gexfSchema.path, files.path("gexf")])
        #expect(result.status == 0, "\(result.errors)")
    }

    @Test("Nodes, edges, kinds, colours, sizes and dates read back", arguments: TestGraph.allCases)
    func readBack(_ testGraph: TestGraph) throws {
        let graph = testGraph.graph
        let files = try ExportedFiles(graph, label: "gexf")
        defer { files.remove() }
        let report = try PythonReport.run(Self.script, [files.path("gexf")], as: Readback.self)
        #expect(report.mode == "dynamic")
        #expect(report.timeformat == "date")
        #expect(report.labels == Dictionary(uniqueKeysWithValues: graph.nodes.map { ($0.id, XMLText.sanitized($0.label)) }))
        #expect(report.edgeKinds == graph.edges.map(\.type.rawValue))
        #expect(report.edgeIDs == graph.edgeIDs)
        #expect(Set(report.edgeIDs).count == graph.edges.count)
        #expect(report.colours == graph.nodes.count + graph.edges.count)
        #expect(report.sizes == graph.nodes.count)
        for node in graph.nodes {
            let expected = Dictionary(
                uniqueKeysWithValues: zip(GraphAttributes.nodeColumns, GraphAttributes.values(of: node, in: graph)).compactMap {
                    column, value in value.map { (column.name, XMLText.sanitized($0)) }
                })
            #expect(report.nodeAttributes[node.id] == expected, "\(node.id)")
        }
        for day in Array(report.nodeStarts.values) + Array(report.edgeStarts.values) {
            #expect(CalendarDay.day(of: day) == day)
        }
        switch testGraph {
        case .realistic:
            #expect(report.nodeStarts[RealisticGraph.selenskyj] == "2024-10-21")
            #expect(report.nodeStarts[RealisticGraph.rutte] == "2024-10-23")
            #expect(report.nodeStarts[RealisticGraph.russland] == "2024-10-21")
            #expect(report.edgeStarts.count == graph.edges.count)
            #expect(Set(report.edgeStarts.values) == ["2024-10-21", "2024-10-23"])
        case .hostile:
            // "2024-02-30" and "21.10.2024" are not days; the second document's timestamp is.
            #expect(Set(report.edgeStarts.values) == ["2024-02-29"])
            #expect(report.nodeStarts[HostileGraph.other] == "2024-02-29")
            #expect(report.nodeStarts[HostileGraph.speaker] == nil)
        }
    }
}
