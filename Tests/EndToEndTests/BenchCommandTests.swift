import Foundation
import Testing
import TestSupport

/// `newsgraph bench` through the real binary: a small generated corpus, its JSON report, `--pin`.
@Suite(.serialized) struct BenchCommandTests {
    /// The measurements of a `bench` run's `--json` report.
    private func measurements(_ arguments: [String]) throws -> (result: ToolResult, rows: [[String: Any]]) {
        let folder = try ProjectPaths.temporaryFolder("bench")
        let json = folder.appendingPathComponent("results.json")
        let result = try NewsGraphBinary.run(
            ["bench", "--articles", "30", "--keep", folder.appendingPathComponent("work").path, "--json", json.path]
                + arguments)
        guard result.status == 0 else { return (result, []) }
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as? [String: Any]
        return (result, report?["measurements"] as? [[String: Any]] ?? [])
    }

    @Test func measuresEveryStageOfAGeneratedCorpus() throws {
        let (result, rows) = try measurements(["--jobs", "1", "--format", "graphml,nt"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("speed-up"))
        let row = try #require(rows.first)
        #expect(row["articles"] as? Int == 30)
        #expect((row["textBytes"] as? Int ?? 0) > 10_000)
        #expect((row["nodes"] as? Int ?? 0) > 30)
        #expect((row["totalSeconds"] as? Double ?? 0) > 0)
        #expect((row["peakBytes"] as? Int ?? 0) > 1_000_000)
        let exports = row["exportSeconds"] as? [String: Double] ?? [:]
        #expect(Set(exports.keys) == ["graphml", "nt"])
        let output = try #require(row["output"] as? String)
        let graphml = try String(contentsOfFile: output + "/graph.graphml", encoding: .utf8)
        #expect(graphml.contains("<graphml"))
    }

    @Test func pinGivesEachMeasurementOneCoreAJob() throws {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let jobs = cores >= 2 ? "1,2" : "1"
        let (result, rows) = try measurements(["--jobs", jobs, "--pin", "--format", "dot"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(rows.count == (cores >= 2 ? 2 : 1))
        for row in rows { #expect(row["cores"] as? Int == row["jobs"] as? Int) }
        let (unpinned, unpinnedRows) = try measurements(["--jobs", "1", "--format", "dot"])
        #expect(unpinned.status == 0)
        #expect(unpinnedRows.first?["cores"] as? Int == cores)
    }

    @Test func pinRefusesMoreJobsThanCores() throws {
        let tooMany = ProcessInfo.processInfo.activeProcessorCount + 1
        let result = try NewsGraphBinary.run(["bench", "--articles", "5", "--jobs", "\(tooMany)", "--pin"])
        #expect(result.status == 2)
        #expect(result.errors.contains("--pin"))
    }
}
