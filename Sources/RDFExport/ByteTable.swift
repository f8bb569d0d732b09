import ExportSupport

/// Strings copied once into one block of memory and read back by index as
/// UTF-8 bytes. Writing a string from the table touches neither its heap
/// object nor its reference count, and the strings of one table lie side by
/// side: the RDF exports keep their resource ids here, each written many times.
///
///     let ids = ByteTable(["a", "bc"])
///     ids[1]   // the bytes of "bc"
struct ByteTable {
    /// Every string's bytes, one after another.
    private let storage: FixedBytes
    /// Where each string ends in ``storage`` (and the next starts).
    private let ends: [Int]

    /// A table of `strings`, in their order.
    init(_ strings: [String]) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(strings.reduce(0) { $0 + $1.utf8.count })
        var ends: [Int] = []
        ends.reserveCapacity(strings.count)
        for index in strings.indices {  // by index: the strings are read in place
            bytes.append(contentsOf: strings[index].utf8)
            ends.append(bytes.count)
        }
        storage = FixedBytes(bytes)
        self.ends = ends
    }

    /// The bytes of the string at `index`, valid while the table lives.
    subscript(index: Int) -> UnsafeBufferPointer<UInt8> {
        let start = index == 0 ? 0 : ends[index - 1]
        return UnsafeBufferPointer(rebasing: storage.buffer[start..<ends[index]])
    }
}
