import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes files so that no reader ever sees a partial one.
///
/// The bytes go to a temporary file in the same folder, which is flushed to
/// disk (`fsync`) and then renamed over the target; the folder is synced too
/// so that the rename survives a crash. On any error the temporary file is
/// removed and the old target, if any, is left as it was; so is it when the
/// process is interrupted, once ``InterruptCleanup/install()`` has run.
///
///     try AtomicFile.write(Array("hello\n".utf8), to: URL(fileURLWithPath: "out/graph.dot"))
public enum AtomicFile {
    /// An error of one of the system calls, with the path and `errno`'s description.
    public struct WriteError: Error, CustomStringConvertible {
        /// The file the error concerns.
        public var path: String
        /// What failed.
        public var operation: String
        /// The system's error number.
        public var code: Int32

        /// `<operation> <path>: <reason>`.
        public var description: String {
            "\(operation) \(path): \(String(cString: strerror(code)))"
        }
    }

    /// Replaces the file at `url` with `bytes`, atomically. The folder must exist.
    /// The new file gets mode 0644.
    public static func write(_ bytes: [UInt8], to url: URL) throws {
        try write(to: url) { sink in sink.append(bytes) }
    }

    /// Replaces the file at `url` with what `body` writes to the sink,
    /// atomically: the bytes stream into the temporary file a megabyte at a
    /// time, so the file is never whole in memory. The folder must exist.
    /// The new file gets mode 0644. An error of `body` or of a write leaves
    /// the old file as it was.
    public static func write(to url: URL, _ body: (inout ByteSink) throws -> Void) throws {
        let target = url.standardizedFileURL.path
        let folder = url.standardizedFileURL.deletingLastPathComponent().path
        let name = url.lastPathComponent
        var template = Array("\(folder)/.\(name).tmp-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return mkstemp(base)
        }
        guard descriptor >= 0 else { throw WriteError(path: target, operation: "create temporary file for", code: errno) }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let slot = InterruptCleanup.register(temporary)
        defer { InterruptCleanup.unregister(slot) }
        do {
            var sink = ByteSink(descriptor: descriptor, path: temporary)
            try body(&sink)
            sink.flush()
            if let error = sink.error { throw error }
            guard fchmod(descriptor, 0o644) == 0 else { throw WriteError(path: temporary, operation: "chmod", code: errno) }
            guard fsync(descriptor) == 0 else { throw WriteError(path: temporary, operation: "fsync", code: errno) }
            guard close(descriptor) == 0 else {
                unlink(temporary)
                throw WriteError(path: temporary, operation: "close", code: errno)
            }
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        guard rename(temporary, target) == 0 else {
            let code = errno
            unlink(temporary)
            throw WriteError(path: target, operation: "rename onto", code: code)
        }
        syncFolder(folder)
    }

    /// Flushes the folder entry of the rename; failures here do not lose data already renamed.
    private static func syncFolder(_ folder: String) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }
}
