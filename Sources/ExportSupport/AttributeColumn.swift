/// One attribute that the GraphML and GEXF exports declare (a GraphML `<key>`,
/// a GEXF `<attribute>`), with the name the export contract fixes.
public struct AttributeColumn: Hashable, Sendable {
    /// The value type of a column.
    public enum Kind: Hashable, Sendable {
        /// Text.
        case string
        /// A 32-bit integer (offsets).
        case int
        /// A 64-bit integer (quantities).
        case long
        /// A floating-point number, written with `.`.
        case double
        /// `true` or `false`.
        case boolean
    }

    /// The attribute's name (`attr.name` in GraphML, `title` in GEXF).
    public var name: String
    /// Its value type.
    public var kind: Kind

    /// Creates a column.
    public init(_ name: String, _ kind: Kind) {
        self.name = name
        self.kind = kind
    }
}
