/// The memory of a ``ByteSink``, freed with it.
@usableFromInline
final class ByteStorage {
    /// The first byte.
    @usableFromInline let base: UnsafeMutablePointer<UInt8>
    /// How many bytes there is room for.
    @usableFromInline let capacity: Int

    @usableFromInline
    init(capacity: Int) {
        base = .allocate(capacity: capacity)
        self.capacity = capacity
    }

    deinit { base.deallocate() }

    /// New memory of `capacity` bytes holding the first `count` bytes of this one.
    @usableFromInline
    func copy(count: Int, capacity: Int) -> ByteStorage {
        let copy = ByteStorage(capacity: capacity)
        copy.base.initialize(from: base, count: count)
        return copy
    }
}
