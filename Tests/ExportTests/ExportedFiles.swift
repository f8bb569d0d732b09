import DOTExport
import ExportSupport
import Foundation
import GEXFExport
import GraphMLExport
import NewsGraphModel
import RDFExport
import TestSupport

/// A graph written in every format to a new temporary folder, through the
/// exporters' atomic ``ExportSupport/GraphExporter/write(_:to:)``.
struct ExportedFiles {
    /// The exporters under test, in a fixed order.
    static let exporters: [any GraphExporter] = [
        GraphMLExporter(), GEXFExporter(), DOTExporter(), NTriplesExporter(), TurtleExporter(),
    ]

    /// The folder.
    var folder: URL

    /// Exports `graph` as `graph.<extension>` for every exporter.
    init(_ graph: Graph, label: String) throws {
        folder = try ProjectPaths.temporaryFolder("export-\(label)")
        for exporter in Self.exporters {
            try exporter.write(graph, to: url(exporter.fileExtension))
        }
    }

    /// The file of one format, by extension.
    func url(_ fileExtension: String) -> URL { folder.appendingPathComponent("graph.\(fileExtension)") }

    /// The path of one format, by extension.
    func path(_ fileExtension: String) -> String { url(fileExtension).path }

    /// The bytes of one format.
    func bytes(_ fileExtension: String) throws -> [UInt8] { try Array(Data(contentsOf: url(fileExtension))) }

    /// Removes the folder.
    func remove() { try? FileManager.default.removeItem(at: folder) }
}
