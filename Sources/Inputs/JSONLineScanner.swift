import Foundation
import Lexicons

/// The article fields of one JSON line, found by a direct scan of its bytes,
/// for the common line that needs no more: a JSON object whose article fields
/// hold strings or `null`.
///
/// The scan takes a strict part of JSON and leaves everything else to the full
/// parser (`JSONSerialization`), so that where it answers, it answers as the
/// parser does after `JSONSurrogateRepair`: a later duplicate key wins, a lone
/// surrogate escape reads as U+FFFD. It declines a line that is not one object,
/// is not valid JSON, has an article field holding a number, boolean, array or
/// object, a key written with escapes, a number with an exponent or over 15
/// digits, or nesting deeper than 64. Strings are built only when asked for.
struct JSONLineScanner: ArticleFieldSource {
    /// Where an article field's value lies in the line.
    fileprivate enum Value {
        case null
        /// The string's content between its quotes; `escaped` when it holds a backslash.
        case string(start: Int, end: Int, escaped: Bool)
    }

    private let line: [UInt8]
    /// The value of each article field, by `ArticleField.rawValue`; nil when absent.
    private var values: [Value?]

    /// The fields of `line` (valid UTF-8, no line break), or nil when the full parser must read it.
    init?(line: [UInt8]) {
        self.line = line
        var found = [Value?](repeating: nil, count: ArticleField.allCases.count)
        let complete = line.withUnsafeBufferPointer { bytes in
            var scan = ByteCursor(bytes: bytes)
            return scan.object(found: &found)
        }
        guard complete else { return nil }
        values = found
    }

    func string(_ field: ArticleField) -> String? {
        guard case .string(let start, let end, let escaped) = values[field.rawValue] else { return nil }
        return line.withUnsafeBufferPointer { bytes in
            let content = UnsafeBufferPointer(rebasing: bytes[start..<end])
            return escaped ? Self.unescaped(content) : String(validUTF8: content)
        }
    }

    func identifier(_ field: ArticleField) -> String? {
        string(field)
    }

    func isPresent(_ field: ArticleField) -> Bool {
        guard case .string = values[field.rawValue] else { return false }
        return true
    }

    /// The string that the escaped content of a JSON string stands for (its escapes already checked by the scan).
    /// No escape is shorter than what it stands for (`\n` one byte, `\uXXXX` at most three, a pair of them
    /// four), so the content's length is room enough: plain runs are copied in whole, escapes written in place.
    private static func unescaped(_ content: UnsafeBufferPointer<UInt8>) -> String {
        let bytes = [UInt8](unsafeUninitializedCapacity: content.count) { buffer, written in
            let source = content.baseAddress!
            let target = buffer.baseAddress!
            var index = 0
            while index < content.count {
                let plainEnd =
                    memchr(source + index, Int32(backslash), content.count - index).map {
                        UnsafeRawPointer($0) - UnsafeRawPointer(source)
                    } ?? content.count
                (target + written).initialize(from: source + index, count: plainEnd - index)
                written += plainEnd - index
                index = plainEnd
                guard index < content.count else { break }
                let letter = content[index + 1]
                index += 2
                let byte: UInt8
                switch letter {
                case UInt8(ascii: "u"):
                    var scalar = hexValue(content, at: index)
                    index += 4
                    if (0xD800...0xDBFF).contains(scalar), index + 6 <= content.count, content[index] == backslash,
                        content[index + 1] == UInt8(ascii: "u"),
                        case let low = hexValue(content, at: index + 2), (0xDC00...0xDFFF).contains(low)
                    {
                        scalar = 0x10000 + (scalar - 0xD800) << 10 + (low - 0xDC00)
                        index += 6
                    } else if (0xD800...0xDFFF).contains(scalar) {
                        scalar = 0xFFFD
                    }
                    written += writeUTF8(scalar, to: target + written)
                    continue
                case UInt8(ascii: "b"): byte = 0x08
                case UInt8(ascii: "f"): byte = 0x0C
                case UInt8(ascii: "n"): byte = 0x0A
                case UInt8(ascii: "r"): byte = 0x0D
                case UInt8(ascii: "t"): byte = 0x09
                default: byte = letter  // " \ /
                }
                target[written] = byte
                written += 1
            }
        }
        // Valid UTF-8: the line's own bytes, and escapes encoded whole (lone surrogates as U+FFFD).
        return bytes.withUnsafeBufferPointer { String(validUTF8: $0) }
    }

