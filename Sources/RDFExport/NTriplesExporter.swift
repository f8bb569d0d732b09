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
        var sink = NTriplesSink()
        sink.out.reserveCapacity(graph.nodes.count * 600 + graph.edges.count * 2_000)
        RDFMapping(graph).write(to: &sink)
        return sink.out
    }
}

/// Renders triples as N-Triples lines.
struct NTriplesSink: RDFSink {
    /// The file so far.
    var out: [UInt8] = []
    /// `<subject> ` of the current subject.
    private var subject: [UInt8] = []

    mutating func begin(subject iri: String) {
        subject.removeAll(keepingCapacity: true)
        Self.appendIRI(iri, to: &subject)
        subject.append(UInt8(ascii: " "))
    }

    mutating func add(_ predicate: RDFPredicate, _ object: RDFTerm) {
        out.append(contentsOf: subject)
        out.append(contentsOf: predicate.nTriples)
        out.append(UInt8(ascii: " "))
        Self.append(object, to: &out)
        out.append(contentsOf: Self.lineEnd)
    }

    mutating func end() {}

    private static let lineEnd = Array(" .\n".utf8)
    private static let resourceStart = Array("<\(RDFVocabulary.prefixes[1].namespace)".utf8)

    /// Appends a term in N-Triples syntax.
    static func append(_ term: RDFTerm, to out: inout [UInt8]) {
        switch term {
        case .resource(let id):
            out.append(contentsOf: resourceStart)
            out.append(contentsOf: id.utf8)
            out.append(UInt8(ascii: ">"))
        case .iri(let iri): appendIRI(iri, to: &out)
        case .string(let text): appendString(text, to: &out)
        case .integer(let value): appendTyped(String(value), RDFVocabulary.xsdInteger, to: &out)
        case .boolean(let value): appendTyped(value ? "true" : "false", RDFVocabulary.xsdBoolean, to: &out)
        case .date(let day): appendTyped(day, RDFVocabulary.xsdDate, to: &out)
        }
    }

    /// Appends `<iri>`.
    static func appendIRI(_ iri: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "<"))
        out.append(contentsOf: iri.utf8)
        out.append(UInt8(ascii: ">"))
    }

    /// Appends `"text"` with the text escaped.
    static func appendString(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        RDFSyntax.appendEscapedLiteral(text, to: &out)
        out.append(UInt8(ascii: "\""))
    }

    private static func appendTyped(_ lexical: String, _ datatype: String, to out: inout [UInt8]) {
        appendString(lexical, to: &out)
        out.append(contentsOf: "^^".utf8)
        appendIRI(datatype, to: &out)
    }
}
