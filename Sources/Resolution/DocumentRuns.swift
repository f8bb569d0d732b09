import Foundation
import NewsGraphModel

/// The prepared documents cut into consecutive runs of about equal size,
/// one for each thread that adds them to a graph. A run is taken whole, so
/// that its thread holds the only reference and can let each analysis go
/// once it is added.
final class DocumentRuns: @unchecked Sendable {
    private var runs: [[PreparedDocument]]
    /// The position of each run's first document among all documents.
    private let starts: [Int]
    private let lock = NSLock()

    /// Cuts `documents` into `count` runs (fewer when there are fewer documents), in order.
    /// The documents are moved into the runs, not copied (a copy retains all a document holds).
    init(_ documents: consuming [PreparedDocument], count: Int) {
        var rest = documents
        let size = max(1, (rest.count + max(1, count) - 1) / max(1, count))
        starts = Array(stride(from: 0, to: max(rest.count, 1), by: size))
        // Each run is popped off the end of the rest, backwards, and popped again into order (a move each time).
        var runs = [[PreparedDocument]](repeating: [], count: starts.count)
        var backwards: [PreparedDocument] = []
        for run in starts.indices.reversed() {
            while rest.count > starts[run] { backwards.append(rest.removeLast()) }
            runs[run].reserveCapacity(backwards.count)
            while let document = backwards.popLast() { runs[run].append(document) }
        }
        self.runs = runs
    }

    /// The position of run `index`'s first document among all documents.
    func start(of index: Int) -> Int { starts[index] }

    /// The indices of the runs, in document order.
    var indices: [Int] { Array(runs.indices) }

    /// Run `index`, handed over: the runs keep no reference to it.
    func take(_ index: Int) -> [PreparedDocument] {
        lock.withLock {
            defer { runs[index] = [] }
            return runs[index]
        }
    }
}
