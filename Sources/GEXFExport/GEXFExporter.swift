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

    /// The plain texts shared with the other exporters of the same graph, if any.
    private let texts: SharedPlainTexts?
    /// The documents shared with the other exporters of the same graph, if any.
    private let documents: SharedGraphDocuments?

    /// Creates the exporter; with `texts`, it uses (or works out) the plain
    /// texts (``ExportSupport/PlainTexts``) other exporters of the graph share,
    /// and copies them as they are instead of escaping them; with `documents`,
    /// the documents (``ExportSupport/GraphDocuments``) that its timeline starts from.
    public init(sharing texts: SharedPlainTexts? = nil, documents: SharedGraphDocuments? = nil) {
        self.texts = texts
        self.documents = documents
    }

    static let namespace = "http://gexf.net/1.3"
    static let vizNamespace = "http://gexf.net/1.3/viz"

    /// Writes the whole GEXF file through libxml2's `xmlTextWriter`, handing it
    /// to `sink` in parts. The document, declarations and lists are libxml2
    /// elements; the nodes and edges with their children (`<attvalues>`,
    /// `<viz:...>`) are escaped in Swift as libxml2 escapes them, straight
    /// into the sink (``XMLSupport/XMLWriter/writeChildren(to:_:)``).
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
        let days = GraphDays(graph, documents: documents?.of(graph) ?? GraphDocuments(graph))
        let plain = texts?.of(graph)
        let sizes = NodeStyle.sizeTexts(degrees: graph.degrees())
        try writer.startElement("nodes")
        try writer.attribute("count", String(graph.nodes.count))
        // The <node> and <edge> elements, children of <nodes> and <edges>, escaped straight into the sink.
        // Nodes, edges, documents and their texts are read in place through
        // pointers: taking one out of its array would copy it, retaining every string it holds.
        if !graph.nodes.isEmpty {
            try writer.writeChildren(to: &sink) { elements in
                let nodeParts = NodeParts(preparedIn: elements)
                graph.nodes.withUnsafeBufferPointer { nodes in
                    graph.documents.withUnsafeBufferPointer { documents in
                        sizes.withUnsafeBufferPointer { sizes in
                            days.nodeDays.withUnsafeBufferPointer { starts in
                                for index in nodes.indices {
                                    elements.textIsPlain = plain?.nodes[index] ?? false
                                    Self.addNode(
                                        nodes.baseAddress! + index, documents: documents, size: sizes.baseAddress! + index,
                                        start: starts.baseAddress! + index, parts: nodeParts, to: &elements)
                                }
                            }
                        }
                    }
                }
            }
        }
        try writer.endElement()
        try writer.startElement("edges")
        try writer.attribute("count", String(graph.edges.count))
        if !graph.edges.isEmpty {
            try writer.writeChildren(to: &sink) { elements in
                let edgeParts = EdgeParts(preparedIn: elements)
                graph.edges.withUnsafeBufferPointer { edges in
                    graph.edgeIDs.withUnsafeBufferPointer { ids in
                        days.edgeDays.withUnsafeBufferPointer { starts in
                            for index in edges.indices {
                                elements.textIsPlain = plain?.edges[index] ?? false
                                Self.addEdge(
                                    edges.baseAddress! + index, id: ids.baseAddress! + index,
                                    start: starts.baseAddress! + index, parts: edgeParts, to: &elements)
                            }
                        }
                    }
                }
            }
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

    /// `<node id="..." label="..." start="...">` with its `<attvalues>` and `<viz:...>` children.
    private static func addNode(
        _ node: UnsafePointer<Node>, documents: UnsafeBufferPointer<DocumentInfo>, size: UnsafePointer<String>,
        start: UnsafePointer<String?>, parts: NodeParts, to elements: inout TextElementBatch
    ) {
        elements.startElement("node")
        elements.attribute("id", textAt: node.pointer(to: \.id)!)
        elements.attribute("label", textAt: node.pointer(to: \.label)!)
        if start.pointee != nil { elements.attribute("start", textAt: start) }
        elements.startElement("attvalues")
        let values = parts.values
        GraphAttributes.forEachValue(of: node, documents: documents) { column, value in
            elements.add(values[column], value: value)
        }
        elements.endElement()
        elements.add(children: parts.colours[node.pointee.type])
        elements.startElement("viz:size")
        elements.attribute("value", textAt: size)
        elements.endElement()
        elements.add(children: parts.shapes[node.pointee.type])
        elements.endElement()
    }

    /// `<edge id="..." source="..." target="..." ...>` with its `<attvalues>` and `<viz:color>`.
    private static func addEdge(
        _ edge: UnsafePointer<Edge>, id: UnsafePointer<String>, start: UnsafePointer<String?>, parts: EdgeParts,
        to elements: inout TextElementBatch
    ) {
        elements.startElement("edge")
        elements.attribute("id", textAt: id)
        elements.attribute("source", textAt: edge.pointer(to: \.source)!)
        elements.attribute("target", textAt: edge.pointer(to: \.target)!)
        elements.add(attributes: parts.attributes[edge.pointee.type])
        if start.pointee != nil { elements.attribute("start", textAt: start) }
        elements.startElement("attvalues")
        let values = parts.values
        GraphAttributes.forEachValue(of: edge) { column, value in elements.add(values[column], value: value) }
        elements.endElement()
        elements.add(children: parts.colours[edge.pointee.type])
        elements.endElement()
    }

    /// The children of a node that are the same for every node of a type,
    /// rendered once an export (``XMLSupport/TextElementBatch/prepareChildren(_:)``).
    private struct NodeParts {
        /// `<viz:color r="..." g="..." b="..."/>`.
        let colours: ByType<NodeType>
        /// `<viz:shape value="..."/>`.
        let shapes: ByType<NodeType>
        /// The `<attvalue>` of each node column, read from the type's
        /// constant once an export rather than once a node.
        let values = nodeValues

        /// Renders the children of a node started next in `elements`.
        init(preparedIn elements: borrowing TextElementBatch) {
            colours = colourElements(in: elements) { type in
                let style = NodeStyle(type)
                return (style.red, style.green, style.blue)
            }
            shapes = ByType { type in
                elements.prepareChildren { children in
                    children.startElement("viz:shape")
                    children.attribute("value", text: NodeStyle(type).gexfShape)
                    children.endElement()
                }
            }
        }
    }

    /// The attributes and children of an edge that are the same for every edge of a type, rendered once an export.
    private struct EdgeParts {
        /// `label="..." kind="..." weight="1.0"`: the type as label and kind.
        let attributes: ByType<EdgeType>
        /// `<viz:color r="..." g="..." b="..."/>`.
        let colours: ByType<EdgeType>
        /// The `<attvalue>` of each edge column, read from the type's
        /// constant once an export rather than once an edge.
        let values = edgeValues

        /// Renders the parts of an edge started next in `elements`.
        init(preparedIn elements: borrowing TextElementBatch) {
            attributes = ByType { type in
                TextElementBatch.prepareAttributes([("label", type.rawValue), ("kind", type.rawValue), ("weight", "1.0")])
            }
            colours = colourElements(in: elements) { type in
                let style = EdgeStyle(type)
                return (style.red, style.green, style.blue)
            }
        }
    }

    /// The prepared `<attvalue for="column" value="..."/>` of each of `columns`.
    private static func attributeValues(_ columns: [AttributeColumn]) -> [TextElement] {
        columns.map { TextElement("attvalue", attributes: [("for", $0.name)], valueAttribute: "value") }
    }

    /// The `<attvalue>` of each node column, aligned with ``ExportSupport/GraphAttributes/nodeColumns``.
    private static let nodeValues = attributeValues(GraphAttributes.nodeColumns)
    /// The `<attvalue>` of each edge column, aligned with ``ExportSupport/GraphAttributes/edgeColumns``.
    private static let edgeValues = attributeValues(GraphAttributes.edgeColumns)

    /// The `<viz:color>` of each case of a type whose colour `rgb` gives,
    /// rendered as a child of an element started next in `elements`.
    private static func colourElements<Type: CaseIterable & Equatable>(
        in elements: borrowing TextElementBatch, _ rgb: (Type) -> (red: Int, green: Int, blue: Int)
    ) -> ByType<Type> {
        ByType { type in
            let colour = rgb(type)
            return elements.prepareChildren { addColour(red: colour.red, green: colour.green, blue: colour.blue, to: &$0) }
        }
    }

    /// `<viz:color r="..." g="..." b="..."/>`.
    private static func addColour(red: Int, green: Int, blue: Int, to children: inout TextElementBatch) {
        children.startElement("viz:color")
        children.attribute("r", decimal: red)
        children.attribute("g", decimal: green)
        children.attribute("b", decimal: blue)
        children.endElement()
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
