import ExportSupport
import NewsGraphModel

/// Writes a ``NewsGraphModel/Graph`` as GEXF 1.3, Gephi's own format, valid
/// against the GEXF 1.3 RELAX NG grammar.
///
/// The same nodes, edges and attributes as the GraphML export
/// (``ExportSupport/GraphAttributes``, declared in `<attributes>`), plus:
/// an edge `kind` per edge type, so that Gephi keeps parallel edges of
/// different types apart; `viz:color`, `viz:size` and `viz:shape` by node
/// type and degree; and the article dates as dynamics
/// (`mode="dynamic" timeformat="date"`): each edge starts on its article's
/// day, each node on the first day it is seen, so Gephi's timeline plays the story.
/// The markup is written straight into the sink, laid out and escaped byte
/// for byte as libxml2's `xmlTextWriter` lays it out (two spaces a level).
///
///     let bytes = try GEXFExporter().export(graph)
public struct GEXFExporter: GraphExporter {
    /// `gexf`.
    public var fileExtension: String { "gexf" }

    /// Creates the exporter.
    public init() {}

    /// The XML declaration, the `<gexf>` start tag with its namespaces, `<meta>`, and the `<graph>` start tag
    /// with the attribute declarations.
    static let prologue: [UInt8] = {
        var sink = ByteSink()
        sink.append(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns:viz="http://gexf.net/1.3/viz" version="1.3" xmlns="http://gexf.net/1.3">
              <meta>
                <creator>NewsGraph</creator>
                <description>Who asserts, denies or deploys what, read from German news articles</description>
              </meta>
              <graph defaultedgetype="directed" mode="dynamic" timeformat="date">
            """)
        for (domain, columns) in [("node", GraphAttributes.nodeColumns), ("edge", GraphAttributes.edgeColumns)] {
            sink.append("\n    <attributes")
            sink.appendXMLAttribute("class", domain)
            sink.append(UInt8(ascii: ">"))
            for column in columns {
                sink.append("\n      <attribute")
                sink.appendXMLAttribute("id", column.name)
                sink.appendXMLAttribute("title", column.name)
                sink.appendXMLAttribute("type", GEXFExporter.typeName(column.kind))
                sink.append("/>")
            }
            sink.append("\n    </attributes>")
        }
        return sink.bytes
    }()

    /// Writes the whole GEXF file.
    public func write(_ graph: Graph, to sink: inout ByteSink) throws {
        sink.append(Self.prologue)
        let days = GraphDays(graph)
        let degrees = graph.degrees()
        sink.append("\n    <nodes count=\"")
        sink.append(decimal: graph.nodes.count)
        sink.append(UInt8(ascii: "\""))
        if graph.nodes.isEmpty {
            sink.append("/>")
        } else {
            sink.append(UInt8(ascii: ">"))
            for node in graph.nodes {
                writeNode(node, in: graph, degree: degrees[node.id] ?? 0, start: days.firstDay(of: node), to: &sink)
            }
            sink.append("\n    </nodes>")
        }
        sink.append("\n    <edges count=\"")
        sink.append(decimal: graph.edges.count)
        sink.append(UInt8(ascii: "\""))
        if graph.edges.isEmpty {
            sink.append("/>")
        } else {
            sink.append(UInt8(ascii: ">"))
            for (edge, id) in zip(graph.edges, EdgeIdentifiers.unique(for: graph.edges)) {
                writeEdge(edge, id: id, start: days.day(of: edge), to: &sink)
            }
            sink.append("\n    </edges>")
        }
        sink.append("\n  </graph>\n</gexf>\n")
    }

    private func writeNode(_ node: Node, in graph: Graph, degree: Int, start: String?, to sink: inout ByteSink) {
        sink.append("\n      <node")
        sink.appendXMLAttribute("id", node.id)
        sink.appendXMLAttribute("label", node.label)
        if let start { sink.appendXMLAttribute("start", start) }
        sink.append(UInt8(ascii: ">"))
        writeValues(GraphAttributes.nodeColumns, GraphAttributes.values(of: node, in: graph), to: &sink)
        let style = NodeStyle(node.type)
        writeColour(red: style.red, green: style.green, blue: style.blue, to: &sink)
        sink.append("\n        <viz:size")
        sink.appendXMLAttribute("value", String(NodeStyle.size(degree: degree)))
        sink.append("/>\n        <viz:shape")
        sink.appendXMLAttribute("value", style.gexfShape)
        sink.append("/>\n      </node>")
    }

    private func writeEdge(_ edge: Edge, id: String, start: String?, to sink: inout ByteSink) {
        sink.append("\n      <edge")
        sink.appendXMLAttribute("id", id)
        sink.appendXMLAttribute("source", edge.source)
        sink.appendXMLAttribute("target", edge.target)
        sink.appendXMLAttribute("label", edge.type.rawValue)
        sink.appendXMLAttribute("kind", edge.type.rawValue)
        sink.append(" weight=\"1.0\"")
        if let start { sink.appendXMLAttribute("start", start) }
        sink.append(UInt8(ascii: ">"))
        writeValues(GraphAttributes.edgeColumns, GraphAttributes.values(of: edge), to: &sink)
        let style = EdgeStyle(edge.type)
        writeColour(red: style.red, green: style.green, blue: style.blue, to: &sink)
        sink.append("\n      </edge>")
    }

    /// `<attvalues>` with an `<attvalue>` per present value (`<attvalues/>` when none is).
    private func writeValues(_ columns: [AttributeColumn], _ values: [String?], to sink: inout ByteSink) {
        sink.append("\n        <attvalues")
        var empty = true
        for (column, value) in zip(columns, values) {
            guard let value else { continue }
            sink.append(empty ? ">\n          <attvalue" : "\n          <attvalue")
            empty = false
            sink.appendXMLAttribute("for", column.name)
            sink.appendXMLAttribute("value", value)
            sink.append("/>")
        }
        sink.append(empty ? "/>" : "\n        </attvalues>")
    }

    private func writeColour(red: Int, green: Int, blue: Int, to sink: inout ByteSink) {
        sink.append("\n        <viz:color r=\"")
        sink.append(decimal: red)
        sink.append("\" g=\"")
        sink.append(decimal: green)
        sink.append("\" b=\"")
        sink.append(decimal: blue)
        sink.append("\"/>")
    }

    /// The GEXF attribute type of a column kind.
    static func typeName(_ kind: AttributeColumn.Kind) -> String {
        switch kind {
        case .string: "string"
        case .int: "integer"
        case .long: "long"
        case .double: "double"
        case .boolean: "boolean"
        }
    }
}
