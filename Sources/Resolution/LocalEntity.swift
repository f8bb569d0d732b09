import NewsGraphModel

/// An entity as one document names it: the document and its ``EntityRef``.
struct LocalEntity: Hashable, Comparable, Sendable {
    /// The document id.
    var document: String
    /// The document-level reference.
    var ref: EntityRef

    static func < (lhs: LocalEntity, rhs: LocalEntity) -> Bool { (lhs.document, lhs.ref) < (rhs.document, rhs.ref) }
}
