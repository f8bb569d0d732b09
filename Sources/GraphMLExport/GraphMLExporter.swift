import ExportSupport
import NewsGraphModel

/// Writes a ``NewsGraphModel/Graph`` as GraphML for Gephi, networkx, igraph
/// and yEd, valid against the GraphML 1.0 XSD.
///
/// Every `<key>` has `id`, `for="node"`/`for="edge"`, `attr.name` and
/// `attr.type`: the contract's columns (``ExportSupport/GraphAttributes``)
/// plus node `label`, `r`, `g`, `b` (colour by type) and `size` (by degree),
/// and edge `label` and `weight`. Nodes come before edges; a `<data>` is
/// written only where there is a value.
///
///     let bytes = try GraphMLExporter().export(graph)
///     try GraphMLExporter().write(graph, to: folder.appendingPathComponent("graph.graphml"))
public struct GraphMLExporter: GraphExporter {
    /// `graphml`.
    public var fileExtension: String { "graphml" }

    /// Creates the exporter.
    public init() {}

    /// The XML declaration, the `<graphml>` start tag with its namespaces, and every `<key>`.
    static let prologue: [UInt8] = {
        var sink = ByteSink()
        sink.append(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd" \
            xmlns="http://graphml.graphdrawing.org/xmlns">
            """)
        for key in GraphMLKey.nodeKeys + GraphMLKey.edgeKeys {
            sink.append("\n  <key")
            sink.appendXMLAttribute("id", key.id)
            sink.appendXMLAttribute("for", key.domain)
            sink.appendXMLAttribute("attr.name", key.column.name)
            sink.appendXMLAttribute("attr.type", key.typeName)
            sink.append("/>")
        }
        sink.append("\n  <graph id=\"G\" edgedefault=\"directed\"")
        return sink.bytes
    }()

    /// Writes the whole GraphML file.
    public func write(_ graph: Graph, to sink: inout ByteSink) throws {
        sink.append(Self.prologue)
        if graph.nodes.isEmpty && graph.edges.isEmpty {
            sink.append("/>\n</graphml>\n")
            return
        }
        sink.append(UInt8(ascii: ">"))
        let degrees = graph.degrees()
        for node in graph.nodes {
            writeNode(node, in: graph, degree: degrees[node.id] ?? 0, to: &sink)
        }
        for (edge, id) in zip(graph.edges, EdgeIdentifiers.unique(for: graph.edges)) {
            writeEdge(edge, id: id, to: &sink)
        }
        sink.append("\n  </graph>\n</graphml>\n")
    }

    private func writeNode(_ node: Node, in graph: Graph, degree: Int, to sink: inout ByteSink) {
        sink.append("\n    <node")
        sink.appendXMLAttribute("id", node.id)
        sink.append(UInt8(ascii: ">"))
        let style = NodeStyle(node.type)
        writeData(GraphMLKey.nodeLabel, node.label, to: &sink)
        for (key, value) in zip(GraphMLKey.nodeDataKeys, GraphAttributes.values(of: node, in: graph)) {
            if let value { writeData(key, value, to: &sink) }
        }
        writeData(GraphMLKey.red, String(style.red), to: &sink)
        writeData(GraphMLKey.green, String(style.green), to: &sink)
        writeData(GraphMLKey.blue, String(style.blue), to: &sink)
        writeData(GraphMLKey.size, String(NodeStyle.size(degree: degree)), to: &sink)
        sink.append("\n    </node>")
    }

    private func writeEdge(_ edge: Edge, id: String, to sink: inout ByteSink) {
        sink.append("\n    <edge")
        sink.appendXMLAttribute("id", id)
        sink.appendXMLAttribute("source", edge.source)
        sink.appendXMLAttribute("target", edge.target)
        sink.append(UInt8(ascii: ">"))
        for (key, value) in zip(GraphMLKey.edgeDataKeys, GraphAttributes.values(of: edge)) {
            if let value { writeData(key, value, to: &sink) }
        }
        writeData(GraphMLKey.edgeLabel, edge.type.rawValue, to: &sink)
        writeData(GraphMLKey.weight, "1.0", to: &sink)
        sink.append("\n    </edge>")
    }

    /// `<data key="...">value</data>` on its own line, inside a node or edge.
    private func writeData(_ key: GraphMLKey, _ value: String, to sink: inout ByteSink) {
        sink.append(key.startTag)
        sink.appendXMLText(value)
        sink.append(GraphMLKey.endTag)
    }
}
