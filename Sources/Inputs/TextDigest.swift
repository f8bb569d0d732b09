/// A 128-bit fingerprint of a text's letters and digits, case folded.
struct TextDigest: Hashable {
    private var first: UInt64 = 0xcbf2_9ce4_8422_2325
    private var second: UInt64 = 0x6c62_272e_07bb_0142

    /// The digest of `text`, or nil when it has no letters or digits.
    init?(_ text: String) {
        var seen = false
        for scalar in text.lowercased().unicodeScalars
        where scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
            seen = true
            var value = scalar.value
            for _ in 0..<3 {
                let byte = UInt64(value & 0xFF)
                first = (first ^ byte) &* 0x0000_0100_0000_01B3
                second = (second ^ byte) &* 0x0000_0100_0000_01B3 &+ 0x9E37_79B9
                value >>= 8
            }
        }
        guard seen else { return nil }
    }
}
