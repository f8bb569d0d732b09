import CorpusGenerator
import Foundation
import Pipeline
import Testing

@Suite("One job or two: the same bytes")
struct ParallelDeterminismTests {
    @Test("Exports of a generated corpus are byte-identical with --jobs 1 and --jobs 2")
    func jobsDoNotChangeExports() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jobs-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = try CorpusWriter.write(
            articles: 60, seed: 11, format: .jsonLines, to: folder.appendingPathComponent("corpus"),
            articlesPerFile: 25)
        let pipeline = NewsGraphPipeline()
        var outputs: [URL] = []
        for jobs in [1, 2] {
            let output = folder.appendingPathComponent("out-\(jobs)")
            // Small batches, so that several batches are analysed in parallel and merged.
            let report = try pipeline.run(
                inputs: [corpus.path], outputFolder: output,
                options: PipelineOptions(jobs: jobs, showProgress: false, batchSize: 8))
            #expect(report.documents == 60)
            #expect(report.edges > 50)
            outputs.append(output)
        }
        for format in ExportFormat.allCases {
            let one = try Data(contentsOf: outputs[0].appendingPathComponent(format.fileName))
            let two = try Data(contentsOf: outputs[1].appendingPathComponent(format.fileName))
            #expect(!one.isEmpty)
            #expect(one == two, "\(format.fileName) differs between 1 and 2 jobs")
        }
    }
}
