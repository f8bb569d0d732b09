import Foundation
import TestSupport

/// Runs a Python script that prints one JSON object and decodes it.
enum PythonReport {
    /// A failure to run or decode, with what Python printed.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The JSON object `script` prints for `arguments`, decoded as `Report`.
    static func run<Report: Decodable>(_ script: String, _ arguments: [String], as type: Report.Type) throws -> Report {
        let result = try ExternalTool.python(script, arguments)
        guard result.status == 0 else {
            throw Failure(description: "python exited \(result.status)\n\(result.output)\n\(result.errors)")
        }
        do {
            return try JSONDecoder().decode(Report.self, from: Data(result.output.utf8))
        } catch {
            throw Failure(description: "cannot decode \(error)\n\(result.output)\n\(result.errors)")
        }
    }
}
