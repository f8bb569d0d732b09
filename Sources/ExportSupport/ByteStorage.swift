/// The memory of a ``ByteSink``, freed with it. Memory of a block or more
/// starts on a block boundary, as direct writes need (see ``DirectWriter``).
/// A sink hands a full buffer to its writer's thread and fills another; the
/// two never touch one buffer at once (hence `@unchecked Sendable`).
@usableFromInline
final class ByteStorage: @unchecked Sendable {
    /// The first byte.
    @usableFromInline let base: UnsafeMutablePointer<UInt8>
    /// How many bytes there is room for.
    @usableFromInline let capacity: Int

    @usableFromInline
    init(capacity: Int) {
        let alignment = capacity >= DirectWriter.blockSize ? DirectWriter.blockSize : MemoryLayout<UInt64>.alignment
        base = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: alignment)
            .bindMemory(to: UInt8.self, capacity: capacity)
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
