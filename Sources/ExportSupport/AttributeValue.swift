import NewsGraphModel

/// One value of a ``GraphAttributes`` column, as the node or edge holds it,
/// so that an exporter can write it without building its text first.
/// ``text`` is the text that every export writes for it.
///
/// Stored text comes as the place where it is stored (a field of the node or
/// edge, valid while ``GraphAttributes`` calls with it), to be read there:
/// handed over as a string, every one would be retained and released on its
/// way to the writer, an atomic count that two exporters reading the same graph at once contend for.
public enum AttributeValue {
    /// The text stored here.
    case text(UnsafePointer<String>)
    /// The optional text stored here, never nil when handed over.
    case presentText(UnsafePointer<String?>)
    /// A constant text: the name of a type or form, letters only (nothing
    /// that XML or any other export escapes).
    case constant(String)
    /// The list of one or more items stored here, written joined by `|`.
    case joined(UnsafePointer<[String]>)
    /// The IRI of the resource whose id is stored here: ``iriPrefix`` and the id.
    case iri(id: UnsafePointer<String>)
    /// An integer, in decimal.
    case integer(Int)
    /// `true` or `false`.
    case boolean(Bool)

    /// What the IRI of a resource starts with, before its id (``NewsGraphModel/Identifier/resourceNamespace``).
    public static var iriPrefix: String { Identifier.resourceNamespace }

    /// The value as text.
    public var text: String {
        switch self {
        case .text(let text): text.pointee
        case .presentText(let text): text.pointee ?? ""
        case .constant(let text): text
        case .joined(let items): items.pointee.joined(separator: "|")
        case .iri(let id): Identifier.iri(for: id.pointee)
        case .integer(let value): String(value)
        case .boolean(let value): value ? "true" : "false"
        }
    }
}
