import Foundation

/// Removes a DOCTYPE's internal subset (`<!DOCTYPE html [ <!ENTITY …> ]>`)
/// before parsing. HTML has no use for one, and libxml2's HTML parser, which
/// never expands its entities, would show its declarations as page text.
enum HTMLDoctype {
    /// `data` with an internal subset in a DOCTYPE near its start replaced by `<!DOCTYPE html>`.
    static func withoutInternalSubset(_ data: Data) -> Data {
        guard let subset = data.withUnsafeBytes({ internalSubset(in: $0) }) else { return data }
        return data.prefix(subset.lowerBound) + Data("<!DOCTYPE html>".utf8) + data.dropFirst(subset.upperBound)
    }

    /// The offsets of a DOCTYPE with an internal subset in the first 4 KiB, `>` included.
    private static func internalSubset(in bytes: UnsafeRawBufferPointer) -> Range<Int>? {
        let needle = Array("<!doctype".utf8)
        let searchEnd = min(bytes.count, 4096) - needle.count
        guard searchEnd >= 0,
            let start = (0...searchEnd).first(where: { offset in
                needle.indices.allSatisfy { bytes[offset + $0] | 0x20 == needle[$0] | 0x20 }
            })
        else { return nil }
        var index = start + needle.count
        while index < bytes.count, bytes[index] != UInt8(ascii: ">"), bytes[index] != UInt8(ascii: "[") { index += 1 }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "[") else { return nil }
        // The subset ends at the first `]` followed (after white space) by `>`.
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "]") {
                var after = index + 1
                while after < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[after]) { after += 1 }
                if after < bytes.count, bytes[after] == UInt8(ascii: ">") { return start..<(after + 1) }
            }
            index += 1
        }
        return nil
    }
}
