import Foundation

/// `map` over an array on several threads; the results keep the array's order.
///
///     ParallelMap.map(analyses, jobs: 2) { StatementResolution.statements(of: $0) }
public enum ParallelMap {
    /// The elements handed to a thread at a time.
    public static let chunk = 16

    /// `elements.map(transform)`, with the elements shared out over `jobs`
    /// threads, `chunk` at a time.
    public static func map<Element: Sendable, Result: Sendable>(
        _ elements: [Element], jobs: Int, chunk: Int = ParallelMap.chunk, _ transform: @Sendable (Element) -> Result
    ) -> [Result] {
        let workers = min(jobs, (elements.count + chunk - 1) / chunk)
        guard workers > 1 else { return elements.map(transform) }
        let results = Slots<Result>(count: elements.count)
        let next = Counter()
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while case let start = next.take(chunk), start < elements.count {
                for index in start..<min(start + chunk, elements.count) { results.set(index, transform(elements[index])) }
            }
        }
        return results.values()
    }

    /// One slot per element; each is written by one thread only.
    private final class Slots<Value>: @unchecked Sendable {
        private var slots: [Value?]
        private let lock = NSLock()

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ value: Value) { lock.withLock { slots[index] = value } }

        func values() -> [Value] { lock.withLock { slots.compactMap { $0 } } }
    }

    /// Hands out the starts of consecutive runs of indices.
    private final class Counter: @unchecked Sendable {
        private var next = 0
        private let lock = NSLock()

        func take(_ count: Int) -> Int {
            lock.withLock {
                defer { next += count }
                return next
            }
        }
    }
}
