import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The system calls that put an export's bytes in its file.
enum FileWrite {
    /// Writes all `count` bytes at `bytes` to the file, retrying short writes
    /// and interrupted calls, and any call after which `retry` (given its
    /// `errno`) says to; returns `errno` of the call that failed, or nil.
    static func all(
        _ descriptor: Int32, _ bytes: UnsafeRawPointer, count: Int, retry: (Int32) -> Bool = { _ in false }
    ) -> Int32? {
        var offset = 0
        while offset < count {
            #if canImport(Glibc)
                let written = Glibc.write(descriptor, bytes + offset, count - offset)
            #else
                let written = Darwin.write(descriptor, bytes + offset, count - offset)
            #endif
            if written < 0 {
                let code = errno
                if code == EINTR || retry(code) { continue }
                return code
            }
            offset += written
        }
        return nil
    }

    /// Asks the system to start writing `count` bytes of the file from
    /// `offset` to disk without waiting (Linux's `sync_file_range` with
    /// `SYNC_FILE_RANGE_WRITE`), so that the disk works while the export goes
    /// on and the `fsync` at its end has little left to wait for. Elsewhere,
    /// or where the call is missing, nothing is done.
    static func startWriteBack(_ descriptor: Int32, from offset: Int, count: Int) {
        #if canImport(Glibc)
            _ = syncFileRange?(descriptor, Int64(offset), Int64(count), 2)  // 2: SYNC_FILE_RANGE_WRITE
        #endif
    }

    #if canImport(Glibc)
        private typealias SyncFileRange = @convention(c) (Int32, Int64, Int64, UInt32) -> Int32
        /// glibc's `sync_file_range`, which its Swift module does not export.
        private static let syncFileRange: SyncFileRange? = dlsym(nil, "sync_file_range").map {
            unsafeBitCast($0, to: SyncFileRange.self)
        }
    #endif

    /// `O_DIRECT` of Linux's `<fcntl.h>` (not in glibc's Swift module; its
    /// value depends on the processor); nil where it is not known.
    static let directFlag: Int32? = {
        #if os(Linux) && (arch(x86_64) || arch(i386))
            return 0o40000
        #elseif os(Linux) && (arch(arm64) || arch(arm))
            return 0o200000
        #else
            return nil
        #endif
    }()

    /// Turns direct I/O on or off for an open file; false when the system or the file system refuses.
    static func setDirect(_ descriptor: Int32, _ on: Bool) -> Bool {
        guard let flag = directFlag else { return false }
        let flags = fcntl(descriptor, F_GETFL)
        guard flags >= 0 else { return false }
        return fcntl(descriptor, F_SETFL, on ? flags | flag : flags & ~flag) == 0
    }
}

/// Writes a file with direct I/O (`O_DIRECT`): from the sink's memory to the
/// disk, past the system's page cache, on a thread of its own while the sink
/// fills its other buffer.
///
/// Streaming hundreds of megabytes through the page cache costs the system a
/// copy of every byte into pages it must first find and map (on a virtual
/// machine whose free memory went back to its host, about as long as making
/// the export); written directly, the bytes go from the sink's own
/// (block-aligned) buffers to the disk. Direct writes must be whole blocks:
/// the sink hands over whole blocks and keeps the rest, and the last bytes
/// of the file (less than a block) go through the page cache.
final class DirectWriter: @unchecked Sendable {
    /// What every direct write is a multiple of, and the alignment of its memory.
    static let blockSize = 4096

    private let descriptor: Int32
    private let path: String
    private let queue = DispatchQueue(label: "org.newsgraph.direct-write")
    /// How many buffers may wait to be written (or be written) while the sink fills another.
    static let buffersInFlight = 3
    /// Signalled whenever a buffer is written.
    private let written = DispatchSemaphore(value: DirectWriter.buffersInFlight)
    private let lock = NSLock()
    /// Buffers written, free to fill again.
    private var spare: [ByteStorage] = []
    /// The first write that failed.
    private var failure: AtomicFile.WriteError?

    /// A writer for an open file, with direct I/O turned on; nil where the system or the file system does not allow it.
    init?(descriptor: Int32, path: String) {
        guard FileWrite.setDirect(descriptor, true) else { return nil }
        self.descriptor = descriptor
        self.path = path
    }

    /// Hands over `buffer` to be written (its first `count` bytes, whole
    /// blocks) after everything handed over before, and returns a buffer to
    /// fill meanwhile: one already written, or a new one while fewer than
    /// ``buffersInFlight`` wait (the call waits when that many do).
    func write(_ buffer: ByteStorage, count: Int) -> ByteStorage {
        written.wait()
        queue.async { [self] in
            record(writeDirect(buffer.base, count: count))
            lock.withLock { spare.append(buffer) }
            written.signal()
        }
        return lock.withLock { spare.popLast() } ?? ByteStorage(capacity: buffer.capacity)
    }

    /// Waits until every write handed over is done.
    func waitForWrites() { queue.sync {} }

    /// Waits for every write handed over, then writes the last `count` bytes
    /// at `bytes` through the page cache; returns the first failure, if any.
    func finish(_ bytes: UnsafeRawPointer, count: Int) -> AtomicFile.WriteError? {
        waitForWrites()
        if failure == nil, !FileWrite.setDirect(descriptor, false) {
            record(errno)
        }
        if failure == nil { record(FileWrite.all(descriptor, bytes, count: count)) }
        return failure
    }

    /// Writes with direct I/O; a file system that takes the flag but not the
    /// writes (`EINVAL`) gets them, from there on, through the page cache.
    private func writeDirect(_ bytes: UnsafeRawPointer, count: Int) -> Int32? {
        guard failure == nil else { return nil }
        return FileWrite.all(descriptor, bytes, count: count) { code in
            code == EINVAL && FileWrite.setDirect(descriptor, false)
        }
    }

    private func record(_ code: Int32?) {
        guard let code, failure == nil else { return }
        failure = AtomicFile.WriteError(path: path, operation: "write", code: code)
    }
}
