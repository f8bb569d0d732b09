import ExportSupport

/// Strings copied once into one block of padded memory (``ExportSupport/FixedBytes``)
/// and read back by index as UTF-8 bytes. Writing a string from the table touches neither its heap
/// object nor its reference count, and the strings of one table lie side by
/// side: the RDF exports keep their resource ids here, each written many times.
///
///     let ids = ByteTable(["a", "bc"])
///     ids[1]   // the bytes of "bc"
struct ByteTable {
    /// Every string's bytes, one after another.
    private let storage: FixedBytes
    /// Where each string starts in ``storage``, and where the last ends: string `i` is `offsets[i]..<offsets[i + 1]`.
    private let offsets: [Int]

    /// A table of `strings`, in their order.
    init(_ strings: [String]) {
        self = strings.withUnsafeBufferPointer { strings in
            let strings = UnsafeMutableBufferPointer(mutating: strings)  // for `withUTF8`, which writes nothing to a native string
            return ByteTable(count: strings.count) { strings[$0].withUTF8($1) }
        }
    }

    /// A table of `count` strings: string `index` is the UTF-8 that
    /// `utf8(index, take)` hands to `take`, so that strings can be read in
    /// place (a copy of each would be retained and released).
    init(count: Int, utf8: (Int, (UnsafeBufferPointer<UInt8>) -> Void) -> Void) {
        var bytes: [UInt8] = []
        var offsets = [0]
        offsets.reserveCapacity(count + 1)
        for index in 0..<count {
            utf8(index) { bytes.append(contentsOf: $0) }
            offsets.append(bytes.count)
        }
        storage = FixedBytes(bytes)
        self.offsets = offsets
    }

    /// The number of strings.
    var count: Int { offsets.count - 1 }

    /// The bytes of the string at `index`, valid while the table lives.
    @inline(__always)
    subscript(index: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: storage.buffer[offsets[index]..<offsets[index + 1]])
    }
}
