import Foundation
import NewsGraphModel
import Resolution

/// A fixed number of slots that worker threads fill, each slot by one thread.
final class ResultSlots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    subscript(index: Int) -> Value? {
        get { lock.withLock { slots[index] } }
        set { lock.withLock { slots[index] = newValue } }
    }

    /// The values in slot order; every slot must be filled.
    func values() -> [Value] { lock.withLock { slots.map { $0! } } }
}

/// Hands out the indices `0..<limit` to worker threads, each once.
final class WorkCounter: @unchecked Sendable {
    private var next = 0
    private let lock = NSLock()

    func take(below limit: Int) -> Int? {
        lock.withLock {
            guard next < limit else { return nil }
            defer { next += 1 }
            return next
        }
    }
}

/// The prepared analyses of one batch and the seconds they took, filled by the thread that analysed it.
final class BatchResult: @unchecked Sendable {
    var documents: [PreparedDocument] = []
    var seconds = 0.0
}
