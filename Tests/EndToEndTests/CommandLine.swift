import Foundation
import TestSupport

/// Runs the real `newsgraph` binary.
enum NewsGraphBinary {
    @discardableResult
    static func run(_ arguments: [String], input: Data? = nil) throws -> ToolResult {
        try ExternalTool.run(ProjectPaths.newsgraph, arguments, input: input)
    }

    /// Runs `extract` on `inputs` into a new temporary folder and returns the folder and the result.
    static func extract(_ inputs: [String], extra: [String] = []) throws -> (folder: URL, result: ToolResult) {
        let folder = try ProjectPaths.temporaryFolder("e2e")
        let result = try run(["extract"] + inputs + ["--out", folder.path] + extra)
        return (folder, result)
    }

    /// The seed articles' paths, sorted.
    static var seedFiles: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: ProjectPaths.seeds.path)) ?? [])
            .filter { $0.hasSuffix(".txt") }.sorted().map { ProjectPaths.seeds.appendingPathComponent($0).path }
    }
}

/// The bytes of every export file in a folder, by name.
func exportFiles(in folder: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasPrefix("graph.") {
        files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
    }
    return files
}
