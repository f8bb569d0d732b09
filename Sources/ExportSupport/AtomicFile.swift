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
        try commit([stage(to: url, body)])
    }

    /// A file written in full to its temporary name beside its target and
    /// synced to disk, waiting for ``AtomicFile/commit(_:)`` to rename it over
    /// the target or ``AtomicFile/discard(_:)`` to remove it.
    public struct StagedFile: Sendable {
        /// The temporary file, `.NAME.tmp-XXXXXX` in the target's folder.
        let temporary: String
        /// The file it replaces.
        let target: String
        /// The folder of both.
        let folder: String
        /// Its slot in ``InterruptCleanup``, which removes it if the process is interrupted.
        let cleanupSlot: Int?
    }

    /// Writes what `body` writes to the sink to a temporary file beside `url`
    /// and syncs it; the target is untouched until the file is committed.
    /// On an error the temporary file is removed.
    public static func stage(to url: URL, _ body: (inout ByteSink) throws -> Void) throws -> StagedFile {
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
        var sink = ByteSink(descriptor: descriptor, path: temporary)
        do {
            try body(&sink)
            sink.finish()
            if let error = sink.error { throw error }
            guard fchmod(descriptor, 0o644) == 0 else { throw WriteError(path: temporary, operation: "chmod", code: errno) }
            guard fsync(descriptor) == 0 else { throw WriteError(path: temporary, operation: "fsync", code: errno) }
        } catch {
            sink.stopWriting()  // no write handed over may reach the descriptor once it is closed (and reused)
            close(descriptor)
            unlink(temporary)
            InterruptCleanup.unregister(slot)
            throw error
        }
        guard close(descriptor) == 0 else {
            let code = errno
            unlink(temporary)
            InterruptCleanup.unregister(slot)
            throw WriteError(path: temporary, operation: "close", code: code)
        }
        return StagedFile(temporary: temporary, target: target, folder: folder, cleanupSlot: slot)
    }

    /// Renames staged files over their targets, all of them or, on the first
    /// failed rename, none of the rest (their temporary files are removed).
    /// A signal that arrives meanwhile waits until every rename is done, so
    /// an interrupted run leaves the old set of files or the new one.
    public static func commit(_ files: [StagedFile]) throws {
        var failure: WriteError?
        InterruptCleanup.whileCommitting {
            for file in files {
                if failure == nil, rename(file.temporary, file.target) != 0 {
                    failure = WriteError(path: file.target, operation: "rename onto", code: errno)
                }
                if failure != nil { unlink(file.temporary) }
                InterruptCleanup.unregister(file.cleanupSlot)
            }
        }
        for folder in Set(files.map(\.folder)).sorted() { syncFolder(folder) }
        if let failure { throw failure }
    }

    /// Removes staged files without touching their targets.
    public static func discard(_ files: [StagedFile]) {
        for file in files {
            unlink(file.temporary)
            InterruptCleanup.unregister(file.cleanupSlot)
        }
    }

    /// Flushes the folder entry of the rename; failures here do not lose data already renamed.
    private static func syncFolder(_ folder: String) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }
}
