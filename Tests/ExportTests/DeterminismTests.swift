import ExportSupport
import NewsGraphModel
import Testing

@Suite("Exports are deterministic")
struct DeterminismTests {
    @Test("Two runs give byte-identical files in every format", arguments: TestGraph.allCases)
    func identical(_ testGraph: TestGraph) throws {
        for exporter in ExportedFiles.exporters {
            let first = try exporter.export(testGraph.graph)
            let second = try exporter.export(testGraph.graph)
            #expect(!first.isEmpty, "\(exporter.fileExtension)")
            #expect(first == second, "\(exporter.fileExtension)")
        }
    }

    @Test("An empty graph still gives valid, non-empty files")
    func emptyGraph() throws {
        for exporter in ExportedFiles.exporters where exporter.fileExtension != "nt" {
            #expect(try !exporter.export(Graph()).isEmpty, "\(exporter.fileExtension)")
        }
        #expect(try ExportedFiles.exporters.first { $0.fileExtension == "nt" }?.export(Graph()) == [])
    }
}
