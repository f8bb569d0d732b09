import Foundation
import Testing
import TestSupport

/// An interrupted run leaves the previous exports as they were and no partial file.
@Suite struct InterruptTests {
    @Test func interruptedRunsLeaveThePreviousExportsIntact() throws {
        let corpus = try ProjectPaths.temporaryFolder("interrupt-corpus")
        let generated = try NewsGraphBinary.run(["generate", "--articles", "300", "--jsonl", "--out", corpus.path])
        try #require(generated.status == 0, "\(generated.errors)")
        let out = try ProjectPaths.temporaryFolder("interrupt-out")
        let first = try NewsGraphBinary.run(["extract", NewsGraphBinary.seedFiles[0], "--out", out.path])
        try #require(first.status == 0)
        let previous = try exportFiles(in: out)
        try #require(previous.count == 5)

        for (delay, signal) in [(0.3, SIGINT), (1.5, SIGTERM), (4.0, SIGINT)] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: ProjectPaths.newsgraph)
            process.arguments = ["extract", corpus.path, "--out", out.path, "--quiet"]
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            guard process.isRunning else {
                process.waitUntilExit()
                break  // the machine was fast enough to finish: nothing left to interrupt
            }
            kill(process.processIdentifier, signal)
            process.waitUntilExit()
            // The run may have finished between the check and the signal: then it wrote its exports whole.
            guard process.terminationReason == .uncaughtSignal else {
                #expect(process.terminationStatus == 0)
                break
            }
            let names = try FileManager.default.contentsOfDirectory(atPath: out.path)
            #expect(names.allSatisfy { !$0.contains(".tmp-") }, "left behind: \(names)")
            #expect(try exportFiles(in: out) == previous, "interrupted after \(delay) s changed the exports")
        }
    }
}
