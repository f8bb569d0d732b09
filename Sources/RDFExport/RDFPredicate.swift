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
    /// What goes before the object when it is the predicate of a triple,
    /// rendered once so that a triple appends it in one piece: `<iri> ` in
    /// N-Triples; in Turtle ` prefix:local ` for the first predicate of a
    /// subject and ` ;\n    prefix:local ` for the next.
    let nTriplesPredicate: FixedBytes
    let turtleFirstPredicate: FixedBytes
    let turtleNextPredicate: FixedBytes

    /// The predicate `namespace + local`, written `prefix:local` in Turtle.
    init(_ prefix: String, _ namespace: String, _ local: String) {
        iri = namespace + local
        let turtleName = prefix == "rdf" && local == "type" ? "a" : "\(prefix):\(local)"
        nTriples = FixedBytes("<\(iri)>")
        turtle = FixedBytes(turtleName)
        nTriplesPredicate = FixedBytes("<\(iri)> ")
        turtleFirstPredicate = FixedBytes(" \(turtleName) ")
        turtleNextPredicate = FixedBytes(" ;\n    \(turtleName) ")
    }
}
