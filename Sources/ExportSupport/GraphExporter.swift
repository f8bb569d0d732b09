import Foundation
import NewsGraphModel

/// One export format: turns a ``NewsGraphModel/Graph`` into the bytes of a file.
///
/// Every exporter builds its whole output in memory (appending to one
/// buffer, never concatenating strings) and hands it back, so a caller can
/// write it atomically or inspect it:
///
///     let bytes = try GraphMLExporter().export(graph)
///     try GraphMLExporter().write(graph, to: folder.appendingPathComponent("graph.graphml"))
public protocol GraphExporter: Sendable {
    /// The file name extension of the format, without the dot (`graphml`).
    var fileExtension: String { get }

    /// The complete file for `graph`, as UTF-8 bytes. The same graph always gives the same bytes.
    func export(_ graph: Graph) throws -> [UInt8]
}

extension GraphExporter {
    /// Exports `graph` and writes it to `url` atomically (see ``AtomicFile``):
    /// readers see the old file or the new one, never a partial one.
    public func write(_ graph: Graph, to url: URL) throws {
        try AtomicFile.write(export(graph), to: url)
    }
}
