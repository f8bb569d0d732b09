/// Replaces `\uD800`–`\uDFFF` escapes that do not form a surrogate pair with
/// `\uFFFD` in one line of JSON, so that the parser (which refuses lone
/// surrogates) reads the rest of the line. Escapes outside strings and
/// escaped backslashes (`\\uD800`) are left alone.
enum JSONSurrogateRepair {
    /// `line` with every lone surrogate escape replaced, or `line` itself when it has none.
    static func repaired(_ line: [UInt8]) -> [UInt8] {
        var bytes = line
        var index = 0
        var inString = false
        while index < bytes.count {
            let byte = bytes[index]
            guard inString else {
                inString = byte == quote
                index += 1
                continue
            }
            if byte == quote {
                inString = false
                index += 1
            } else if byte == backslash {
                guard index + 1 < bytes.count, bytes[index + 1] == letterU, let value = hex(bytes, at: index + 2) else {
                    index += 2
                    continue
                }
                if (0xD800...0xDBFF).contains(value), index + 11 < bytes.count, bytes[index + 6] == backslash,
                    bytes[index + 7] == letterU, let low = hex(bytes, at: index + 8), (0xDC00...0xDFFF).contains(low)
                {
                    index += 12
                } else {
                    if (0xD800...0xDFFF).contains(value) {
                        bytes.replaceSubrange(index + 2..<index + 6, with: Array("FFFD".utf8))
                    }
                    index += 6
                }
            } else {
                index += 1
            }
        }
        return bytes
    }

    private static let quote = UInt8(ascii: "\"")
    private static let backslash = UInt8(ascii: "\\")
    private static let letterU = UInt8(ascii: "u")

    /// The value of four hex digits at `index`, if there are four.
    private static func hex(_ bytes: [UInt8], at index: Int) -> UInt32? {
        guard index + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for byte in bytes[index..<index + 4] {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }
}
