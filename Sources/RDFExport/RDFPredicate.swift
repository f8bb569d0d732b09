/// A predicate (or class) IRI with its spelling in both syntaxes, rendered once.
struct RDFPredicate: Hashable, Sendable {
    /// The IRI.
    let iri: String
    /// `<iri>` for N-Triples.
    let nTriples: [UInt8]
    /// `prefix:local` (or `a` for `rdf:type`) for Turtle.
    let turtle: [UInt8]

    /// The predicate `namespace + local`, written `prefix:local` in Turtle.
    init(_ prefix: String, _ namespace: String, _ local: String) {
        iri = namespace + local
        nTriples = Array("<\(iri)>".utf8)
        turtle = Array(prefix == "rdf" && local == "type" ? "a".utf8 : "\(prefix):\(local)".utf8)
    }

    static func == (lhs: RDFPredicate, rhs: RDFPredicate) -> Bool { lhs.iri == rhs.iri }

    func hash(into hasher: inout Hasher) { hasher.combine(iri) }
}
