import DOTExport
import ExportSupport
import Foundation
import GEXFExport
import GraphMLExport
import NewsGraphModel
import RDFExport
import Testing
import TestSupport
import XMLSupport

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

    @Test("An empty graph still gives valid files")
    func emptyGraph() throws {
        for exporter in ExportedFiles.exporters where exporter.fileExtension != "nt" {
            #expect(try !exporter.export(Graph()).isEmpty, "\(exporter.fileExtension)")
        }
        #expect(try NTriplesExporter().export(Graph()) == [])
        try XMLSchemaValidator(schemaPath: ProjectPaths.graphMLSchema.path).validate(GraphMLExporter().export(Graph()))
        try RelaxNGValidator(schemaPath: ProjectPaths.gexfSchema.path).validate(GEXFExporter().export(Graph()))
        let dot = try ExternalTool.run("dot", ["-Tsvg"], input: Data(DOTExporter().export(Graph())))
        #expect(dot.status == 0 && dot.errors.isEmpty, "\(dot.errors)")
    }
}
