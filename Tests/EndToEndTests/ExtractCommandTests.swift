import Foundation
import Testing
import TestSupport

/// The main job through the real binary: every format written, valid for the
/// real tools, deterministic, and honest about bad input.
@Suite(.serialized) struct ExtractCommandTests {
    static let allFiles = ["graph.dot", "graph.gexf", "graph.graphml", "graph.nt", "graph.ttl"]

    @Test func writesEveryFormatValidForItsTools() throws {
        let (folder, result) = try NewsGraphBinary.extract([ProjectPaths.seeds.path])
        #expect(result.status == 0, "\(result.errors)")
        #expect(try exportFiles(in: folder).keys.sorted() == Self.allFiles)
        let graphml = folder.appendingPathComponent("graph.graphml").path
        let xsd = try ExternalTool.run("xmllint", ["--noout", "--nonet", "--schema", ProjectPaths.graphMLSchema.path, graphml])
        #expect(xsd.status == 0, "\(xsd.errors)")
        let gexf = folder.appendingPathComponent("graph.gexf").path
        let rng = try ExternalTool.run("xmllint", ["--noout", "--nonet", "--relaxng", ProjectPaths.gexfSchema.path, gexf])
        #expect(rng.status == 0, "\(rng.errors)")
        let svg = folder.appendingPathComponent("graph.svg").path
        let dot = try ExternalTool.run("dot", ["-Tsvg", "-o", svg, folder.appendingPathComponent("graph.dot").path])
        #expect(dot.status == 0 && dot.errors.isEmpty, "\(dot.errors)")
        #expect(try ExternalTool.run("xmllint", ["--noout", svg]).status == 0)
        let counts = try ExternalTool.python(
            """
            import sys, networkx, pyoxigraph, rdflib
            g = networkx.read_graphml(sys.argv[1] + "/graph.graphml")
            nt = list(pyoxigraph.parse(path=sys.argv[1] + "/graph.nt", format=pyoxigraph.RdfFormat.N_TRIPLES))
            ttl = list(pyoxigraph.parse(path=sys.argv[1] + "/graph.ttl", format=pyoxigraph.RdfFormat.TURTLE))
            r = rdflib.Graph().parse(sys.argv[1] + "/graph.ttl", format="turtle")
            print(g.number_of_nodes(), g.number_of_edges(), len(set(nt)), len(set(ttl)), len(r))
            """, [folder.path])
        #expect(counts.status == 0, "\(counts.errors)")
        let numbers = counts.output.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        try #require(numbers.count == 5)
        #expect(numbers[0] > 20 && numbers[1] > 20)
        #expect(numbers[2] == numbers[3] && numbers[3] == numbers[4], "N-Triples, Turtle and rdflib disagree: \(numbers)")
    }

    @Test func exportsAreByteIdenticalWhateverTheJobsAndInputOrder() throws {
        let one = try NewsGraphBinary.extract(NewsGraphBinary.seedFiles, extra: ["--jobs", "1"])
        let two = try NewsGraphBinary.extract(NewsGraphBinary.seedFiles.reversed(), extra: ["--jobs", "2"])
        let folder = try NewsGraphBinary.extract([ProjectPaths.seeds.path])
        #expect(one.result.status == 0 && two.result.status == 0 && folder.result.status == 0)
        let reference = try exportFiles(in: one.folder)
        #expect(reference.count == 5)
        #expect(try exportFiles(in: two.folder) == reference)
        #expect(try exportFiles(in: folder.folder) == reference)
    }