    /// Writes the UTF-8 of `scalar` at `target`; returns how many bytes it took.
    private static func writeUTF8(_ scalar: UInt32, to target: UnsafeMutablePointer<UInt8>) -> Int {
        switch scalar {
        case ..<0x80:
            target[0] = UInt8(scalar)
            return 1
        case ..<0x800:
            target[0] = UInt8(0xC0 | scalar >> 6)
            target[1] = UInt8(0x80 | scalar & 0x3F)
            return 2
        case ..<0x10000:
            target[0] = UInt8(0xE0 | scalar >> 12)
            target[1] = UInt8(0x80 | scalar >> 6 & 0x3F)
            target[2] = UInt8(0x80 | scalar & 0x3F)
            return 3
        default:
            target[0] = UInt8(0xF0 | scalar >> 18)
            target[1] = UInt8(0x80 | scalar >> 12 & 0x3F)
            target[2] = UInt8(0x80 | scalar >> 6 & 0x3F)
            target[3] = UInt8(0x80 | scalar & 0x3F)
            return 4
        }
    }

    /// The value of the four hex digits at `index` (checked by the scan).
    private static func hexValue(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt32 {
        var value: UInt32 = 0
        for offset in 0..<4 { value = value << 4 | UInt32(hexDigit(bytes[index + offset]) ?? 0) }
        return value
    }

    fileprivate static func hexDigit(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    fileprivate static let backslash = UInt8(ascii: "\\")
}

/// The scan itself: a position in the line's bytes and the JSON grammar the scan takes.
private struct ByteCursor {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    static let quote = UInt8(ascii: "\"")
    static let maximumDepth = 64
    static let maximumDigits = 15

    /// Reads the whole line as one object, recording the article fields in `found`; false when the scan declines.
    mutating func object(found: inout [JSONLineScanner.Value?]) -> Bool {
        skipWhitespace()
        guard take(UInt8(ascii: "{")) else { return false }
        skipWhitespace()
        if !take(UInt8(ascii: "}")) {
            repeat {
                skipWhitespace()
                guard let key = string(), !key.escaped else { return false }
                skipWhitespace()
                guard take(UInt8(ascii: ":")) else { return false }
                skipWhitespace()
                if let field = Self.field(named: bytes[key.start..<key.end]) {
                    guard let value = fieldValue() else { return false }
                    found[field.rawValue] = value
                } else {
                    guard skipValue(depth: 1) else { return false }
                }
                skipWhitespace()
            } while take(UInt8(ascii: ","))
            guard take(UInt8(ascii: "}")) else { return false }
        }
        skipWhitespace()
        return index == bytes.count
    }

    /// The article field a raw key names, if any.
    private static func field(named key: Slice<UnsafeBufferPointer<UInt8>>) -> ArticleField? {
        for (rawValue, name) in ArticleField.names.enumerated() where name.elementsEqual(key) {
            return ArticleField(rawValue: rawValue)
        }
        return nil
    }

    /// An article field's value: a string or null.
    private mutating func fieldValue() -> JSONLineScanner.Value? {
        if peek == Self.quote {
            guard let found = string() else { return nil }
            return .string(start: found.start, end: found.end, escaped: found.escaped)
        }
        return literal("null") ? .null : nil
    }

    /// Passes over any value the scan takes.
    private mutating func skipValue(depth: Int) -> Bool {
        guard depth <= Self.maximumDepth, let byte = peek else { return false }
        switch byte {
        case Self.quote:
            return string() != nil
        case UInt8(ascii: "{"):
            index += 1
            skipWhitespace()
            if take(UInt8(ascii: "}")) { return true }
            repeat {
                skipWhitespace()
                guard string() != nil else { return false }
                skipWhitespace()
                guard take(UInt8(ascii: ":")) else { return false }
                skipWhitespace()
                guard skipValue(depth: depth + 1) else { return false }
                skipWhitespace()
            } while take(UInt8(ascii: ","))
            return take(UInt8(ascii: "}"))
        case UInt8(ascii: "["):
            index += 1
            skipWhitespace()
            if take(UInt8(ascii: "]")) { return true }
            repeat {
                skipWhitespace()
                guard skipValue(depth: depth + 1) else { return false }
                skipWhitespace()
            } while take(UInt8(ascii: ","))
            return take(UInt8(ascii: "]"))
        case UInt8(ascii: "t"): return literal("true")
        case UInt8(ascii: "f"): return literal("false")
        case UInt8(ascii: "n"): return literal("null")
        default: return number()
        }
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?` with at most 15 digits.
    private mutating func number() -> Bool {
        _ = take(UInt8(ascii: "-"))
        let integerStart = index
        let integerDigits = digits()
        guard integerDigits > 0, integerDigits == 1 || bytes[integerStart] != UInt8(ascii: "0") else { return false }
        var fractionDigits = 0
        if take(UInt8(ascii: ".")) {
            fractionDigits = digits()
            guard fractionDigits > 0 else { return false }
        }
        return integerDigits + fractionDigits <= Self.maximumDigits
    }

    private mutating func digits() -> Int {
        let start = index
        while let byte = peek, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") { index += 1 }
        return index - start
    }

    /// The content of the string that starts at the cursor (a quote), and whether it holds escapes;
    /// nil for a string the scan declines (a raw control character, a bad escape, no closing quote).
    private mutating func string() -> (start: Int, end: Int, escaped: Bool)? {
        guard take(Self.quote) else { return nil }
        let start = index
        var escaped = false
        while true {
            skipPlainWords()
            guard let byte = peek else { return nil }
            if byte == Self.quote {
                index += 1
                return (start, index - 1, escaped)
            } else if byte == JSONLineScanner.backslash {
                guard index + 1 < bytes.count else { return nil }
                escaped = true
                switch bytes[index + 1] {
                case UInt8(ascii: "u"):
                    guard index + 6 <= bytes.count,
                        bytes[index + 2..<index + 6].allSatisfy({ JSONLineScanner.hexDigit($0) != nil })
                    else { return nil }
                    index += 6
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                    UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    index += 2
                default: return nil
                }
            } else if byte < 0x20 {
                return nil
            } else {
                index += 1
            }
        }
    }

    /// Moves eight bytes at a time up to the first quote, backslash or control character
    /// (or to the last eight bytes of the line).
    private mutating func skipPlainWords() {
        let (ones, highs) = (ByteScan.ones, ByteScan.highBits)
        while index + 8 <= bytes.count {
            let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
            let quotes = word ^ (ones &* UInt64(Self.quote))
            let backslashes = word ^ (ones &* UInt64(JSONLineScanner.backslash))
            // The lowest byte whose test has its high bit set is the first zero byte (quote, backslash) or
            // the first below 0x20; bytes above it may be marked falsely (a borrow), so only it counts.
            let special =
                ((quotes &- ones) & ~quotes) | ((backslashes &- ones) & ~backslashes) | ((word &- ones &* 0x20) & ~word)
            guard special & highs == 0 else {
                index += (special & highs).trailingZeroBitCount >> 3
                return
            }
            index += 8
        }
    }

    private var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func take(_ byte: UInt8) -> Bool {
        guard peek == byte else { return false }
        index += 1
        return true
    }

    private mutating func literal(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count,
            UnsafeBufferPointer(start: word.utf8Start, count: count).elementsEqual(bytes[index..<index + count])
        else { return false }
        index += count
        return true
    }

    private mutating func skipWhitespace() {
        while let byte = peek, byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A { index += 1 }
    }
}
