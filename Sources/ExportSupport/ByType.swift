/// Bytes rendered once for each case of a type (a node's or edge's type),
/// found by the case's position in `allCases` (a few comparisons of the
/// case) rather than by hashing its raw value, as a dictionary would.
/// Inlinable, so that each use is specialized for its type: unspecialized,
/// every lookup went through the witness tables of `Type`.
///
///     let ends = ByType<EdgeType> { FixedBytes("\($0.rawValue)];\n") }
///     sink.append(ends[.asserts])
public struct ByType<Type: CaseIterable & Equatable> {
    @usableFromInline let cases: [Type]
    @usableFromInline let values: [FixedBytes]

    /// Renders `render` for every case.
    @inlinable
    public init(_ render: (Type) -> FixedBytes) {
        cases = Array(Type.allCases)
        values = cases.map(render)
    }

    /// The bytes of `type`, valid while this lives (a buffer: no array to retain for each use).
    @inlinable
    public subscript(type: Type) -> UnsafeBufferPointer<UInt8> {
        guard let index = cases.firstIndex(of: type) else { preconditionFailure("\(type) is one of allCases") }
        return values[index].buffer
    }
}
