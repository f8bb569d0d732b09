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

    /// The triples shared with other RDF exporters of the same graph, if any.
    private let shared: SharedTriples?

    /// Creates the exporter; with `shared`, it uses (or builds) the triples other RDF exporters of the graph share.
    public init(sharing shared: SharedTriples? = nil) {
        self.shared = shared
    }

    /// Writes the whole N-Triples file.
    public func write(_ graph: Graph, to sink: inout ByteSink) throws {
        var triples = NTriplesSink()
        swap(&triples.out, &sink)
        defer { swap(&triples.out, &sink) }
        (shared?.mapping(of: graph) ?? RDFMapping(graph)).write(to: &triples)
    }
}

/// Renders triples as N-Triples lines.
struct NTriplesSink: RDFSink {
    /// Where the lines go.
    var out = ByteSink()
    /// `<subject> ` of the current subject, the start of each of its lines.
    private var subject = ByteSink()
    /// The constants below used on every line, read once: they live as long
    /// as the program, and a stored buffer costs no lazy-global check or reference count per use.
    private let lineEnd = Self.lineEndBytes.buffer
    private let resourceStart = Self.resourceStartBytes.buffer
    private let integerType = Self.integerTypeBytes.buffer

    mutating func begin(subject id: ResourceID) {
        subject.removeAll()
        Self.appendResource(id.bytes, start: resourceStart, to: &subject)
        subject.append(UInt8(ascii: " "))
    }

    mutating func add(_ predicate: RDFPredicate, resource id: ResourceID) {
        start(predicate)
        Self.appendResource(id.bytes, start: resourceStart, to: &out)
        finish()
    }

    mutating func add(_ predicate: RDFPredicate, term: RDFPredicate) {
        start(predicate)
        out.append(term.nTriples)
        finish()
    }

    mutating func add(_ predicate: RDFPredicate, iri: String) {
        start(predicate)
        Self.appendIRI(iri, to: &out)
        finish()
    }

    mutating func add(_ predicate: RDFPredicate, string: String) {
        start(predicate)
        Self.appendString(string, to: &out)
        finish()
    }

    mutating func add(_ predicate: RDFPredicate, integer: Int) {
        start(predicate)
        out.append(UInt8(ascii: "\""))
        out.append(decimal: integer)
        out.append(integerType)
        finish()
    }

    mutating func add(_ predicate: RDFPredicate, boolean: Bool) {
        start(predicate)
        out.append(boolean ? Self.trueLiteral : Self.falseLiteral)
        finish()
    }

    mutating func add(_ predicate: RDFPredicate, date day: String) {
        start(predicate)
        Self.appendString(day, to: &out)
        out.append(Self.dateType)
        finish()
    }

    mutating func end() {}

    /// Writes the subject and the predicate of a line.
    @inline(__always)
    private mutating func start(_ predicate: RDFPredicate) {
        out.append(subject)
        out.append(predicate.nTriplesPredicate)
    }

    /// Ends a line.
    @inline(__always)
    private mutating func finish() { out.append(lineEnd) }

    private static let lineEndBytes = FixedBytes(" .\n")
    private static let resourceStartBytes = FixedBytes("<\(Identifier.resourceNamespace)")
    private static let integerTypeBytes = FixedBytes("\"^^<\(RDFVocabulary.xsdInteger)>")
    private static let dateType = FixedBytes("^^<\(RDFVocabulary.xsdDate)>")
    private static let trueLiteral = FixedBytes("\"true\"^^<\(RDFVocabulary.xsdBoolean)>")
    private static let falseLiteral = FixedBytes("\"false\"^^<\(RDFVocabulary.xsdBoolean)>")

    /// Appends `<namespace id>`, the IRI of a resource of the export.
    static func appendResource(_ id: UnsafeBufferPointer<UInt8>, to out: inout ByteSink) {
        appendResource(id, start: resourceStartBytes.buffer, to: &out)
    }

    /// Appends `start` (`<` and the resource namespace), the id and `>`.
    @inline(__always)
    private static func appendResource(
        _ id: UnsafeBufferPointer<UInt8>, start: UnsafeBufferPointer<UInt8>, to out: inout ByteSink
    ) {
        out.append(start)
        out.append(id)
        out.append(UInt8(ascii: ">"))
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
}
