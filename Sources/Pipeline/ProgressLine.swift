import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A one-line progress display on standard error (`1200 documents, 310 docs/s`),
/// redrawn in place at most a few times a second, and silent when standard
/// error is not a terminal (logs, CI, pipes).
struct ProgressLine {
    private let enabled: Bool
    private let start = Date()
    private var lastDraw = Date.distantPast
    private var drawn = false

    /// Creates a display; `enabled` nil means: only when standard error is a terminal.
    init(enabled: Bool? = nil) {
        self.enabled = enabled ?? (isatty(STDERR_FILENO) == 1)
    }

    /// Shows the count of documents done and the rate, throttled.
    mutating func update(documents: Int, bytes: Int) {
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(lastDraw) >= 0.25 else { return }
        lastDraw = now
        let seconds = max(now.timeIntervalSince(start), 0.001)
        let line = String(
            format: "\r%d documents, %.0f docs/s, %.1f MB/s", documents, Double(documents) / seconds,
            Double(bytes) / seconds / 1_000_000)
        FileHandle.standardError.write(Data(line.utf8))
        drawn = true
    }

    /// Clears the line once the run is done.
    mutating func finish() {
        guard enabled, drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        drawn = false
    }
}
