import NewsGraphModel

/// One value of a ``GraphAttributes`` column, as the node or edge holds it,
/// so that an exporter can write it without building its text first.
/// ``text`` is the text that every export writes for it.
public enum AttributeValue: Hashable, Sendable {
    /// Text.
    case text(String)
    /// A list of one or more items, written joined by `|`.
    case joined([String])
    /// The IRI of the resource with this id (``NewsGraphModel/Identifier/iri(for:)``).
    case iri(id: String)
    /// An integer, in decimal.
    case integer(Int)
    /// `true` or `false`.
    case boolean(Bool)

    /// The value as text.
    public var text: String {
        switch self {
        case .text(let text): text
        case .joined(let items): items.joined(separator: "|")
        case .iri(let id): Identifier.iri(for: id)
        case .integer(let value): String(value)
        case .boolean(let value): value ? "true" : "false"
        }
    }
}