    @Test func checkedInExportsOfTheExampleCorpusAreCurrent() throws {
        let (folder, result) = try NewsGraphBinary.extract([ProjectPaths.seeds.path])
        #expect(result.status == 0)
        let checkedIn = try exportFiles(in: ProjectPaths.root.appendingPathComponent("Exports/seeds"))
        let fresh = try exportFiles(in: folder)
        for name in Self.allFiles {
            #expect(
                checkedIn[name] == fresh[name],
                "Exports/seeds/\(name) is out of date: run `swift run newsgraph extract Corpus/seeds --out Exports/seeds`")
        }
    }

    @Test func formatOptionPicksTheFiles() throws {
        let (folder, result) = try NewsGraphBinary.extract(
            [NewsGraphBinary.seedFiles[0]], extra: ["--format", "graphml,ttl"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(try exportFiles(in: folder).keys.sorted() == ["graph.graphml", "graph.ttl"])
    }

    @Test func aFormatNamedTwiceIsWrittenOnce() throws {
        let (folder, result) = try NewsGraphBinary.extract(
            [NewsGraphBinary.seedFiles[0]], extra: ["--format", "dot,graphml,dot", "--jobs", "2"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(try exportFiles(in: folder).keys.sorted() == ["graph.dot", "graph.graphml"])
    }

    @Test func readsStandardInput() throws {
        let text = "Streit um Hilfen\n„Wir brauchen mehr Unterstützung“, sagte Bundeskanzler Olaf Scholz am Montag in Berlin."
        let folder = try ProjectPaths.temporaryFolder("stdin")
        let result = try NewsGraphBinary.run(["extract", "-", "--out", folder.path, "--format", "graphml"], input: Data(text.utf8))
        #expect(result.status == 0, "\(result.errors)")
        let graphml = try String(contentsOf: folder.appendingPathComponent("graph.graphml"), encoding: .utf8)
        #expect(graphml.contains("Wir brauchen mehr Unterstützung"))
        #expect(graphml.contains(">stdin<"))
    }

    @Test func usageErrorsExitWithTwo() throws {
        #expect(try NewsGraphBinary.run(["extract", ProjectPaths.seeds.path]).status == 2)  // no --out
        let folder = try ProjectPaths.temporaryFolder("usage")
        let bad = try NewsGraphBinary.run(["extract", ProjectPaths.seeds.path, "--out", folder.path, "--format", "pdf"])
        #expect(bad.status == 2)
        #expect(bad.errors.contains("pdf"))
        #expect(try NewsGraphBinary.run(["extract", "--help"]).output.contains("Example"))
    }

    @Test func badInputsAreReportedAndCostNothingElse() throws {
        let inputs = try ProjectPaths.temporaryFolder("bad-inputs")
        try Data("Titel\n„Das ist gut“, sagte Anna Berger.".utf8).write(to: inputs.appendingPathComponent("good.txt"))
        try Data([0x48, 0x61, 0xFF, 0xFE, 0x0A]).write(to: inputs.appendingPathComponent("broken.txt"))
        try Data().write(to: inputs.appendingPathComponent("empty.txt"))
        let (folder, result) = try NewsGraphBinary.extract([inputs.path])
        #expect(result.status == 1)
        let errorLines = result.errors.split(separator: "\n").filter { $0.hasPrefix("error:") }
        #expect(errorLines.count == 2, "\(result.errors)")
        #expect(errorLines.contains { $0.contains("broken.txt") } && errorLines.contains { $0.contains("empty.txt") })
        let graphml = try String(contentsOf: folder.appendingPathComponent("graph.graphml"), encoding: .utf8)
        #expect(graphml.contains("good.txt"))

        let strictOut = try ProjectPaths.temporaryFolder("strict")
        let strict = try NewsGraphBinary.run(["extract", inputs.path, "--out", strictOut.path, "--strict"])
        #expect(strict.status == 1)
        #expect(try exportFiles(in: strictOut).isEmpty)
    }

    /// Without its lexicons and gazetteers the extractor would find a fraction of the graph: a run
    /// that cannot find the `Ontology/` folder stops with a clear error and writes nothing.
    @Test func aMissingOntologyFolderIsAnErrorNotASmallerGraph() throws {
        let folder = try ProjectPaths.temporaryFolder("no-ontology")
        let out = folder.appendingPathComponent("out")
        let result = try ExternalTool.run(
            ProjectPaths.newsgraph, ["extract", ProjectPaths.seeds.path, "--out", out.path],
            environment: ["NEWSGRAPH_ONTOLOGY": folder.appendingPathComponent("missing").path])
        #expect(result.status == 1, "\(result.output)")
        #expect(result.errors.contains("cannot find the Ontology folder"), "\(result.errors)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    /// An Ontology folder with a lexicon missing is an error that names the file, not a graph made
    /// without that lexicon.
    @Test func anUnreadableLexiconIsAnErrorNamingTheFile() throws {
        let folder = try ProjectPaths.temporaryFolder("broken-ontology")
        let ontology = folder.appendingPathComponent("Ontology")
        try FileManager.default.copyItem(at: ProjectPaths.ontology, to: ontology)
        try FileManager.default.removeItem(at: ontology.appendingPathComponent("lexicons/transliteration.tsv"))
        let out = folder.appendingPathComponent("out")
        let result = try ExternalTool.run(
            ProjectPaths.newsgraph, ["extract", ProjectPaths.seeds.path, "--out", out.path],
            environment: ["NEWSGRAPH_ONTOLOGY": ontology.path])
        #expect(result.status == 1, "\(result.output)")
        #expect(result.errors.contains("transliteration.tsv"), "\(result.errors)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}
