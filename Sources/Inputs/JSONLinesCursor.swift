import Foundation

/// Reads a JSON lines file one line at a time, so that a large file becomes
/// articles lazily. Blank lines are passed over; every other line becomes one item.
struct JSONLinesCursor {
    private let data: Data
    private let fileName: String
    private let origin: String
    /// `origin` and a colon: the start of each line's origin (`PATH:LINE`).
    private let lineOriginPrefix: String
    /// The offset of the next line in `data`.
    private var position = 0
    private var lineNumber = 0
    private var yieldedAny = false
    private var pendingFailure: InputError?

    /// A cursor over `data`, the contents of the file `fileName` (for `FILE:LINE` ids)
    /// found at `origin` (for messages).
    init(data: Data, fileName: String, origin: String) {
        self.fileName = fileName
        self.origin = origin
        lineOriginPrefix = origin + ":"
        if data.isEmpty {
            pendingFailure = InputError(origin: origin, reason: "empty file")
        } else if ByteScan.hasUTF16BOM(data) {
            pendingFailure = InputError(origin: origin, reason: "UTF-16 text is not supported (save it as UTF-8)")
        } else if let offset = ByteScan.firstNUL(in: data) {
            pendingFailure = InputError(origin: origin, reason: "binary file (NUL byte at offset \(offset))")
        }
        self.data = pendingFailure == nil ? data : Data()
        if ByteScan.hasUTF8BOM(self.data) { position = ByteScan.utf8BOM.count }
    }

    /// The next article, failure or skip; nil at the end of the file.
    mutating func next() -> InputItem? {
        if let failure = pendingFailure {
            pendingFailure = nil
            yieldedAny = true
            return .failure(failure)
        }
        while position < data.count {
            let start = position
            let (line, end) = data.withUnsafeBytes { bytes in
                let end = ByteScan.firstIndex(of: UInt8(ascii: "\n"), in: bytes, from: start) ?? bytes.count
                return ([UInt8](bytes[start..<end]), end)
            }
            position = end + 1
            lineNumber += 1
            if let item = item(for: line, at: start) {
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

    /// The item for one line that starts at `offset` in the file; nil when the line is blank.
    private func item(for line: [UInt8], at offset: Int) -> InputItem? {
        guard line.contains(where: { !Self.isJSONWhitespace($0) }) else { return nil }
        let lineOrigin = lineOriginPrefix + String(lineNumber)
        if let invalid = line.withUnsafeBytes({ ByteScan.firstInvalidUTF8(in: $0) }) {
            return .failure(InputError(origin: lineOrigin, reason: "not valid UTF-8 at byte \(offset + invalid)"))
        }
        do throws(InputError) {
            let article = try JSONLinesReader.article(
                fromLine: line, fallbackID: "\(fileName):\(lineNumber)", origin: lineOrigin)
            return .article(article)
        } catch {
            return .failure(error)
        }
    }

    private static func isJSONWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
