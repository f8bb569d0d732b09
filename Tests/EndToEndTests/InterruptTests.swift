import Foundation
import Testing
import TestSupport

/// An interrupted run leaves the previous exports as they were and no
/// partial file; a signal that arrives while the new exports are being put
/// in place waits for all of them, so the set is never half old, half new.
@Suite struct InterruptTests {
    @Test func interruptedRunsLeaveThePreviousExportsOrTheWholeNewSet() throws {
        let corpus = try ProjectPaths.temporaryFolder("interrupt-corpus")
        let generated = try NewsGraphBinary.run(["generate", "--articles", "300", "--jsonl", "--out", corpus.path])
        try #require(generated.status == 0, "\(generated.errors)")
        let reference = try ProjectPaths.temporaryFolder("interrupt-reference")
        let whole = try NewsGraphBinary.run(["extract", corpus.path, "--out", reference.path, "--quiet"])
        try #require(whole.status == 0)
        let complete = try exportFiles(in: reference)
        let out = try ProjectPaths.temporaryFolder("interrupt-out")
        let first = try NewsGraphBinary.run(["extract", NewsGraphBinary.seedFiles[0], "--out", out.path])
        try #require(first.status == 0)
        let previous = try exportFiles(in: out)
        try #require(previous.count == 5 && previous != complete)

        for (delay, signal) in [(0.3, SIGINT), (1.5, SIGTERM), (4.0, SIGINT)] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: ProjectPaths.newsgraph)
            process.arguments = ["extract", corpus.path, "--out", out.path, "--quiet"]
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            guard process.isRunning else {
                process.waitUntilExit()
                #expect(try exportFiles(in: out) == complete)
                break  // the machine was fast enough to finish: nothing left to interrupt
            }
            kill(process.processIdentifier, signal)
            process.waitUntilExit()
            let names = try FileManager.default.contentsOfDirectory(atPath: out.path)
            #expect(names.allSatisfy { !$0.contains(".tmp-") }, "left behind: \(names)")
            let exports = try exportFiles(in: out)
            guard process.terminationReason == .uncaughtSignal else {
                // The run finished between the check and the signal: it wrote the whole set.
                #expect(process.terminationStatus == 0)
                #expect(exports == complete)
                break
            }
            #expect(
                exports == previous || exports == complete,
                "interrupted after \(delay) s left a mix of old and new exports")
            if exports == complete { break }
        }
    }
}
