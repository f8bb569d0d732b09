/// A 64-bit FNV-1a hash of a string's UTF-8 bytes: the same on every run and
/// every machine, unlike `Hasher`, so it can go into ids.
public enum StableHash {
    /// The hash of `text`.
    public static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// The hash as 16 lower-case hexadecimal digits.
    public static func hex(_ text: String) -> String {
        let digits = String(fnv1a(text), radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
