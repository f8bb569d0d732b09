import ArgumentParser
import CorpusGenerator
import Foundation
import Pipeline
import RDFExport

#if canImport(Glibc)
    import Glibc
#endif

/// `newsgraph bench`: how fast the whole pipeline runs, stage by stage, and how much memory it takes.
///
/// Each corpus and number of jobs is measured in a fresh process (this
/// binary again, with the hidden `--measure` option), because peak memory
/// (`getrusage`'s `ru_maxrss`) is the peak of the whole process: measured in
/// one process, a small corpus after a large one would show the large one's peak.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure the whole pipeline on generated or real corpora: speed of every stage, peak memory.",
        discussion: """
            Generates each corpus (or repeats real JSON-lines articles) into a work folder, then runs
            read → extract → resolve → export on it in a fresh process per corpus and job count, and
            prints articles, MB of text, seconds, MB/s, articles/s, seconds per stage and peak memory.
            Build in release mode first: swift build -c release.

            Examples:
              newsgraph bench
              newsgraph bench --articles 1000,10000 --jobs 1,2
              newsgraph bench --wikinews ../shared/data/wikinews/train.jsonl --wikinews ../shared/data/wikinews/dev.jsonl --repeat 1,10
              newsgraph bench --articles 1000 --jobs 1,2 --keep /tmp/bench --json /tmp/bench/results.json
            """
    )

    @Option(help: "Comma-separated sizes of generated corpora, in articles (default 1000,10000,100000, unless --wikinews).")
    var articles: String?

    @Option(help: "Comma-separated job counts to measure every corpus with (default: all cores).")
    var jobs: String = String(ProcessInfo.processInfo.activeProcessorCount)

    @Option(help: "The seed of the generated corpora.")
    var seed: UInt64 = 1

    @Option(help: "A JSON-lines file of real articles (id, text); may be given more than once. Read, never copied.")
    var wikinews: [String] = []

    @Option(name: .customLong("repeat"), help: "Comma-separated repeat counts for the --wikinews articles.")
    var repeats: String = "1"

    @Option(name: .shortAndLong, help: "Comma-separated formats to export: graphml,gexf,dot,nt,ttl.")
    var format: String = ExportFormat.allCases.map(\.rawValue).joined(separator: ",")

    @Flag(help: "Generate one .txt file an article instead of JSON lines.")
    var textFiles = false

    @Flag(
        help: """
            Run each measurement on as many cores as it has jobs, so that one job means one core (without it, a \
            one-job run reads its input on a second core while it analyses).
            """)
    var pin = false

    @Option(help: "Keep the corpora and exports in this folder (default: a temporary folder, removed afterwards).")
    var keep: String?

    @Option(help: "Also write the measurements to this file, as JSON.")
    var json: String?

    @Option(help: .hidden)
    var measure: String?

    @Option(help: .hidden)
    var out: String?

    @Option(help: .hidden)
    var cores: Int?

    func validate() throws {
        if let articles { _ = try Self.positiveList(articles, option: "--articles") }
        _ = try Self.positiveList(jobs, option: "--jobs")
        _ = try Self.positiveList(repeats, option: "--repeat")
        if case .failure(let error) = ExportFormat.parseList(format) { throw ValidationError(error.description) }
        if measure != nil && out == nil { throw ValidationError("--measure needs --out.") }
        if pin, let most = try Self.positiveList(jobs, option: "--jobs").max(), most > CoreAffinity.count {
            throw ValidationError("--pin needs a core for each job: --jobs \(most), but \(CoreAffinity.count) cores.")
        }
    }

    func run() throws {
        let formats = try ExportFormat.parseList(format).get()
        if let measure, let out {
            if let cores { try CoreAffinity.restrict(to: cores) }
            try measureOnce(input: measure, output: out, formats: formats)
        } else {
            try benchmark(formats: formats)
        }
    }

    // MARK: The parent: corpora, one child process per measurement, tables

    private func benchmark(formats: [ExportFormat]) throws {
        let jobCounts = try Self.positiveList(jobs, option: "--jobs")
        let work = keep.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { if keep == nil { try? FileManager.default.removeItem(at: work) } }

        print(Machine.current.description)
        var measurements: [Measurement] = []
        for corpus in try corpora(in: work) {
            for jobCount in jobCounts {
                StandardError.print("measuring \(corpus.label) with \(jobCount) job\(jobCount == 1 ? "" : "s") …")
                var measurement = try runChild(
                    input: corpus.path, output: work.appendingPathComponent("out-\(corpus.label)-j\(jobCount)").path,
                    jobs: jobCount, formats: formats)
                measurement.corpus = corpus.label
                measurements.append(measurement)
            }
        }
        print(Measurement.throughputTable(measurements))
        print(Measurement.stageTable(measurements, formats: formats))
        if measurements.contains(where: { !$0.exportCPUSeconds.isEmpty }) {
            print(Measurement.cpuTable(measurements, formats: formats))
        }
        if let json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            let report = Report(machine: .current, seed: seed, measurements: measurements)
            try encoder.encode(report).write(to: URL(fileURLWithPath: json))
        }
        if keep != nil { StandardError.print("corpora and exports kept in \(work.path)") }
    }

    /// The corpora to measure: generated ones, then repeated real ones.
    private func corpora(in work: URL) throws -> [(label: String, path: String)] {
        var result: [(label: String, path: String)] = []
        let sizes = try articles.map { try Self.positiveList($0, option: "--articles") }
            ?? (wikinews.isEmpty ? [1_000, 10_000, 100_000] : [])
        for size in sizes {
            let label = "generated-\(size)"
            StandardError.print("generating \(size) articles (seed \(seed)) …")
            let summary = try CorpusWriter.write(
                articles: size, seed: seed, format: textFiles ? .textFiles : .jsonLines,
                to: work.appendingPathComponent("corpus-\(label)"))
            result.append((label, summary.path))
        }
        if !wikinews.isEmpty {
            for times in try Self.positiveList(repeats, option: "--repeat") {
                let label = "wikinews-x\(times)"
                StandardError.print("repeating the articles of \(wikinews.joined(separator: ", ")) \(times) times …")
                let summary = try CorpusRepeater.write(
                    sources: wikinews.map { URL(fileURLWithPath: $0) }, times: times,
                    to: work.appendingPathComponent("corpus-\(label)"))
                result.append((label, summary.path))
            }
        }
        return result
    }

    /// Runs this binary's `bench --measure` on one corpus and reads its measurement.
    ///
    /// The exports of the measurement before are flushed to disk first (`sync`):
    /// otherwise the kernel writes their hundreds of megabytes back while this
    /// run reads, writes and syncs its own files, and charges that to this run.
    private func runChild(input: String, output: String, jobs: Int, formats: [ExportFormat]) throws -> Measurement {
        sync()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Bundle.main.executablePath ?? CommandLine.arguments[0])
        process.arguments = [
            Self.configuration.commandName ?? "bench", "--measure", input, "--out", output, "--jobs", String(jobs),
            "--format", formats.map(\.rawValue).joined(separator: ","),
        ] + (pin ? ["--cores", String(jobs)] : [])
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let measurement = try? JSONDecoder().decode(Measurement.self, from: data)
        else {
            StandardError.print("error: measuring \(input) failed (exit status \(process.terminationStatus))")
            throw ExitCode(1)
        }
        return measurement
    }

    // MARK: The child: one measured run

    /// Builds the graph and writes the exports as `newsgraph extract` does. With one job the
    /// formats are written one after another, each with its own CPU time; with more they
    /// are written in parallel, as `extract` writes them.
    private func measureOnce(input: String, output: String, formats: [ExportFormat]) throws {
        let jobCount = try Self.positiveList(jobs, option: "--jobs")[0]
        let setupStart = DispatchTime.now()
        let pipeline = NewsGraphPipeline()
        let setupSeconds = Self.seconds(since: setupStart)
        let start = DispatchTime.now()
        let cpuAtStart = ResourceUsage.current().cpuSeconds
        let options = PipelineOptions(formats: formats, jobs: jobCount, showProgress: false)
        var report = RunReport()
        let graph = try pipeline.buildGraph(inputs: [input], options: options, report: &report)
        let buildCPUSeconds = ResourceUsage.current().cpuSeconds - cpuAtStart
        let folder = URL(fileURLWithPath: output)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var exportSeconds: [String: Double] = [:]
        var exportCPUSeconds: [String: Double] = [:]
        if jobCount == 1 {
            let triples = SharedTriples()  // as one `export` of every format shares them
            for format in formats {
                let cpuBefore = ResourceUsage.current().cpuSeconds
                let timings = try pipeline.export(graph, to: folder, formats: [format], jobs: 1, triples: triples)
                exportCPUSeconds[format.rawValue] = ResourceUsage.current().cpuSeconds - cpuBefore
                exportSeconds[format.rawValue] = timings[format]
            }
        } else {
            let timings = try pipeline.export(graph, to: folder, formats: formats, jobs: jobCount)
            for (format, seconds) in timings { exportSeconds[format.rawValue] = seconds }
        }
        NewsGraphPipeline.releaseInBackground(graph)  // as `extract` does
        let totalSeconds = Self.seconds(since: start)
        let usage = ResourceUsage.current()
        let measurement = Measurement(
            corpus: input, jobs: jobCount, cores: CoreAffinity.count, articles: report.documents, textBytes: report.textBytes,
            setupSeconds: setupSeconds, readSeconds: report.readSeconds, extractSeconds: report.extractSeconds,
            resolveSeconds: report.resolveSeconds, exportSeconds: exportSeconds, totalSeconds: totalSeconds,
            cpuSeconds: usage.cpuSeconds - cpuAtStart, buildCPUSeconds: buildCPUSeconds,
            exportCPUSeconds: exportCPUSeconds, peakBytes: usage.peakBytes, nodes: report.nodes, edges: report.edges,
            failures: report.failures.count, skipped: report.skipped.count, output: output)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        FileHandle.standardOutput.write(try encoder.encode(measurement))
    }

    // MARK: Helpers

    private static func positiveList(_ text: String, option: String) throws -> [Int] {
        let values = text.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: "")) }
        guard !values.isEmpty, values.allSatisfy({ ($0 ?? 0) >= 1 }) else {
            throw ValidationError("\(option) takes positive whole numbers separated by commas, not '\(text)'.")
        }
        return values.compactMap { $0 }
    }

    private static func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000_000
    }
}

