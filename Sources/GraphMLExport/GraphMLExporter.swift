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
        // The <data> children of <node> and <edge>, one level below <graph>.
        var data = writer.textElementBatch(depth: writer.depth + 1)
        let degrees = graph.degrees()
        var sizes: [Int: String] = [:]  // the size text by degree, formatted once
        // By index: the elements are passed on borrowed, not copied.
        for index in graph.nodes.indices {
            let size = Self.sizeText(degree: degrees[index], cache: &sizes)
            try writeNode(graph.nodes[index], in: graph, size: size, data: &data, to: writer)
            if writer.pendingBytes >= XMLWriter.drainThreshold { try writer.drain { sink.append($0) } }
        }
        for index in graph.edges.indices {
            try writeEdge(graph.edges[index], id: graph.edgeIDs[index], data: &data, to: writer)
            if writer.pendingBytes >= XMLWriter.drainThreshold { try writer.drain { sink.append($0) } }
        }
        try writer.endElement()
        try writer.endElement()
        sink.append(try writer.finish())
    }

    /// `<node id="...">` with its `<data>`: the element through libxml2, the data as one prepared batch.
    private func writeNode(_ node: Node, in graph: Graph, size: String, data: inout TextElementBatch, to writer: XMLWriter) throws {
        try writer.startElement("node")
        try writer.attribute("id", node.id)
        addData(of: node, in: graph, size: size, to: &data)
        try writer.write(&data)
        try writer.endElement()
    }

    /// `<edge id="..." source="..." target="...">` with its `<data>`.
    private func writeEdge(_ edge: Edge, id: String, data: inout TextElementBatch, to writer: XMLWriter) throws {
        try writer.startElement("edge")
        try writer.attribute("id", id)
        try writer.attribute("source", edge.source)
        try writer.attribute("target", edge.target)
        addData(of: edge, to: &data)
        try writer.write(&data)
        try writer.endElement()
    }

    /// The `<data>` of a node: label, the shared columns, colour and size.
    private func addData(of node: Node, in graph: Graph, size: String, to data: inout TextElementBatch) {
        data.add(GraphMLKey.nodeLabel.data, text: node.label)
        let keys = GraphMLKey.nodeData
        GraphAttributes.forEachValue(of: node, in: graph) { column, value in add(value, as: keys[column], to: &data) }
        let style = NodeStyle(node.type)
        data.add(GraphMLKey.red.data, decimal: style.red)
        data.add(GraphMLKey.green.data, decimal: style.green)
        data.add(GraphMLKey.blue.data, decimal: style.blue)
        data.add(GraphMLKey.size.data, text: size)
    }

    /// The `<data>` of an edge: the shared columns, label and weight.
    private func addData(of edge: Edge, to data: inout TextElementBatch) {
        let keys = GraphMLKey.edgeData
        GraphAttributes.forEachValue(of: edge) { column, value in add(value, as: keys[column], to: &data) }
        data.add(GraphMLKey.edgeLabel.data, text: edge.type.rawValue)
        data.add(GraphMLKey.weight.data, text: "1.0")
    }

    private func add(_ value: AttributeValue, as element: TextElement, to data: inout TextElementBatch) {
        switch value {
        case .text(let text): data.add(element, text: text)
        case .joined(let items): data.add(element, joining: items, separator: "|")
        case .iri(let id): data.add(element, prefix: Identifier.resourceNamespace, text: id)
        case .integer(let value): data.add(element, decimal: value)
        case .boolean(let value): data.add(element, text: value ? "true" : "false")
        }
    }

    /// The `size` of a node with `degree` edges as text, from `cache` when it was formatted before.
    private static func sizeText(degree: Int, cache: inout [Int: String]) -> String {
        if let text = cache[degree] { return text }
        let text = String(NodeStyle.size(degree: degree))
        cache[degree] = text
        return text
    }
}
