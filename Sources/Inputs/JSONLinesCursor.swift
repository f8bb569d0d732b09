import Foundation

/// Reads a JSON lines file one line at a time, so that a large file becomes
/// articles lazily. Blank lines are passed over; every other line becomes one item.
struct JSONLinesCursor {
    private let data: Data
    private let fileName: String
    private let origin: String
    private var position: Data.Index
    private var lineNumber = 0
    private var yieldedAny = false
    private var pendingFailure: InputError?

    /// A cursor over `data`, the contents of the file `fileName` (for `FILE:LINE` ids)
    /// found at `origin` (for messages).
    init(data: Data, fileName: String, origin: String) {
        self.fileName = fileName
        self.origin = origin
        if data.isEmpty {
            pendingFailure = InputError(origin: origin, reason: "empty file")
        } else if ByteScan.hasUTF16BOM(data) {
            pendingFailure = InputError(origin: origin, reason: "UTF-16 text is not supported (save it as UTF-8)")
        } else if let offset = ByteScan.firstNUL(in: data) {
            pendingFailure = InputError(origin: origin, reason: "binary file (NUL byte at offset \(offset))")
        }
        self.data = pendingFailure == nil ? data : Data()
        position = self.data.startIndex
        if ByteScan.hasUTF8BOM(self.data) { position += ByteScan.utf8BOM.count }
    }

    /// The next article, failure or skip; nil at the end of the file.
    mutating func next() -> InputItem? {
        if let failure = pendingFailure {
            pendingFailure = nil
            yieldedAny = true
            return .failure(failure)
        }
        while position < data.endIndex {
            let lineEnd = data[position...].firstIndex(of: UInt8(ascii: "\n")) ?? data.endIndex
            let start = position
            position = lineEnd < data.endIndex ? lineEnd + 1 : lineEnd
            lineNumber += 1
            if let item = item(forLineAt: start..<lineEnd) {
                yieldedAny = true
                return item
            }
        }
        if !yieldedAny {
            yieldedAny = true
            return .failure(InputError(origin: origin, reason: "no JSON lines (only white space)"))
        }
        return nil
    }

    /// The item for one line; nil when the line is blank.
    private func item(forLineAt range: Range<Data.Index>) -> InputItem? {
        let line = data[range]
        guard line.contains(where: { !Self.isJSONWhitespace($0) }) else { return nil }
        let lineOrigin = "\(origin):\(lineNumber)"
        if let offset = ByteScan.firstInvalidUTF8(in: line) {
            let fileOffset = range.lowerBound - data.startIndex + offset
            return .failure(InputError(origin: lineOrigin, reason: "not valid UTF-8 at byte \(fileOffset)"))
        }
        do throws(InputError) {
            let article = try JSONLinesReader.article(
                fromLine: Data(JSONSurrogateRepair.repaired(Array(line))), fallbackID: "\(fileName):\(lineNumber)",
                origin: lineOrigin)
            return .article(article)
        } catch {
            return .failure(error)
        }
    }

    private static func isJSONWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
