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
        var prologue = ""
        for (prefix, namespace) in RDFVocabulary.prefixes { prologue += "@prefix \(prefix): <\(namespace)> .\n" }
        return RDFWriter.write(RDFMapping(graph), prologue: prologue) { description, out in
            out.append(contentsOf: "\n\(Self.name(description.subject))".utf8)
            var previous: String?
            for (predicate, object) in description.statements {
                if predicate == previous {
                    out.append(contentsOf: ",\n        ".utf8)
                } else {
                    out.append(contentsOf: (previous == nil ? " " : " ;\n    ").utf8)
                    out.append(contentsOf: (predicate == RDFVocabulary.type ? "a" : Self.name(predicate)).utf8)
                    out.append(UInt8(ascii: " "))
                    previous = predicate
                }
                out.append(contentsOf: Self.term(object).utf8)
            }
            out.append(contentsOf: " .\n".utf8)
        }
    }

    /// A term in Turtle syntax: prefixed names where possible, bare integers and booleans.
    static func term(_ term: RDFTerm) -> String {
        switch term {
        case .iri(let iri): name(iri)
        case .string(let text): "\"\(RDFSyntax.escapedLiteral(text))\""
        case .integer(let value): String(value)
        case .boolean(let value): String(value)
        case .date(let day): "\"\(day)\"^^xsd:date"
        }
    }

    /// `prefix:local` when the IRI starts with a declared namespace and the
    /// rest is a plain local name (letters, digits, `_`, `-`, not starting
    /// with `-`); otherwise `<iri>`.
    static func name(_ iri: String) -> String {
        for (prefix, namespace) in RDFVocabulary.prefixes where iri.hasPrefix(namespace) {
            let local = iri.utf8.dropFirst(namespace.utf8.count)
            if let first = local.first, first != UInt8(ascii: "-"), local.allSatisfy(isLocalNameByte) {
                return prefix + ":" + String(decoding: local, as: UTF8.self)
            }
        }
        return "<\(iri)>"
    }

    private static func isLocalNameByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: "-")
    }
}
