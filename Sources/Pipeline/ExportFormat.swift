import Foundation
import DOTExport
import ExportSupport
import GEXFExport
import GraphMLExport
import RDFExport

/// The formats `newsgraph extract` writes, and the file each goes to.
public enum ExportFormat: String, CaseIterable, Sendable, Comparable {
    /// GraphML: `graph.graphml`, for Gephi, networkx, igraph and the scorer.
    case graphml
    /// GEXF 1.3: `graph.gexf`, Gephi's own format with colours and a timeline.
    case gexf
    /// Graphviz DOT: `graph.dot`, for `dot -Tsvg`.
    case dot
    /// RDF N-Triples: `graph.nt`.
    case nt
    /// RDF Turtle: `graph.ttl`.
    case ttl

    /// The file name in the output folder.
    public var fileName: String { "graph.\(rawValue)" }

    /// About how long this format takes to write, against the others (DOT: 1),
    /// as measured on generated and real news (`newsgraph bench`): parallel
    /// exports start with the longest. N-Triples includes listing the triples,
    /// which Turtle then shares; so Turtle, a little cheaper than GEXF once
    /// they are listed, goes after GEXF and finds them ready.
    public var relativeCost: Double {
        switch self {
        case .nt: 4.2
        case .gexf: 3.4
        case .ttl: 3.2
        case .graphml: 2.3
        case .dot: 1
        }
    }

    /// The exporter that writes this format; the RDF formats of one graph
    /// may share the work of listing its triples (`triples`), and every
    /// format the plain texts that go with them (``SharedTriples/plainTexts``),
    /// and GEXF their documents (``SharedTriples/documents``).
    public func exporter(sharing triples: SharedTriples? = nil) -> any GraphExporter {
        switch self {
        case .graphml: GraphMLExporter(sharing: triples?.plainTexts)
        case .gexf: GEXFExporter(sharing: triples?.plainTexts, documents: triples?.documents)
        case .dot: DOTExporter(sharing: triples?.plainTexts)
        case .nt: NTriplesExporter(sharing: triples)
        case .ttl: TurtleExporter(sharing: triples)
        }
    }

    /// Parses a comma-separated list (`graphml,dot`); nil names the first unknown format.
    public static func parseList(_ list: String) -> Result<[ExportFormat], UnknownFormat> {
        var formats: [ExportFormat] = []
        for name in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() })
        where !name.isEmpty {
            guard let format = ExportFormat(rawValue: name == "ntriples" ? "nt" : name == "turtle" ? "ttl" : name)
            else { return .failure(UnknownFormat(name: name)) }
            if !formats.contains(format) { formats.append(format) }
        }
        return formats.isEmpty ? .failure(UnknownFormat(name: list)) : .success(formats.sorted())
    }

    /// A format name that is not one of ``ExportFormat``.
    public struct UnknownFormat: Error, CustomStringConvertible {
        /// The name given.
        public var name: String
        public var description: String {
            "unknown format '\(name)'; choose from \(ExportFormat.allCases.map(\.rawValue).joined(separator: ","))"
        }
    }

    public static func < (lhs: ExportFormat, rhs: ExportFormat) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
