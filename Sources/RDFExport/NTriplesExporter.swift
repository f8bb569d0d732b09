import ExportSupport
import NewsGraphModel

/// Writes a ``NewsGraphModel/Graph`` as N-Triples: one triple a line, the
/// same triples as ``TurtleExporter``, subjects sorted by IRI.
///
///     <https://w3id.org/newsgraph/id/person-mark-rutte> <http://www.w3.org/2000/01/rdf-schema#label> "Mark Rutte" .
///
/// See `Ontology/newsgraph.ttl` for the classes and properties.
public struct NTriplesExporter: GraphExporter {
    /// `nt`.
    public var fileExtension: String { "nt" }

    /// Creates the exporter.
    public init() {}

    /// The whole N-Triples file.
    public func export(_ graph: Graph) throws -> [UInt8] {
        RDFWriter.write(RDFMapping(graph), prologue: "") { description, out in
            let subject = "<\(description.subject)> "
            for (predicate, object) in description.statements {
                out.append(contentsOf: subject.utf8)
                out.append(contentsOf: "<\(predicate)> ".utf8)
                out.append(contentsOf: Self.term(object).utf8)
                out.append(contentsOf: " .\n".utf8)
            }
        }
    }

    /// A term in N-Triples syntax.
    static func term(_ term: RDFTerm) -> String {
        switch term {
        case .iri(let iri): "<\(iri)>"
        case .string(let text): "\"\(RDFSyntax.escapedLiteral(text))\""
        case .integer(let value): "\"\(value)\"^^<\(RDFVocabulary.integer)>"
        case .boolean(let value): "\"\(value)\"^^<\(RDFVocabulary.boolean)>"
        case .date(let day): "\"\(day)\"^^<\(RDFVocabulary.date)>"
        }
    }
}
