import Foundation
import NewsGraphModel

/// A value worked out once from one graph for every format written of it:
/// whichever exporter comes first works it out; the others, on other
/// threads too, wait for it and share it.
///
///     let texts = SharedPlainTexts()
///     try GraphMLExporter(sharing: texts).write(graph, to: graphmlURL)
///     try DOTExporter(sharing: texts).write(graph, to: dotURL)   // the same graph
///
/// One instance serves one graph: the exporters that share it must be given the same graph.
public final class SharedByGraph<Value: Sendable>: @unchecked Sendable {  // `value` only read or written under `lock`
    private let lock = NSLock()
    private var value: Value?
    private let make: @Sendable (Graph) -> Value

    /// Creates an empty store whose value `make` works out on first use.
    public init(_ make: @escaping @Sendable (Graph) -> Value) {
        self.make = make
    }

    /// The value of `graph`, worked out on the first call.
    public func of(_ graph: Graph) -> Value {
        lock.withLock {
            if let value { return value }
            let made = make(graph)
            value = made
            return made
        }
    }
}

/// The ``PlainTexts`` of one graph, looked at once for every format written of it.
public typealias SharedPlainTexts = SharedByGraph<PlainTexts>

extension SharedByGraph where Value == PlainTexts {
    /// Creates an empty store; the texts are looked at on first use.
    public convenience init() { self.init(PlainTexts.init) }
}

/// The ``GraphDocuments`` of one graph, looked up once for every format written of it.
public typealias SharedGraphDocuments = SharedByGraph<GraphDocuments>

extension SharedByGraph where Value == GraphDocuments {
    /// Creates an empty store; the documents are looked up on first use.
    public convenience init() { self.init(GraphDocuments.init) }
}
