import Foundation
import NewsGraphModel

/// One export format: writes a ``NewsGraphModel/Graph`` as the bytes of a file.
///
/// Every exporter streams its output into a ``ByteSink`` (appending bytes,
/// never concatenating strings). Written to a file, the sink flushes to the
/// atomic file's temporary file a megabyte at a time, so no export is ever
/// whole in memory; in memory, it collects the whole file for inspection:
///
///     let bytes = try GraphMLExporter().export(graph)
///     try GraphMLExporter().write(graph, to: folder.appendingPathComponent("graph.graphml"))
public protocol GraphExporter: Sendable {
    /// The file name extension of the format, without the dot (`graphml`).
    var fileExtension: String { get }

    /// Writes the complete file for `graph` to `sink`, as UTF-8 bytes. The same graph always gives the same bytes.
    func write(_ graph: Graph, to sink: inout ByteSink) throws
}

extension GraphExporter {
    /// The complete file for `graph`, in memory.
    public func export(_ graph: Graph) throws -> [UInt8] {
        var sink = ByteSink()
        try write(graph, to: &sink)
        return sink.bytes
    }

    /// Exports `graph` and writes it to `url` atomically (see ``AtomicFile``):
    /// readers see the old file or the new one, never a partial one.
    public func write(_ graph: Graph, to url: URL) throws {
        try AtomicFile.commit([stage(graph, to: url)])
    }

    /// Exports `graph` to a temporary file beside `url`, for
    /// ``AtomicFile/commit(_:)`` to put in place together with the other formats.
    public func stage(_ graph: Graph, to url: URL) throws -> AtomicFile.StagedFile {
        try AtomicFile.stage(to: url) { sink in try write(graph, to: &sink) }
    }
}
