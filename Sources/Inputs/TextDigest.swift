/// A 128-bit fingerprint of a text's letters and digits, case folded.
struct TextDigest: Hashable {
    private var first: UInt64 = 0xcbf2_9ce4_8422_2325
    private var second: UInt64 = 0x6c62_272e_07bb_0142

    /// The digest of `text`, or nil when it has no letters or digits.
    ///
    /// The scalars of the lower-cased text that are alphabetic or numeric
    /// are hashed. `String.lowercased()` maps scalar by scalar, so each scalar
    /// is lower-cased on its own: ASCII and Latin-1 by range, any other through its
    /// Unicode lower-case mapping, without copying the text (the scalars are
    /// decoded from its UTF-8 directly).
    init?(_ text: String) {
        var text = text
        guard
            let digest = text.withUTF8({ bytes -> TextDigest? in
                var digest = TextDigest()
                var seen = false
                var scalars = UTF8Scalars(bytes)
                while let value = scalars.next() {
                    if value < 0x80 {
                        // Letters and digits: setting bit 5 lower-cases a letter and keeps a digit.
                        let mask: UInt64 = value < 0x40 ? Self.digitBits : Self.letterBits
                        if (mask >> UInt64(value & 0x3F)) & 1 != 0 {
                            digest.add(value | 0x20)
                            seen = true
                        }
                        continue
                    }
                    if value >= 0xC0 && value <= 0xFF && value != 0xD7 && value != 0xF7 {
                        // Latin-1 letters: À–Þ lower-case to à–þ, ß–ÿ are lower case.
                        digest.add(value < 0xDF ? value + 0x20 : value)
                        seen = true
                        continue
                    }
                    // General punctuation (dashes, quotation marks, spaces) holds no letter or digit.
                    if value >= 0x2000 && value <= 0x206F { continue }
                    for lower in Unicode.Scalar(value)!.properties.lowercaseMapping.unicodeScalars
                    where lower.properties.isAlphabetic || lower.properties.numericType != nil {
                        seen = true
                        digest.add(lower.value)
                    }
                }
                return seen ? digest : nil
            })
        else { return nil }
        self = digest
    }

    private init() {}

    /// Bit n set for the digits 0x30–0x39 (n = byte − 0x00).
    private static let digitBits: UInt64 = 0x03FF << 0x30
    /// Bit n set for the letters 0x41–0x5A and 0x61–0x7A (n = byte − 0x40).
    private static let letterBits: UInt64 = 0x07FF_FFFE | 0x07FF_FFFE << 32

    /// Hashes one scalar value into both halves (one multiplication each; the
    /// second half rotated so that its low bits depend on every input bit).
    private mutating func add(_ scalar: UInt32) {
        let value = UInt64(scalar)
        first = (first ^ value) &* 0x0000_0100_0000_01B3
        second = ((second ^ value) &* 0x9E37_79B9_7F4A_7C15).rotatedLeft(by: 29)
    }
}

extension UInt64 {
    fileprivate func rotatedLeft(by count: UInt64) -> UInt64 {
        self << count | self >> (64 - count)
    }
}
