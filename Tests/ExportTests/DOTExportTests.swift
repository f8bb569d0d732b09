import DOTExport
import ExportSupport
import Foundation
import NewsGraphModel
import Testing
import TestSupport

@Suite("DOT export")
struct DOTExportTests {
    /// What the SVG that `dot` made shows.
    struct Rendered: Decodable {
        var texts: [String]
        var titles: [String]
    }

    static let script = #"""
        import json, sys
        import xml.etree.ElementTree as ET

        svg = ET.parse(sys.argv[1]).getroot()
        print(json.dumps({
            "texts": ["".join(t.itertext()) for t in svg.iter("{http://www.w3.org/2000/svg}text")],
            "titles": [a.get("{http://www.w3.org/1999/xlink}title") for a in svg.iter("{http://www.w3.org/2000/svg}a")],
        }))
        """#

    @Test("dot -Tsvg accepts the file without a warning and makes well-formed SVG", arguments: TestGraph.allCases)
    func renders(_ testGraph: TestGraph) throws {
        let graph = testGraph.graph
        let files = try ExportedFiles(graph, label: "dot")
        defer { files.remove() }
        let svg = files.folder.appendingPathComponent("graph.svg")
        let result = try ExternalTool.run("dot", ["-Tsvg", "-o", svg.path, files.path("dot")])
        #expect(result.status == 0)
        #expect(result.errors.isEmpty, "\(result.errors)")
        let wellFormed = try ExternalTool.run("xmllint", ["--noout", "--nonet", svg.path])
        #expect(wellFormed.status == 0, "\(wellFormed.errors)")
        let rendered = try PythonReport.run(Self.script, [svg.path], as: Rendered.self)
        let shown = rendered.texts.joined(separator: "\n")
        switch testGraph {
        case .realistic:
            for node in graph.nodes where node.type != .statement { #expect(shown.contains(node.label), "\(node.label)") }
            #expect(shown.contains("Nordkorea hat Soldaten nach Russland geschickt"))
            #expect(shown.contains("ca. 11000 Soldaten"))
            #expect(shown.contains("denies"))
            #expect(shown.contains("Legend"))
        case .hostile:
            // Quotes, backslashes, DOT escapes, markup and entities show as written; control characters are gone.
            #expect(shown.contains(#"Dr. "Quote" \N back\slash \" <b>bold</b> & &amp; &#1; ]]> Zoë Ünal Jürgen Straße 😀👍🏽 e\#u{301}n\#u{303} "#))
            #expect(shown.contains("ctlesc tab line1 line2 line3"))
            #expect(rendered.titles.contains { $0.contains(#"Ein langer Satz mit Ümlauten, "Zitaten", <Markup> & \Backslashes\."#) })
        }
    }

    @Test("Ids are synthetic, strings stay under Graphviz's limit, every edge and a legend are written")
    func structure() throws {
        let graph = TestGraph.hostile.graph
        let text = String(decoding: try DOTExporter().export(graph), as: UTF8.self)
        #expect(text.hasPrefix("digraph \"NewsGraph\" {\n"))
        #expect(text.contains("subgraph \"cluster_legend\""))
        for type in Set(graph.nodes.map(\.type)) { #expect(text.contains("[label=\"\(type.rawValue)\", shape=")) }
        let lines = text.split(separator: "\n")
        #expect(lines.allSatisfy { $0.utf8.count < 16_384 })
        #expect(lines.filter { $0.contains(" -> ") }.count == graph.edges.count)
        let nodeLines = lines.filter { $0.hasPrefix("  n") && $0.dropFirst(3).first?.isNumber == true && !$0.contains(" -> ") }
        #expect(nodeLines.count == graph.nodes.count)
        #expect(!text.contains("\r"))
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        // The statement's label is short; its tooltip holds the long text, cut with an ellipsis.
        let statementLine = try #require(nodeLines.first { $0.contains("shape=\"note\"") })
        let label = try #require(statementLine.split(separator: "tooltip=").first)
        #expect(label.count < 100)
        #expect(statementLine.contains("…\", shape=\"note\""))
    }

    @Test("Labels are cut after 60 or 120 characters, counted as Swift counts them, whatever the scripts and marks")
    func labelsCutByCharacters() throws {
        /// The label the DOT export shows for `text`, worked out on `Character`s.
        func expected(_ text: String, maxCharacters: Int) -> String {
            let line = text.split(whereSeparator: { $0.unicodeScalars.allSatisfy(\.properties.isWhitespace) }).joined(separator: " ")
            return line.count <= maxCharacters ? line : String(line.prefix(maxCharacters - 1)) + "…"
        }
        let pieces = [
            "a", "Zoë", "Straße", "ÄÖÜäöüß", "e\u{301}", "n\u{303}", "😀", "👍🏽", "漢字", "ǅ", "\u{2FF}", "x\u{300}", "ĳ", "—", "„Zitat“",
            "…", "‰", "\u{2009}", "\u{200B}", "a\u{200C}", "a\u{200D}", "a\u{200D}b", "\u{203F}", "\u{2040}", "€",
        ]
        var texts = [""]
        for length in [59, 60, 61, 119, 120, 121, 200] {
            for piece in pieces {
                texts.append(String(repeating: "x", count: length - 1) + piece + "yz")
                texts.append(String(repeating: piece, count: length))
                texts.append(String(repeating: piece + " ", count: length / 2))
                texts.append(String(repeating: "ü", count: length - 2) + "  " + piece + "\n\t ende ")
            }
        }
        let nodes = texts.enumerated().flatMap { index, text in
            [
                Node(id: "statement-\(index)", type: .statement, label: text),
                Node(id: "person-\(index)", type: .person, label: text),
            ]
        }
        // Cut from the string, and, for plain texts, on their bytes (``ExportSupport/PlainTexts``).
        for exporter in [DOTExporter(), DOTExporter(sharing: SharedPlainTexts())] {
            let dot = String(decoding: try exporter.export(Graph(nodes: nodes)), as: UTF8.self)
            let labels = dot.split(separator: "\n").filter { $0.hasPrefix("  n") && $0.contains(" [label=\"") }.map { line in
                String(line.split(separator: " [label=\"", maxSplits: 1)[1].split(separator: "\", tooltip=", maxSplits: 1, omittingEmptySubsequences: false)[0])
            }
            let wanted = nodes.map { expected($0.label, maxCharacters: $0.type == .statement ? 60 : 120) }
            #expect(labels.count == wanted.count)
            for (label, want) in zip(labels, wanted) { #expect(label == want) }
        }
    }

    @Test("A name's tooltip (type, name, aliases) is the same written straight from its strings or escaped, up to its budget")
    func nameTooltips() throws {
        /// The tooltip of a person named `label` with `aliases`, by DOT's escapes.
        func expected(_ label: String, _ aliases: [String]) -> String {
            var text = NodeType.person.rawValue + ": " + label
            if !aliases.isEmpty { text += "\n" + aliases.joined(separator: " | ") }
            return text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "&", with: "&amp;")
        }
        let long = String(repeating: "x", count: 7_989)  // "Person: L", the line break and this: 8,000 bytes
        let cases: [(label: String, aliases: [String], tooltip: String)] = [
            ("Mark Rutte", [], expected("Mark Rutte", [])),
            ("Zoë Ünal", ["Straße", "Jürgen"], expected("Zoë Ünal", ["Straße", "Jürgen"])),
            ("", [], expected("", [])),
            ("", [""], expected("", [""])),
            ("A", ["", "B"], expected("A", ["", "B"])),
            ("😀👍🏽 漢字", ["e\u{301}n\u{303}"], expected("😀👍🏽 漢字", ["e\u{301}n\u{303}"])),
            (#"Dr. "Quote""#, ["x"], expected(#"Dr. "Quote""#, ["x"])),
            ("plain", [#"back\slash"#, "a & b", "one\ntwo"], expected("plain", [#"back\slash"#, "a & b", "one\ntwo"])),
            ("L", [long], expected("L", [long])),
            ("L", [long + "y"], NodeType.person.rawValue + #": L\n"# + String(repeating: "x", count: 7_986) + "…"),
        ]
        let nodes = cases.enumerated().map { index, name in
            Node(id: "person-\(index)", type: .person, label: name.label, aliases: name.aliases)
        }
        let dot = String(decoding: try DOTExporter().export(Graph(nodes: nodes)), as: UTF8.self)
        let tooltips = dot.split(separator: "\n").filter { $0.hasPrefix("  n") && $0.contains(" [label=\"") }.map { line in
            String(line.split(separator: ", tooltip=\"", maxSplits: 1)[1].split(separator: "\", shape=", maxSplits: 1)[0])
        }
        #expect(tooltips.count == cases.count)
        for (tooltip, name) in zip(tooltips, cases) { #expect(tooltip == name.tooltip, "\(name.label) \(name.aliases)") }
    }
}