extension BenchCommand {
    /// One measured run of the pipeline on one corpus.
    struct Measurement: Codable {
        /// The corpus's label (`generated-10000`, `wikinews-x10`).
        var corpus: String
        var jobs: Int
        /// The cores the run could use (all, or as many as its jobs with `--pin`).
        var cores: Int
        var articles: Int
        /// UTF-8 bytes of article text analysed.
        var textBytes: Int
        /// Loading lexicons and gazetteers (before the run).
        var setupSeconds: Double
        var readSeconds: Double
        var extractSeconds: Double
        var resolveSeconds: Double
        /// Seconds per format (formats are written in parallel when jobs > 1).
        var exportSeconds: [String: Double]
        /// The whole run, wall clock: read, extract, resolve and export (not the setup).
        var totalSeconds: Double
        /// User and system CPU time of the whole run (not the setup), all threads.
        var cpuSeconds: Double
        /// CPU time of reading, extracting and resolving.
        var buildCPUSeconds: Double
        /// CPU time of each export, when they were written one after another (one job).
        var exportCPUSeconds: [String: Double]
        /// Peak resident memory of the whole process.
        var peakBytes: Int
        var nodes: Int
        var edges: Int
        var failures: Int
        var skipped: Int
        /// Where the exports are.
        var output: String

