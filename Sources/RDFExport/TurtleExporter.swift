import ExportSupport
import NewsGraphModel

/// Writes a ``NewsGraphModel/Graph`` as Turtle: the same triples as
/// ``NTriplesExporter``, one block a subject, with prefixes, `a`, `;` and `,`.
///
///     ngr:person-mark-rutte a ng:Person ;
///         rdfs:label "Mark Rutte" ;
///         ng:asserts ngr:statement-0f3a9c2e51b7d804 .
///
/// See `Ontology/newsgraph.ttl` for the classes and properties.
public struct TurtleExporter: GraphExporter {
    /// `ttl`.
    public var fileExtension: String { "ttl" }

    /// Creates the exporter.
    public init() {}

    /// The whole Turtle file.
    public func export(_ graph: Graph) throws -> [UInt8] {
        var sink = TurtleSink()
        sink.out.reserveCapacity(graph.nodes.count * 300 + graph.edges.count * 800)
        for (prefix, namespace) in RDFVocabulary.prefixes {
            sink.out.append(contentsOf: "@prefix \(prefix): <\(namespace)> .\n".utf8)
        }
        RDFMapping(graph).write(to: &sink)
        return sink.out
    }
}

/// Renders triples as Turtle blocks, one a subject.
struct TurtleSink: RDFSink {
    /// The file so far.
    var out: [UInt8] = []
    /// The predicate of the previous triple of the current subject.
    private var previous: RDFPredicate?

    mutating func begin(subject iri: String) {
        out.append(UInt8(ascii: "\n"))
        Self.appendName(iri, to: &out)
        previous = nil
    }

    mutating func add(_ predicate: RDFPredicate, _ object: RDFTerm) {
        if predicate == previous {
            out.append(contentsOf: Self.sameObject)
        } else {
            out.append(contentsOf: previous == nil ? Self.firstPredicate : Self.nextPredicate)
            out.append(contentsOf: predicate.turtle)
            out.append(UInt8(ascii: " "))
            previous = predicate
        }
        Self.append(object, to: &out)
    }

    mutating func end() { out.append(contentsOf: Self.blockEnd) }

    private static let sameObject = Array(",\n        ".utf8)
    private static let firstPredicate = Array(" ".utf8)
    private static let nextPredicate = Array(" ;\n    ".utf8)
    private static let blockEnd = Array(" .\n".utf8)

    /// Appends a term in Turtle syntax: prefixed names where possible, bare integers and booleans.
    static func append(_ term: RDFTerm, to out: inout [UInt8]) {
        switch term {
        case .resource(let id):
            if isLocalName(id) {
                out.append(contentsOf: "ngr:".utf8)
                out.append(contentsOf: id.utf8)
            } else {
                NTriplesSink.append(term, to: &out)
            }
        case .iri(let iri): appendName(iri, to: &out)
        case .string(let text): NTriplesSink.appendString(text, to: &out)
        case .integer(let value): out.append(contentsOf: String(value).utf8)
        case .boolean(let value): out.append(contentsOf: (value ? "true" : "false").utf8)
        case .date(let day):
            NTriplesSink.appendString(day, to: &out)
            out.append(contentsOf: "^^xsd:date".utf8)
        }
    }

    /// Appends `prefix:local` when the IRI starts with a declared namespace
    /// and the rest is a plain local name; otherwise `<iri>`.
    static func appendName(_ iri: String, to out: inout [UInt8]) {
        for (prefix, namespace) in RDFVocabulary.prefixes where iri.hasPrefix(namespace) {
            let local = Substring(iri.utf8.dropFirst(namespace.utf8.count))
            if isLocalName(local) {
                out.append(contentsOf: prefix.utf8)
                out.append(UInt8(ascii: ":"))
                out.append(contentsOf: local.utf8)
                return
            }
        }
        NTriplesSink.appendIRI(iri, to: &out)
    }

    /// Letters, digits, `_` and `-`, not empty and not starting with `-`:
    /// a local name Turtle reads without escapes.
    private static func isLocalName(_ name: some StringProtocol) -> Bool {
        guard let first = name.utf8.first, first != UInt8(ascii: "-") else { return false }
        return name.utf8.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "_")
                || byte == UInt8(ascii: "-")
        }
    }
}
