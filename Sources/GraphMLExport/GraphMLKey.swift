import ExportSupport
import XMLSupport

/// One GraphML `<key>`: its id, what it is for, and its column.
struct GraphMLKey: Hashable, Sendable {
    /// The key id: `n-` or `e-` and the attribute name (an NMTOKEN).
    var id: String
    /// `node` or `edge`.
    var domain: String
    /// The attribute name and type.
    var column: AttributeColumn
    /// The prepared `<data key="...">` element for values of this key.
    var data: TextElement

    private init(domain: String, _ column: AttributeColumn) {
        id = (domain == "node" ? "n-" : "e-") + column.name
        self.domain = domain
        self.column = column
        data = TextElement("data", attributes: [("key", id)])
    }

    /// The node key of a shared column.
    static func node(_ column: AttributeColumn) -> GraphMLKey { GraphMLKey(domain: "node", column) }
    /// The edge key of a shared column.
    static func edge(_ column: AttributeColumn) -> GraphMLKey { GraphMLKey(domain: "edge", column) }

    /// Node `label`: the canonical name.
    static let nodeLabel = node(AttributeColumn("label", .string))
    /// Node `r`: the red of the type's colour, as Gephi reads it.
    static let red = node(AttributeColumn("r", .int))
    /// Node `g`: the green of the type's colour.
    static let green = node(AttributeColumn("g", .int))
    /// Node `b`: the blue of the type's colour.
    static let blue = node(AttributeColumn("b", .int))
    /// Node `size`: by degree.
    static let size = node(AttributeColumn("size", .double))
    /// Edge `label`: the edge type again, for Gephi's edge labels.
    static let edgeLabel = edge(AttributeColumn("label", .string))
    /// Edge `weight`: 1.0 per occurrence.
    static let weight = edge(AttributeColumn("weight", .double))

    /// The keys of the shared node columns, aligned with ``ExportSupport/GraphAttributes/nodeColumns``.
    static let nodeDataKeys = GraphAttributes.nodeColumns.map(node)
    /// The keys of the shared edge columns, aligned with ``ExportSupport/GraphAttributes/edgeColumns``.
    static let edgeDataKeys = GraphAttributes.edgeColumns.map(edge)

    /// The `<data>` elements of ``nodeDataKeys``, by column.
    static let nodeData = nodeDataKeys.map(\.data)
    /// The `<data>` elements of ``edgeDataKeys``, by column.
    static let edgeData = edgeDataKeys.map(\.data)

    /// Every node key, in the order declared and written.
    static let nodeKeys = [nodeLabel] + nodeDataKeys + [red, green, blue, size]
    /// Every edge key, in the order declared and written.
    static let edgeKeys = edgeDataKeys + [edgeLabel, weight]

    /// The `attr.type` of the key.
    var typeName: String {
        switch column.kind {
        case .string: "string"
        case .int: "int"
        case .long: "long"
        case .double: "double"
        case .boolean: "boolean"
        }
    }
}
