/// A 128-bit fingerprint of a text's letters and digits, case folded.
struct TextDigest: Hashable {
    private var first: UInt64 = 0xcbf2_9ce4_8422_2325
    private var second: UInt64 = 0x6c62_272e_07bb_0142

    /// The digest of `text`, or nil when it has no letters or digits.
    ///
    /// The scalars of the lower-cased text that are alphabetic or numeric
    /// are hashed. `String.lowercased()` maps scalar by scalar, so each scalar
    /// is lower-cased on its own: ASCII and Latin-1 by range, any other through its
    /// Unicode lower-case mapping, without copying the text.
    init?(_ text: String) {
        var seen = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                if value >= 0x61 && value <= 0x7A || value >= 0x30 && value <= 0x39 {
                    add(value)
                } else if value >= 0x41 && value <= 0x5A {
                    add(value + 0x20)
                } else {
                    continue
                }
                seen = true
                continue
            }
            if value >= 0xC0 && value <= 0xFF && value != 0xD7 && value != 0xF7 {
                // Latin-1 letters: À–Þ lower-case to à–þ, ß–ÿ are lower case.
                add(value < 0xDF ? value + 0x20 : value)
                seen = true
                continue
            }
            for lower in scalar.properties.lowercaseMapping.unicodeScalars
            where lower.properties.isAlphabetic || lower.properties.numericType != nil {
                seen = true
                add(lower.value)
            }
        }
        guard seen else { return nil }
    }

    /// Hashes the low three bytes of a scalar value.
    private mutating func add(_ scalar: UInt32) {
        var value = scalar
        for _ in 0..<3 {
            let byte = UInt64(value & 0xFF)
            first = (first ^ byte) &* 0x0000_0100_0000_01B3
            second = (second ^ byte) &* 0x0000_0100_0000_01B3 &+ 0x9E37_79B9
            value >>= 8
        }
    }
}
