import Foundation
import TestSupport

/// Reads the committed test files under `Tests/Fixtures`.
enum Fixture {
    /// The path of `relativePath` under `Tests/Fixtures`.
    static func path(_ relativePath: String) -> String {
        ProjectPaths.fixtures.appendingPathComponent(relativePath).path
    }

    /// The bytes of `relativePath` under `Tests/Fixtures`.
    static func data(_ relativePath: String) throws -> Data {
        try Data(contentsOf: ProjectPaths.fixtures.appendingPathComponent(relativePath))
    }
}
