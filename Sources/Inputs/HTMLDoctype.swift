import Foundation

/// Removes a DOCTYPE's internal subset (`<!DOCTYPE html [ <!ENTITY …> ]>`)
/// before parsing. HTML has no use for one, and libxml2's HTML parser, which
/// never expands its entities, would show its declarations as page text.
enum HTMLDoctype {
    /// `data` with an internal subset in a DOCTYPE near its start replaced by `<!DOCTYPE html>`.
    static func withoutInternalSubset(_ data: Data) -> Data {
        let head = data.prefix(4096)
        guard let start = firstIndex(of: Array("<!doctype".utf8), in: head, from: head.startIndex) else { return data }
        var index = start + 9
        while index < head.endIndex, head[index] != UInt8(ascii: ">"), head[index] != UInt8(ascii: "[") { index += 1 }
        guard index < head.endIndex, head[index] == UInt8(ascii: "[") else { return data }
        // The subset ends at the first `]` followed (after white space) by `>`.
        var end = index + 1
        while let close = data[end...].firstIndex(of: UInt8(ascii: "]")) {
            var after = close + 1
            while after < data.endIndex, [0x20, 0x09, 0x0A, 0x0D].contains(data[after]) { after += 1 }
            if after < data.endIndex, data[after] == UInt8(ascii: ">") {
                return data[..<start] + Data("<!DOCTYPE html>".utf8) + data[(after + 1)...]
            }
            end = close + 1
        }
        return data
    }

    /// Where `needle` (lower-case ASCII) starts in `bytes`, ignoring ASCII case.
    private static func firstIndex(of needle: [UInt8], in bytes: Data, from start: Data.Index) -> Data.Index? {
        guard bytes.count >= needle.count else { return nil }
        var index = start
        while index + needle.count <= bytes.endIndex {
            var matches = true
            for offset in 0..<needle.count {
                let byte = bytes[index + offset]
                let lowered = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
                if lowered != needle[offset] {
                    matches = false
                    break
                }
            }
            if matches { return index }
            index += 1
        }
        return nil
    }
}
