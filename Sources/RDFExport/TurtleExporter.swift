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

    /// Writes the whole Turtle file.
    public func write(_ graph: Graph, to sink: inout ByteSink) throws {
        var blocks = TurtleSink()
        swap(&blocks.out, &sink)
        defer { swap(&blocks.out, &sink) }
        for (prefix, namespace) in RDFVocabulary.prefixes {
            blocks.out.append("@prefix \(prefix): <\(namespace)> .\n")
        }
        RDFMapping(graph).write(to: &blocks)
    }
}

/// Renders triples as Turtle blocks, one a subject.
struct TurtleSink: RDFSink {
    /// Where the blocks go.
    var out = ByteSink()
    /// The predicate of the previous triple of the current subject.
    private var previous: RDFPredicate?

    mutating func begin(subject iri: String) {
        out.append(UInt8(ascii: "\n"))
        Self.appendName(iri, to: &out)
        previous = nil
    }

    mutating func add(_ predicate: RDFPredicate, _ object: RDFTerm) {
        if predicate == previous {
            out.append(Self.sameObject)
        } else {
            out.append(previous == nil ? Self.firstPredicate : Self.nextPredicate)
            out.append(predicate.turtle)
            out.append(UInt8(ascii: " "))
            previous = predicate
        }
        Self.append(object, to: &out)
    }

    mutating func end() { out.append(Self.blockEnd) }

    private static let sameObject = Array(",\n        ".utf8)
    private static let firstPredicate = Array(" ".utf8)
    private static let nextPredicate = Array(" ;\n    ".utf8)
    private static let blockEnd = Array(" .\n".utf8)
    private static let resourcePrefix = Array("ngr:".utf8)
    private static let dateType = Array("^^xsd:date".utf8)

    /// Appends a term in Turtle syntax: prefixed names where possible, bare integers and booleans.
    static func append(_ term: RDFTerm, to out: inout ByteSink) {
        switch term {
        case .resource(let id):
            if isLocalName(id) {
                out.append(Self.resourcePrefix)
                out.append(id)
            } else {
                NTriplesSink.append(term, to: &out)
            }
        case .iri(let iri): appendName(iri, to: &out)
        case .string(let text): NTriplesSink.appendString(text, to: &out)
        case .integer(let value): out.append(decimal: value)
        case .boolean(let value): out.append(value ? "true" : "false")
        case .date(let day):
            NTriplesSink.appendString(day, to: &out)
            out.append(Self.dateType)
        }
    }

    /// Appends `prefix:local` when the IRI starts with a declared namespace
    /// and the rest is a plain local name; otherwise `<iri>`.
    static func appendName(_ iri: String, to out: inout ByteSink) {
        for (prefix, namespace) in RDFVocabulary.prefixes where iri.hasPrefix(namespace) {
            let local = Substring(iri.utf8.dropFirst(namespace.utf8.count))
            if isLocalName(local) {
                out.append(prefix)
                out.append(UInt8(ascii: ":"))
                out.append(local)
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
