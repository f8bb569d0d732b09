import Foundation

/// A file written through a large buffer: many small strings, few system calls.
public struct BufferedOutput {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private let capacity: Int

    /// Creates (or empties) the file at `url`.
    public init(creating url: URL, capacity: Int = 1 << 22) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        handle = try FileHandle(forWritingTo: url)
        self.capacity = capacity
        buffer.reserveCapacity(capacity)
    }

    /// Appends `text` as UTF-8.
    public mutating func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= capacity { try flush() }
    }

    /// Writes what is buffered and closes the file.
    public mutating func close() throws {
        try flush()
        try handle.close()
    }

    private mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