        var megabytes: Double { Double(textBytes) / 1_000_000 }

        /// Articles, MB, jobs, cores, seconds, rates, speed-up, peak memory and graph size, a row a measurement.
        /// The speed-up of a row is the time of its corpus's row with the fewest jobs divided by its own.
        static func throughputTable(_ rows: [Measurement]) -> String {
            var lines = [
                "corpus                 articles       MB  jobs cores   total s  speed-up     MB/s  articles/s  MB/CPU-s   peak MB"
                    + "     nodes     edges"
            ]
            for row in rows {
                let baseline = rows.filter { $0.corpus == row.corpus }.min { $0.jobs < $1.jobs } ?? row
                lines.append(
                    row.corpus.padded(20) + "\(row.articles)".leftPadded(11) + fixed(row.megabytes, 2, 9)
                        + "\(row.jobs)".leftPadded(6) + "\(row.cores)".leftPadded(6) + fixed(row.totalSeconds, 2, 10)
                        + fixed(baseline.totalSeconds / row.totalSeconds, 2, 10)
                        + fixed(row.megabytes / row.totalSeconds, 2, 9)
                        + fixed(Double(row.articles) / row.totalSeconds, 0, 12)
                        + fixed(row.megabytes / row.cpuSeconds, 2, 10) + fixed(Double(row.peakBytes) / 1_000_000, 1, 10)
                        + "\(row.nodes)".leftPadded(10) + "\(row.edges)".leftPadded(10))
            }
            return lines.joined(separator: "\n")
        }

