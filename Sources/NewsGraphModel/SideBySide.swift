import Dispatch

/// Two pieces of work at once: the first on another thread while the second
/// runs on the calling one.
///
///     let (nodes, edges) = SideBySide.run(parallel: jobs > 1, { sortedNodes() }, { sortedEdges() })
public enum SideBySide {
    /// The results of `first` and `second`: side by side when `parallel`,
    /// else one after the other on the calling thread.
    public static func run<First: Sendable, Second>(
        parallel: Bool, _ first: @escaping @Sendable () -> First, _ second: () -> Second
    ) -> (First, Second) {
        guard parallel else { return (first(), second()) }
        let result = Slot<First>()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { result.value = first() }
        let other = second()
        group.wait()
        guard let value = result.value else { return (first(), other) }
        return (value, other)
    }

    /// Where the other thread leaves its result; read only after it is done.
    private final class Slot<Value>: @unchecked Sendable {
        var value: Value?
    }
}
