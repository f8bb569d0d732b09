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

    /// The plain texts shared with the other exporters of the same graph, if any.
    private let texts: SharedPlainTexts?

    /// Creates the exporter; with `texts`, it uses (or works out) the plain
    /// texts (``ExportSupport/PlainTexts``) other exporters of the graph share,
    /// and copies them as they are instead of escaping them.
    public init(sharing texts: SharedPlainTexts? = nil) {
        self.texts = texts
    }

    static let namespace = "http://graphml.graphdrawing.org/xmlns"
    static let schemaLocation = "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
    static let instanceNamespace = "http://www.w3.org/2001/XMLSchema-instance"

    /// Writes the whole GraphML file through libxml2's `xmlTextWriter`, handing it
    /// to `sink` in parts. The document, keys and graph are libxml2 elements;
    /// the nodes and edges are escaped in Swift as libxml2 escapes them,
    /// straight into the sink (``XMLSupport/XMLWriter/writeChildren(to:_:)``).
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
        let sizes = NodeStyle.sizeTexts(degrees: graph.degrees())
        let data = DataElements()
        let plain = texts?.of(graph)
        // The <node> and <edge> elements, children of <graph>, escaped straight into the sink.
        // Nodes, edges and documents are read in place through pointers: taking
        // one out of its array would copy it, retaining every string it holds.
        if !graph.nodes.isEmpty || !graph.edges.isEmpty {
            try writer.writeChildren(to: &sink) { elements in
                let typeData = TypeData(data: data, preparedIn: elements)
                graph.nodes.withUnsafeBufferPointer { nodes in
                    graph.documents.withUnsafeBufferPointer { documents in
                        sizes.withUnsafeBufferPointer { sizes in
                            for index in nodes.indices {
                                elements.textIsPlain = plain?.nodes[index] ?? false
                                addNode(
                                    nodes.baseAddress! + index, documents: documents, size: sizes.baseAddress! + index,
                                    data: data, typeData: typeData, to: &elements)
                            }
                        }
                    }
                }
                graph.edges.withUnsafeBufferPointer { edges in
                    graph.edgeIDs.withUnsafeBufferPointer { ids in
                        for index in edges.indices {
                            elements.textIsPlain = plain?.edges[index] ?? false
                            addEdge(
                                edges.baseAddress! + index, id: ids.baseAddress! + index, data: data, typeData: typeData,
                                to: &elements)
                        }
                    }
                }
            }
        }
        try writer.endElement()
        try writer.endElement()
        sink.append(try writer.finish())
    }

    /// `<node id="...">` with its `<data>`: label, the shared columns, colour and size.
    private func addNode(
        _ node: UnsafePointer<Node>, documents: UnsafeBufferPointer<DocumentInfo>, size: UnsafePointer<String>,
        data: DataElements, typeData: TypeData, to elements: inout TextElementBatch
    ) {
        elements.startElement("node")
        elements.attribute("id", textAt: node.pointer(to: \.id)!)
        elements.add(data.nodeLabel, textAt: node.pointer(to: \.label)!)
        GraphAttributes.forEachValue(of: node, documents: documents) { column, value in
            elements.add(data.nodeColumns[column], value: value)
        }
        elements.add(children: typeData.colours[node.pointee.type])
        elements.add(data.size, textAt: size)
        elements.endElement()
    }

    /// `<edge id="..." source="..." target="...">` with its `<data>`: the shared columns, label and weight.
    private func addEdge(
        _ edge: UnsafePointer<Edge>, id: UnsafePointer<String>, data: DataElements, typeData: TypeData,
        to elements: inout TextElementBatch
    ) {
        elements.startElement("edge")
        elements.attribute("id", textAt: id)
        elements.attribute("source", textAt: edge.pointer(to: \.source)!)
        elements.attribute("target", textAt: edge.pointer(to: \.target)!)
        GraphAttributes.forEachValue(of: edge) { column, value in elements.add(data.edgeColumns[column], value: value) }
        elements.add(children: typeData.edgeEnds[edge.pointee.type])
        elements.endElement()
    }

    /// The `<data>` that are the same for every node or edge of a type,
    /// rendered once an export (``XMLSupport/TextElementBatch/prepareChildren(_:)``).
    private struct TypeData {
        /// A node's colour: `r`, `g` and `b`.
        let colours: ByType<NodeType>
        /// An edge's last `<data>`: its label (the type) and weight.
        let edgeEnds: ByType<EdgeType>

        /// Renders the `<data>` as children of a node or edge started next in `elements`.
        init(data: DataElements, preparedIn elements: borrowing TextElementBatch) {
            colours = ByType { type in
                let style = NodeStyle(type)
                return elements.prepareChildren { children in
                    children.add(data.red, decimal: style.red)
                    children.add(data.green, decimal: style.green)
                    children.add(data.blue, decimal: style.blue)
                }
            }
            edgeEnds = ByType { type in
                elements.prepareChildren { children in
                    children.add(data.edgeLabel, text: type.rawValue)
                    children.add(data.weight, text: "1.0")
                }
            }
        }
    }

    /// The prepared `<data>` element of every key, read from ``GraphMLKey``'s
    /// statics once an export: each read of a static first checks that it was made.
    private struct DataElements {
        let nodeLabel = GraphMLKey.nodeLabel.data
        let nodeColumns = GraphMLKey.nodeData
        let red = GraphMLKey.red.data
        let green = GraphMLKey.green.data
        let blue = GraphMLKey.blue.data
        let size = GraphMLKey.size.data
        let edgeColumns = GraphMLKey.edgeData
        let edgeLabel = GraphMLKey.edgeLabel.data
        let weight = GraphMLKey.weight.data
    }
}
