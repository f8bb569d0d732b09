import ExportSupport

/// A resource id as the sinks take it: its UTF-8 bytes, and whether it is a
/// plain local name, which Turtle writes as `ngr:id` (see ``TurtleSink/isLocalName(_:)-(UnsafeBufferPointer<UInt8>)``).
struct ResourceID {
    /// The id's bytes, valid while their table (or string) lives.
    let bytes: UnsafeBufferPointer<UInt8>
    /// Whether the id is a plain local name.
    let isLocalName: Bool
    /// Whether the bytes lie in padded memory (a table's), to be copied in
    /// runs of sixteen (``ExportSupport/BytePiece/put(runsOf:)``).
    private let isPadded: Bool

    /// The id `bytes` (a string's, not padded), tested for a local name now.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.init(bytes, isLocalName: TurtleSink.isLocalName(bytes), isPadded: false)
    }

    init(_ bytes: UnsafeBufferPointer<UInt8>, isLocalName: Bool, isPadded: Bool) {
        self.bytes = bytes
        self.isLocalName = isLocalName
        self.isPadded = isPadded
    }

    /// Puts the id's bytes in `piece`, which has room for ``ExportSupport/ByteWords/runOverrun`` bytes more.
    @inline(__always)
    func put(to piece: inout BytePiece) {
        if isPadded { piece.put(runsOf: bytes) } else { piece.put(bytes) }
    }
}

/// Resource ids kept in a ``ByteTable``, each tested once for a local name:
/// an id is written many times (a node as the object of every edge that
/// reaches it, a document as every mention's), and the test reads every byte.
///
///     let ids = ResourceTable(["person-mark-rutte", "a b"])
///     ids[0].isLocalName   // true
struct ResourceTable {
    /// The ids' bytes.
    private let ids: ByteTable
    /// Whether each id is a local name.
    private let localNames: [Bool]

    /// A table of `ids`, in their order.
    init(_ ids: [String]) {
        self.init(ByteTable(ids))
    }

    /// A table of `count` ids, read as ``ByteTable/init(count:utf8:)`` reads them.
    init(count: Int, utf8: (Int, (UnsafeBufferPointer<UInt8>) -> Void) -> Void) {
        self.init(ByteTable(count: count, utf8: utf8))
    }

    private init(_ table: ByteTable) {
        ids = table
        localNames = (0..<table.count).map { TurtleSink.isLocalName(table[$0]) }
    }

    /// The id at `index`, valid while the table lives.
    @inline(__always)
    subscript(index: Int) -> ResourceID { ResourceID(ids[index], isLocalName: localNames[index], isPadded: true) }
}
