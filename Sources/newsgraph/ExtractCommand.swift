import ArgumentParser
import ExportSupport
import Foundation
import Inputs
import Pipeline

/// `newsgraph extract`: the main job.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Read articles and write the graph in every format.",
        discussion: """
            INPUT is a file or a folder (read recursively): .txt (first line is the headline), .html/.htm, \
            .jsonl (one article an object: id/title/text/date/url, or news-please fields), or - for \
            standard input. Writes DIR/graph.graphml, graph.gexf, graph.dot, graph.nt and graph.ttl, \
            each atomically. Exit status: 0 when every input was read, 1 when some failed (the \
            exports hold the rest), 2 for a usage error.

            Examples:
              newsgraph extract Corpus/seeds --out Exports/seeds
              newsgraph extract crawl.jsonl page.html --out out --format graphml,ttl --jobs 2
              cat article.txt | newsgraph extract - --out out
            """
    )

    @Argument(help: "Files or folders to read, or - for standard input.")
    var inputs: [String]

    @Option(name: .shortAndLong, help: "The folder to write the exports to (created when missing).")
    var out: String

    @Option(name: .shortAndLong, help: "Comma-separated formats: graphml,gexf,dot,nt,ttl.")
    var format: String = ExportFormat.allCases.map(\.rawValue).joined(separator: ",")

    @Option(name: .shortAndLong, help: "Documents analysed at once (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Stop at the first input that cannot be read.")
    var strict = false

    @Flag(name: .shortAndLong, help: "Print no summary (errors and warnings still go to standard error).")
    var quiet = false

    @Flag(help: "Add the seconds of each stage and each export to the summary.")
    var timings = false

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("Give at least one INPUT.") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1.") }
        if case .failure(let error) = ExportFormat.parseList(format) { throw ValidationError(error.description) }
    }

    func run() throws {
        InterruptCleanup.install()
        let formats = try ExportFormat.parseList(format).get()
        let options = PipelineOptions(formats: formats, jobs: jobs, strict: strict)
        let report: RunReport
        do {
            report = try NewsGraphPipeline().run(
                inputs: inputs, outputFolder: URL(fileURLWithPath: out), options: options,
                onProblem: { item in
                    switch item {
                    case .failure(let error): StandardError.print("error: \(error)")
                    case .skipped(let origin, let reason): StandardError.print("warning: \(origin): skipped: \(reason)")
                    case .article: break
                    }
                })
        } catch PipelineError.strictStop {
            // The input's own error line is already printed.
            StandardError.print("stopped at the first bad input (--strict); no exports written")
            throw ExitCode(1)
        } catch {
            StandardError.print("error: \(error)")
            throw ExitCode(1)
        }
        if !quiet { StandardError.print(summary(of: report, formats: formats)) }
        if !report.failures.isEmpty { throw ExitCode(1) }
    }

    private func summary(of report: RunReport, formats: [ExportFormat]) -> String {
        var lines = [
            String(
                format: "read %d documents (%.2f MB) in %.2f s: %d nodes, %d edges", report.documents,
                Double(report.textBytes) / 1_000_000, report.totalSeconds, report.nodes, report.edges)
        ]
        if !report.failures.isEmpty || !report.skipped.isEmpty {
            lines.append("\(report.failures.count) inputs failed, \(report.skipped.count) skipped")
        }
        let written = formats.map { "\(out)/\($0.fileName)" }.joined(separator: ", ")
        lines.append("wrote \(written)")
        if timings {
            var stages = [
                ("read", report.readSeconds), ("extract", report.extractSeconds), ("resolve", report.resolveSeconds),
            ]
            stages += formats.map { ($0.fileName, report.exportSeconds[$0] ?? 0) }
            lines.append(stages.map { String(format: "%@ %.3f s", $0.0, $0.1) }.joined(separator: ", "))
        }
        return lines.joined(separator: "\n")
    }
}
