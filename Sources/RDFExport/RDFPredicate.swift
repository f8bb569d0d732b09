import ExportSupport
import NewsGraphModel

/// A predicate or class IRI with its spellings in both syntaxes, each
/// rendered once with the pieces that come next to it in a triple, so that
/// a triple is put together from a few pieces.
///
/// The spellings lie in memory of their own that is never freed: predicates
/// are made once each, with the ``RDFVocabulary``, and live as long as the
/// program. A predicate is a handful of pointers, so passing one around
/// copies them and counts no references.
struct RDFPredicate: @unchecked Sendable {  // immutable; its memory is never freed
    /// `<iri>`: the term as the object of an N-Triples line (a class).
    let nTriplesTerm: UnsafeBufferPointer<UInt8>
    /// What follows the subject's id on an N-Triples line: `> <iri> `
    /// before a term, `> <iri> <` and the resource namespace before a
    /// resource id, `> <iri> "` before a literal's content.
    let nTriplesPredicate: UnsafeBufferPointer<UInt8>
    let nTriplesResource: UnsafeBufferPointer<UInt8>
    let nTriplesLiteral: UnsafeBufferPointer<UInt8>
    /// `prefix:local` (or `a` for `rdf:type`): the term as a Turtle object.
    let turtleTerm: UnsafeBufferPointer<UInt8>
    /// What goes before the object in Turtle: ` prefix:local ` for the
    /// first predicate of a subject and ` ;\n    prefix:local ` for the next.
    let turtleFirstPredicate: UnsafeBufferPointer<UInt8>
    let turtleNextPredicate: UnsafeBufferPointer<UInt8>

    /// The predicate `namespace + local`, written `prefix:local` in Turtle.
    init(_ prefix: String, _ namespace: String, _ local: String) {
        let iri = namespace + local
        let turtleName = prefix == "rdf" && local == "type" ? "a" : "\(prefix):\(local)"
        let spellings = [
            "<\(iri)>", "> <\(iri)> ", "> <\(iri)> <\(Identifier.resourceNamespace)", "> <\(iri)> \"", turtleName, " \(turtleName) ",
            " ;\n    \(turtleName) ",
        ].map { Array($0.utf8) }
        // One after another, the last followed by padding: each may be copied in runs (``ExportSupport/BytePiece/put(runsOf:)``).
        let memory = ByteWords.paddedCopy(of: Array(spellings.joined()))
        var start = 0
        let pieces = spellings.map { bytes in
            start += bytes.count
            return UnsafeBufferPointer(rebasing: memory[(start - bytes.count)..<start])
        }
        nTriplesTerm = pieces[0]
        nTriplesPredicate = pieces[1]
        nTriplesResource = pieces[2]
        nTriplesLiteral = pieces[3]
        turtleTerm = pieces[4]
        turtleFirstPredicate = pieces[5]
        turtleNextPredicate = pieces[6]
    }

    /// Where the predicate's spellings are: the same for the same predicate, different for any other.
    var identity: UnsafePointer<UInt8> { nTriplesTerm.baseAddress! }
}
