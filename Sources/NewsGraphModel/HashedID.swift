/// The id of a node whose identity is a hash (``Identifier/hashedID(_:hash:)``):
/// its type's prefix, then the hash in hexadecimal. It is hashed and
/// compared with ids without the string being made, so that a
/// ``GraphBuilder`` makes the string once a node, not once a mention.
///
///     let id = HashedID(.statement, key: StableHash.fnv1a("ja"))
///     id.string == Identifier.hashedID(.statement, key: "ja")   // true
///     id.idHash == StableHash.fnv1a(id.string)                    // true
public struct HashedID: Sendable, Hashable {
    /// The node type, whose ``NodeType/idPrefix`` the id starts with.
    public let type: NodeType
    /// The hash the id writes in hexadecimal.
    public let key: UInt64
    /// The ``StableHash`` of the id string.
    public let idHash: UInt64

    /// The id of a node of `type` whose identity hashes to `key`.
    public init(_ type: NodeType, key: UInt64) {
        self.type = type
        self.key = key
        var hash = StableHash()
        hash.add(type.idPrefix)
        hash.add(hexDigitsOf: key)
        idHash = hash.value
    }

    /// The id.
    public var string: String { Identifier.hashedID(type, hash: key) }

    /// Whether `id` is this id, compared on its bytes.
    func isID(of id: String) -> Bool {
        var prefix = type.idPrefix
        return prefix.withUTF8 { prefix in
            guard id.utf8.count == prefix.count + 16 else { return false }
            let digits = StableHash.hexDigits(of: key)
            let equal = id.utf8.withContiguousStorageIfAvailable { bytes in
                let raw = UnsafeRawBufferPointer(bytes)
                guard raw.loadUnaligned(fromByteOffset: prefix.count, as: UInt64.self) == digits.high.littleEndian,
                    raw.loadUnaligned(fromByteOffset: prefix.count + 8, as: UInt64.self) == digits.low.littleEndian
                else { return false }
                for index in prefix.indices where bytes[index] != prefix[index] { return false }
                return true
            }
            return equal ?? (id == string)
        }
    }
}
