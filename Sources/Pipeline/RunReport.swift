import Inputs

/// What one run did: counts, problems, and how long each stage took.
public struct RunReport: Sendable {
    /// Articles analysed.
    public var documents = 0
    /// Bytes of article text analysed (UTF-8).
    public var textBytes = 0
    /// Inputs that could not be read.
    public var failures: [InputError] = []
    /// Articles left out on purpose (not German, duplicates), with the reason.
    public var skipped: [(origin: String, reason: String)] = []
    /// Nodes and edges of the graph.
    public var nodes = 0
    public var edges = 0
    /// Seconds spent reading inputs, analysing batches (wall clock; the two
    /// overlap), resolving, and in each export.
    public var readSeconds = 0.0
    public var extractSeconds = 0.0
    public var resolveSeconds = 0.0
    public var exportSeconds: [ExportFormat: Double] = [:]
    /// Wall-clock seconds of the whole run.
    public var totalSeconds = 0.0

    /// Creates an empty report.
    public init() {}
}
