import ExportSupport

/// A predicate or class IRI with its spelling in both syntaxes, rendered
/// once. A class, so that passing one around copies no strings; each is
/// made once, in ``RDFVocabulary``, and compared by identity.
final class RDFPredicate: Sendable {
    /// The IRI.
    let iri: String
    /// `<iri>` for N-Triples.
    let nTriples: FixedBytes
    /// `prefix:local` (or `a` for `rdf:type`) for Turtle.
    let turtle: FixedBytes

    /// The predicate `namespace + local`, written `prefix:local` in Turtle.
    init(_ prefix: String, _ namespace: String, _ local: String) {
        iri = namespace + local
        nTriples = FixedBytes("<\(iri)>")
        turtle = FixedBytes(prefix == "rdf" && local == "type" ? "a" : "\(prefix):\(local)")
    }
}
