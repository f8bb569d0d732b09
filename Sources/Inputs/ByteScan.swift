import Foundation

/// Cheap checks on raw input bytes, run before any decoding.
enum ByteScan {
    /// The UTF-8 byte order mark.
    static let utf8BOM: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The offset of the first NUL byte, if any: the mark of a binary file.
    static func firstNUL(in data: Data) -> Int? {
        data.withUnsafeBytes { bytes in
            guard let base = bytes.baseAddress, let found = memchr(base, 0, bytes.count) else { return nil }
            return UnsafeRawPointer(found) - base
        }
    }

    /// The offset of the first `byte` in `bytes` at or after `start`, if any.
    static func firstIndex(of byte: UInt8, in bytes: UnsafeRawBufferPointer, from start: Int) -> Int? {
        guard let base = bytes.baseAddress, start < bytes.count,
            let found = memchr(base + start, Int32(byte), bytes.count - start)
        else { return nil }
        return UnsafeRawPointer(found) - base
    }

    /// Whether `data` starts with a UTF-16 byte order mark.
    static func hasUTF16BOM(_ data: Data) -> Bool {
        guard data.count >= 2 else { return false }
        let first = data[data.startIndex]
        let second = data[data.startIndex + 1]
        return (first == 0xFF && second == 0xFE) || (first == 0xFE && second == 0xFF)
    }

    /// Whether `data` starts with the UTF-8 byte order mark.
    static func hasUTF8BOM(_ data: Data) -> Bool {
        data.starts(with: utf8BOM)
    }

    /// The offset of the first byte that is not part of well-formed UTF-8
    /// (no overlong forms, no surrogates, nothing above U+10FFFF), if any.
    static func firstInvalidUTF8(in data: Data) -> Int? {
        data.withUnsafeBytes { firstInvalidUTF8(in: $0) }
    }

    /// The high bit of each byte of a word: zero after masking exactly when all eight bytes are ASCII.
    static let highBits: UInt64 = 0x8080_8080_8080_8080
    /// One in each byte of a word: times a byte, that byte in all eight.
    static let ones: UInt64 = 0x0101_0101_0101_0101

    /// The offset of the first byte that is not part of well-formed UTF-8, if any.
    static func firstInvalidUTF8(in bytes: UnsafeRawBufferPointer) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            // Whole words of ASCII first (the common case), then straight to the first byte that is not.
            while index + 8 <= count {
                let nonASCII = bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self) & highBits
                guard nonASCII == 0 else {
                    index += nonASCII.trailingZeroBitCount >> 3
                    break
                }
                index += 8
            }
            guard index < count else { break }
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            // The length of the sequence and the range its second byte must lie in.
            let length: Int
            var secondRange: ClosedRange<UInt8> = 0x80...0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0:
                length = 3
                secondRange = 0xA0...0xBF
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED:
                length = 3
                secondRange = 0x80...0x9F
            case 0xF0:
                length = 4
                secondRange = 0x90...0xBF
            case 0xF1...0xF3: length = 4
            case 0xF4:
                length = 4
                secondRange = 0x80...0x8F
            default: return index
            }
            guard index + length <= count else { return index }
            guard secondRange.contains(bytes[index + 1]) else { return index }
            for offset in 2..<length where !(0x80...0xBF).contains(bytes[index + offset]) {
                return index
            }
            index += length
        }
        return nil
    }
}
