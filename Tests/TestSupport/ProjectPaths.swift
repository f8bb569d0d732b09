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

    /// A new empty temporary folder, inside this test process's own folder, which is removed when the
    /// process exits (so no test leaves files behind, whether it passes or fails).
    public static func temporaryFolder(_ label: String = "newsgraph-test") throws -> URL {
        let url = processFolder.appendingPathComponent("\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The folder every temporary folder of this test process lives in.
    private static let processFolder: URL = {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("newsgraph-tests-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { ProjectPaths.removeProcessFolder() }
        return url
    }()

    /// Deletes the process's temporary folders, making unreadable parts (left by tests of
    /// unreadable inputs) writable first.
    private static func removeProcessFolder() {
        let manager = FileManager.default
        if let entries = manager.enumerator(atPath: processFolder.path) {
            while let entry = entries.nextObject() as? String {
                try? manager.setAttributes([.posixPermissions: 0o755], ofItemAtPath: processFolder.appendingPathComponent(entry).path)
            }
        }
        try? manager.removeItem(at: processFolder)
    }
}