        /// Seconds of every stage, a row a measurement.
        static func stageTable(_ rows: [Measurement], formats: [ExportFormat]) -> String {
            var header = "corpus                jobs   setup    read  extract  resolve"
            for format in formats { header += format.rawValue.leftPadded(9) }
            var lines = ["seconds per stage:", header]
            for row in rows {
                var line =
                    row.corpus.padded(20) + "\(row.jobs)".leftPadded(6) + fixed(row.setupSeconds, 2, 8)
                    + fixed(row.readSeconds, 2, 8) + fixed(row.extractSeconds, 2, 9) + fixed(row.resolveSeconds, 2, 9)
                for format in formats { line += fixed(row.exportSeconds[format.rawValue] ?? 0, 2, 9) }
                lines.append(line)
            }
            return lines.joined(separator: "\n")
        }

        /// CPU seconds of the build (read, extract, resolve) and of each export, for one-job rows.
        static func cpuTable(_ rows: [Measurement], formats: [ExportFormat]) -> String {
            var header = "corpus                jobs   build"
            for format in formats { header += format.rawValue.leftPadded(9) }
            var lines = ["CPU seconds (one job; exports written one after another):", header]
            for row in rows where !row.exportCPUSeconds.isEmpty {
                var line = row.corpus.padded(20) + "\(row.jobs)".leftPadded(6) + fixed(row.buildCPUSeconds, 2, 8)
                for format in formats { line += fixed(row.exportCPUSeconds[format.rawValue] ?? 0, 2, 9) }
                lines.append(line)
            }
            return lines.joined(separator: "\n")
        }

        private static func fixed(_ value: Double, _ decimals: Int, _ width: Int) -> String {
            String(format: "%.\(decimals)f", value).leftPadded(width)
        }
    }

    /// What `--json` writes: the machine, the seed and every measurement.
    struct Report: Codable {
        var machine: Machine
        var seed: UInt64
        var measurements: [Measurement]
    }

    /// The machine a benchmark ran on.
    struct Machine: Codable, CustomStringConvertible {
        var cores: Int
        var cpu: String
        var memoryBytes: UInt64

        static var current: Machine {
            let cpuInfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
            let model = cpuInfo.split(separator: "\n").first { $0.hasPrefix("model name") }
                .flatMap { $0.split(separator: ":", maxSplits: 1).last }
                .map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown"
            return Machine(
                cores: ProcessInfo.processInfo.activeProcessorCount, cpu: model,
                memoryBytes: ProcessInfo.processInfo.physicalMemory)
        }

        var description: String {
            "machine: \(cores) cores, \(cpu), " + String(format: "%.1f", Double(memoryBytes) / 1_000_000_000) + " GB memory"
        }
    }

    /// CPU time and peak memory of this process, from `getrusage`.
    struct ResourceUsage {
        var cpuSeconds: Double
        var peakBytes: Int

        static func current() -> ResourceUsage {
            var usage = rusage()
            #if os(Linux)
                getrusage(RUSAGE_SELF.rawValue, &usage)
            #else
                getrusage(RUSAGE_SELF, &usage)
            #endif
            let cpu =
                Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1_000_000
                + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1_000_000
            #if os(Linux)
                let peak = Int(usage.ru_maxrss) * 1024  // kilobytes on Linux
            #else
                let peak = Int(usage.ru_maxrss)  // bytes on Darwin
            #endif
            return ResourceUsage(cpuSeconds: cpu, peakBytes: peak)
        }
    }
}

extension String {
    /// The string cut or padded with spaces on the right to `width` characters.
    fileprivate func padded(_ width: Int) -> String {
        count >= width ? String(prefix(width)) : self + String(repeating: " ", count: width - count)
    }

    /// The string padded with spaces on the left to `width` characters.
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
