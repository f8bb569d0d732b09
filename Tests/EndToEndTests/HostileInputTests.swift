import Foundation
import Testing
import TestSupport

/// Every hostile input through the real command: one clear error line each,
/// the good articles beside them still exported, and every export valid.
@Suite struct HostileInputCommandTests {
    /// The committed hostile files, plus generated ones too big or odd to commit.
    private func hostileFolder() throws -> URL {
        let folder = try ProjectPaths.temporaryFolder("hostile-e2e")
        let committed = ProjectPaths.fixtures.appendingPathComponent("hostile")
        for name in try FileManager.default.contentsOfDirectory(atPath: committed.path) {
            try FileManager.default.copyItem(at: committed.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        try HostileFiles.sparseFile(at: folder.appendingPathComponent("huge.txt").path, size: 100 << 20)
        try Data(HostileFiles.deeplyNestedHTML(depth: 100_000).utf8).write(to: folder.appendingPathComponent("deep.html"))
        try HostileFiles.fifo(at: folder.appendingPathComponent("pipe.txt").path)
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("loop").path, withDestinationPath: folder.path)
        let good = "Gute Nachricht\n„Die Brücke wird im Mai eröffnet“, sagte Bürgermeisterin Anna Krüger am Montag."
        try Data(good.utf8).write(to: folder.appendingPathComponent("zz-good.txt"))
        return folder
    }

    @Test func hostileInputsAreReportedOneLineEachAndExportsStayValid() throws {
        let inputs = try hostileFolder()
        let (out, result) = try NewsGraphBinary.extract([inputs.path])
        #expect(result.status == 1, "some inputs fail, so the exit status is 1")
        let errors = result.errors.split(separator: "\n").filter { $0.hasPrefix("error: ") }
        for name in ["huge.txt", "invalid-utf8.txt", "nul-bytes.txt", "empty.txt", "utf16.txt", "pipe.txt"] {
            #expect(errors.filter { $0.contains(name) }.count == 1, "\(name): \(result.errors)")
        }
        #expect(errors.contains { $0.contains("huge.txt") && $0.contains("MB") || $0.contains("bytes") })
        // Every line names an input under the folder.
        for line in errors { #expect(line.contains(inputs.lastPathComponent), "\(line)") }

        let graphml = try String(contentsOf: out.appendingPathComponent("graph.graphml"), encoding: .utf8)
        #expect(graphml.contains("zz-good.txt"), "the good article is still exported")
        #expect(graphml.contains("Anna Krüger"))
        let xsd = try ExternalTool.run(
            "xmllint", ["--noout", "--nonet", "--schema", ProjectPaths.graphMLSchema.path, out.appendingPathComponent("graph.graphml").path])
        #expect(xsd.status == 0, "\(xsd.errors)")
        let rng = try ExternalTool.run(
            "xmllint", ["--noout", "--nonet", "--relaxng", ProjectPaths.gexfSchema.path, out.appendingPathComponent("graph.gexf").path])
        #expect(rng.status == 0, "\(rng.errors)")
        let dot = try ExternalTool.run("dot", ["-Tsvg", "-o", "/dev/null", out.appendingPathComponent("graph.dot").path])
        #expect(dot.status == 0 && dot.errors.isEmpty, "\(dot.errors)")
        let rdf = try ExternalTool.python(
            """
            import sys, pyoxigraph
            nt = set(pyoxigraph.parse(path=sys.argv[1] + "/graph.nt", format=pyoxigraph.RdfFormat.N_TRIPLES))
            ttl = set(pyoxigraph.parse(path=sys.argv[1] + "/graph.ttl", format=pyoxigraph.RdfFormat.TURTLE))
            assert nt == ttl and nt, (len(nt), len(ttl))
            print(len(nt))
            """, [out.path])
        #expect(rdf.status == 0, "\(rdf.errors)")
    }

    @Test func strictStopsAtTheFirstBadInputAndWritesNothing() throws {
        let inputs = try hostileFolder()
        let (out, result) = try NewsGraphBinary.extract([inputs.path], extra: ["--strict"])
        #expect(result.status == 1)
        #expect(result.errors.split(separator: "\n").filter { $0.hasPrefix("error: ") }.count == 1, "\(result.errors)")
        #expect(try exportFiles(in: out).isEmpty)
    }
}
