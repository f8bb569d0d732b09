import ExportSupport
import NewsGraphModel
import XMLSupport

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

    static let namespace = "http://graphml.graphdrawing.org/xmlns"
    static let schemaLocation = "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
    static let instanceNamespace = "http://www.w3.org/2001/XMLSchema-instance"

    /// Writes the whole GraphML file through libxml2's `xmlTextWriter`, handing it
    /// to `sink` a megabyte at a time.
    public func write(_ graph: Graph, to sink: inout ByteSink) throws {
        let writer = try XMLWriter()
        try writer.startDocument()
        try writer.startElement("graphml", namespace: Self.namespace)
        try writer.attribute(prefix: "xmlns", "xsi", namespace: nil, Self.instanceNamespace)
        try writer.attribute(prefix: "xsi", "schemaLocation", namespace: nil, Self.schemaLocation)
        for key in GraphMLKey.nodeKeys + GraphMLKey.edgeKeys {
            try writer.startElement("key")
            try writer.attribute("id", key.id)
            try writer.attribute("for", key.domain)
            try writer.attribute("attr.name", key.column.name)
            try writer.attribute("attr.type", key.typeName)
            try writer.endElement()
        }
        try writer.startElement("graph")
        try writer.attribute("id", "G")
        try writer.attribute("edgedefault", "directed")
        let degrees = graph.degrees()
        for node in graph.nodes {
            try writeNode(node, in: graph, degree: degrees[node.id] ?? 0, to: writer)
            if writer.pendingBytes >= XMLWriter.drainThreshold { sink.append(try writer.drain()) }
        }
        for (edge, id) in zip(graph.edges, EdgeIdentifiers.unique(for: graph.edges)) {
            try writeEdge(edge, id: id, to: writer)
            if writer.pendingBytes >= XMLWriter.drainThreshold { sink.append(try writer.drain()) }
        }
        try writer.endElement()
        try writer.endElement()
        sink.append(try writer.finish())
    }

    private func writeNode(_ node: Node, in graph: Graph, degree: Int, to writer: XMLWriter) throws {
        try writer.startElement("node")
        try writer.attribute("id", node.id)
        let style = NodeStyle(node.type)
        try writeData(GraphMLKey.nodeLabel, node.label, to: writer)
        for (key, value) in zip(GraphMLKey.nodeDataKeys, GraphAttributes.values(of: node, in: graph)) {
            if let value { try writeData(key, value, to: writer) }
        }
        try writeData(GraphMLKey.red, String(style.red), to: writer)
        try writeData(GraphMLKey.green, String(style.green), to: writer)
        try writeData(GraphMLKey.blue, String(style.blue), to: writer)
        try writeData(GraphMLKey.size, String(NodeStyle.size(degree: degree)), to: writer)
        try writer.endElement()
    }

    private func writeEdge(_ edge: Edge, id: String, to writer: XMLWriter) throws {
        try writer.startElement("edge")
        try writer.attribute("id", id)
        try writer.attribute("source", edge.source)
        try writer.attribute("target", edge.target)
        for (key, value) in zip(GraphMLKey.edgeDataKeys, GraphAttributes.values(of: edge)) {
            if let value { try writeData(key, value, to: writer) }
        }
        try writeData(GraphMLKey.edgeLabel, edge.type.rawValue, to: writer)
        try writeData(GraphMLKey.weight, "1.0", to: writer)
        try writer.endElement()
    }

    private func writeData(_ key: GraphMLKey, _ value: String, to writer: XMLWriter) throws {
        try writer.write(key.data, text: value)
    }
}
