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

    /// Writes the whole N-Triples file.
    public func write(_ graph: Graph, to sink: inout ByteSink) throws {
        var triples = NTriplesSink()
        swap(&triples.out, &sink)
        defer { swap(&triples.out, &sink) }
        RDFMapping(graph).write(to: &triples)
    }
}

/// Renders triples as N-Triples lines.
struct NTriplesSink: RDFSink {
    /// Where the lines go.
    var out = ByteSink()
    /// `<subject> ` of the current subject.
    private var subject: [UInt8] = []

    mutating func begin(subject iri: String) {
        subject.removeAll(keepingCapacity: true)
        subject.append(UInt8(ascii: "<"))
        subject.append(contentsOf: iri.utf8)
        subject.append(contentsOf: ">".utf8)
        subject.append(UInt8(ascii: " "))
    }

    mutating func add(_ predicate: RDFPredicate, _ object: RDFTerm) {
        out.append(subject)
        out.append(predicate.nTriples)
        out.append(UInt8(ascii: " "))
        Self.append(object, to: &out)
        out.append(Self.lineEnd)
    }

    mutating func end() {}

    private static let lineEnd = Array(" .\n".utf8)
    private static let resourceStart = Array("<\(RDFVocabulary.prefixes[1].namespace)".utf8)

    /// Appends a term in N-Triples syntax.
    static func append(_ term: RDFTerm, to out: inout ByteSink) {
        switch term {
        case .resource(let id):
            out.append(resourceStart)
            out.append(id)
            out.append(UInt8(ascii: ">"))
        case .iri(let iri): appendIRI(iri, to: &out)
        case .string(let text): appendString(text, to: &out)
        case .integer(let value): appendTyped(String(value), RDFVocabulary.xsdInteger, to: &out)
        case .boolean(let value): appendTyped(value ? "true" : "false", RDFVocabulary.xsdBoolean, to: &out)
        case .date(let day): appendTyped(day, RDFVocabulary.xsdDate, to: &out)
        }
    }

    /// Appends `<iri>`.
    static func appendIRI(_ iri: String, to out: inout ByteSink) {
        out.append(UInt8(ascii: "<"))
        out.append(iri)
        out.append(UInt8(ascii: ">"))
    }

    /// Appends `"text"` with the text escaped.
    static func appendString(_ text: String, to out: inout ByteSink) {
        out.append(UInt8(ascii: "\""))
        RDFSyntax.appendEscapedLiteral(text, to: &out)
        out.append(UInt8(ascii: "\""))
    }

    private static func appendTyped(_ lexical: String, _ datatype: String, to out: inout ByteSink) {
        appendString(lexical, to: &out)
        out.append(UInt8(ascii: "^"))
        out.append(UInt8(ascii: "^"))
        appendIRI(datatype, to: &out)
    }
}
