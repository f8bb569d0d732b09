import ExportSupport
import NewsGraphModel
import XMLSupport

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
///
///     let bytes = try GEXFExporter().export(graph)
public struct GEXFExporter: GraphExporter {
    /// `gexf`.
    public var fileExtension: String { "gexf" }

    /// Creates the exporter.
    public init() {}

    static let namespace = "http://gexf.net/1.3"
    static let vizNamespace = "http://gexf.net/1.3/viz"

    /// Writes the whole GEXF file through libxml2's `xmlTextWriter`, handing it
    /// to `sink` a megabyte at a time.
    public func write(_ graph: Graph, to sink: inout ByteSink) throws {
        let writer = try XMLWriter()
        try writer.startDocument()
        try writer.startElement("gexf", namespace: Self.namespace)
        try writer.attribute(prefix: "xmlns", "viz", namespace: nil, Self.vizNamespace)
        try writer.attribute("version", "1.3")
        try writer.startElement("meta")
        try writer.element("creator", text: "NewsGraph")
        try writer.element("description", text: "Who asserts, denies or deploys what, read from German news articles")
        try writer.endElement()
        try writer.startElement("graph")
        try writer.attribute("defaultedgetype", "directed")
        try writer.attribute("mode", "dynamic")
        try writer.attribute("timeformat", "date")
        try writeDeclarations("node", GraphAttributes.nodeColumns, to: writer)
        try writeDeclarations("edge", GraphAttributes.edgeColumns, to: writer)
        let days = GraphDays(graph)
        let degrees = graph.degrees()
        try writer.startElement("nodes")
        try writer.attribute("count", String(graph.nodes.count))
        for node in graph.nodes {
            try writeNode(node, in: graph, degree: degrees[node.id] ?? 0, start: days.firstDay(of: node), to: writer)
            if writer.pendingBytes >= XMLWriter.drainThreshold { try writer.drain { sink.append($0) } }
        }
        try writer.endElement()
        try writer.startElement("edges")
        try writer.attribute("count", String(graph.edges.count))
        for (edge, id) in zip(graph.edges, graph.edgeIDs) {
            try writeEdge(edge, id: id, start: days.day(of: edge), to: writer)
            if writer.pendingBytes >= XMLWriter.drainThreshold { try writer.drain { sink.append($0) } }
        }
        try writer.endElement()
        try writer.endElement()
        try writer.endElement()
        sink.append(try writer.finish())
    }

    private func writeDeclarations(_ domain: String, _ columns: [AttributeColumn], to writer: XMLWriter) throws {
        try writer.startElement("attributes")
        try writer.attribute("class", domain)
        for column in columns {
            try writer.startElement("attribute")
            try writer.attribute("id", column.name)
            try writer.attribute("title", column.name)
            try writer.attribute("type", Self.typeName(column.kind))
            try writer.endElement()
        }
        try writer.endElement()
    }

    private func writeNode(_ node: Node, in graph: Graph, degree: Int, start: String?, to writer: XMLWriter) throws {
        try writer.startElement("node")
        try writer.attribute("id", node.id)
        try writer.attribute("label", node.label)
        if let start { try writer.attribute("start", start) }
        try writeValues(GraphAttributes.nodeColumns, GraphAttributes.values(of: node, in: graph), to: writer)
        let style = NodeStyle(node.type)
        try writeColour(red: style.red, green: style.green, blue: style.blue, to: writer)
        try writer.startElement(prefix: "viz", "size", namespace: nil)
        try writer.attribute("value", String(NodeStyle.size(degree: degree)))
        try writer.endElement()
        try writer.startElement(prefix: "viz", "shape", namespace: nil)
        try writer.attribute("value", style.gexfShape)
        try writer.endElement()
        try writer.endElement()
    }

    private func writeEdge(_ edge: Edge, id: String, start: String?, to writer: XMLWriter) throws {
        try writer.startElement("edge")
        try writer.attribute("id", id)
        try writer.attribute("source", edge.source)
        try writer.attribute("target", edge.target)
        try writer.attribute("label", edge.type.rawValue)
        try writer.attribute("kind", edge.type.rawValue)
        try writer.attribute("weight", "1.0")
        if let start { try writer.attribute("start", start) }
        try writeValues(GraphAttributes.edgeColumns, GraphAttributes.values(of: edge), to: writer)
        let style = EdgeStyle(edge.type)
        try writeColour(red: style.red, green: style.green, blue: style.blue, to: writer)
        try writer.endElement()
    }

    private func writeValues(_ columns: [AttributeColumn], _ values: [String?], to writer: XMLWriter) throws {
        try writer.startElement("attvalues")
        for (column, value) in zip(columns, values) {
            guard let value else { continue }
            try writer.startElement("attvalue")
            try writer.attribute("for", column.name)
            try writer.attribute("value", value)
            try writer.endElement()
        }
        try writer.endElement()
    }

    private func writeColour(red: Int, green: Int, blue: Int, to writer: XMLWriter) throws {
        try writer.startElement(prefix: "viz", "color", namespace: nil)
        try writer.attribute("r", String(red))
        try writer.attribute("g", String(green))
        try writer.attribute("b", String(blue))
        try writer.endElement()
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
