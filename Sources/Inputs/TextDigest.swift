/// A 128-bit fingerprint of a text's letters and digits, case folded: the
/// UTF-8 of the scalars of the lower-cased text that are alphabetic or
/// numeric, hashed eight bytes at a time (``TextSurvey`` finds them). Texts
/// that differ only in case, spacing and punctuation share a digest.
struct TextDigest: Hashable {
    private var first: UInt64 = 0xcbf2_9ce4_8422_2325
    private var second: UInt64 = 0x6c62_272e_07bb_0142

    /// Hashes one chunk of eight bytes into both halves: a multiplication
    /// each, then the high bits folded down so that every bit depends on every input bit.
    @inline(__always)
    fileprivate mutating func add(_ chunk: UInt64) {
        first = (first ^ chunk) &* 0x9E37_79B9_7F4A_7C15
        first ^= first &>> 32
        second = (second ^ chunk) &* 0xC2B2_AE3D_27D4_EB4F
        second ^= second &>> 29
    }

    /// A digest fed a byte stream a few bytes at a time.
    struct Builder {
        private var hashed = TextDigest()
        /// Bytes not hashed yet, first byte lowest.
        private var pending: UInt64 = 0
        /// How many bits of `pending` hold bytes (0–56).
        private var pendingBits = 0
        private var isEmpty = true

        /// The digest of the bytes appended; nil when there are none.
        var digest: TextDigest? {
            guard !isEmpty else { return nil }
            var digest = hashed
            // Every byte of the stream is non-zero, so the bytes left say how many they are.
            if pendingBits > 0 { digest.add(pending) }
            return digest
        }

        /// Appends 1–8 non-zero bytes (`bits` bits), packed first byte lowest.
        @inline(__always)
        mutating func append(_ bytes: UInt64, bits: Int) {
            isEmpty = false
            pending |= bytes &<< pendingBits
            let total = pendingBits &+ bits
            guard total >= 64 else {
                pendingBits = total
                return
            }
            hashed.add(pending)
            // The bytes that did not fit (none when the eight bytes were filled exactly).
            pending = (bytes &>> (63 &- pendingBits)) &>> 1
            pendingBits = total &- 64
        }
    }
}
