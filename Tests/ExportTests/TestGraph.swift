import Testing
import NewsGraphModel

/// The graphs the export tests run through every format and reader.
enum TestGraph: String, CaseIterable, Sendable, CustomTestStringConvertible {
    /// Persons, countries, a place, an organization, an unnamed source, two
    /// Statements, asserts/denies/deploys edges with every attribute, two dated documents.
    case realistic
    /// Labels, texts, ids and addresses full of what breaks exports.
    case hostile

    /// The graph.
    var graph: Graph {
        switch self {
        case .realistic: RealisticGraph.graph
        case .hostile: HostileGraph.graph
        }
    }

    var testDescription: String { rawValue }
}
