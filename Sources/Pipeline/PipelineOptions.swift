import Foundation

/// How a run is carried out.
public struct PipelineOptions: Sendable {
    /// The formats to write.
    public var formats: [ExportFormat]
    /// How many documents are analysed at once (at least 1).
    public var jobs: Int
    /// Whether the first bad input stops the run.
    public var strict: Bool
    /// Whether to draw a progress line; nil: only when standard error is a terminal.
    public var showProgress: Bool?
    /// How many articles are read ahead and analysed as one batch.
    public var batchSize: Int

    /// Creates options; by default every format, all cores, lenient, progress on terminals.
    public init(
        formats: [ExportFormat] = ExportFormat.allCases, jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
        strict: Bool = false, showProgress: Bool? = nil, batchSize: Int = 256
    ) {
        self.formats = formats
        self.jobs = max(1, jobs)
        self.strict = strict
        self.showProgress = showProgress
        self.batchSize = max(1, batchSize)
    }
}
