import Foundation

/// Where the project's files are, seen from a test.
public enum ProjectPaths {
    /// The package root (the folder with Package.swift).
    public static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }  // Tests/TestSupport/ProjectPaths.swift
        return url
    }()

    /// `../shared` beside the package: specs, schemas, gold and evaluation data.
    public static let shared = root.deletingLastPathComponent().appendingPathComponent("shared")

    /// The GraphML XSD.
    public static let graphMLSchema = shared.appendingPathComponent("schemas/graphml/graphml.xsd")
    /// The GEXF 1.3 RELAX NG schema.
    public static let gexfSchema = shared.appendingPathComponent("schemas/gexf-1.3/gexf.rng")

    /// The project's `Ontology/` folder.
    public static let ontology = root.appendingPathComponent("Ontology")
    /// The example corpus.
    public static let seeds = root.appendingPathComponent("Corpus/seeds")
    /// Test fixtures.
    public static let fixtures = root.appendingPathComponent("Tests/Fixtures")

    /// The `newsgraph` binary that `swift test` built beside the test bundle.
    public static let newsgraph: String = {
        var folder = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("newsgraph").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder.deleteLastPathComponent()
        }
        return root.appendingPathComponent(".build/debug/newsgraph").path
    }()

    /// A new empty temporary folder.
    public static func temporaryFolder(_ label: String = "newsgraph-test") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
