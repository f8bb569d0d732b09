import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The few file system calls the reader makes, with POSIX error messages
/// short enough for one line.
enum FileSystem {
    /// What a path (symbolic links followed) is.
    enum Kind: Equatable {
        /// A regular file of this many bytes.
        case file(size: Int)
        /// A folder.
        case folder
        /// Something else: `a FIFO`, `a socket`, `a device`.
        case other(String)
    }

    /// What `path` is, or why it cannot be told.
    static func kind(of path: String) -> Result<Kind, FileSystemError> {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let code = errno
            var linkInfo = stat()
            if code == ENOENT, lstat(path, &linkInfo) == 0, linkInfo.st_mode & S_IFMT == S_IFLNK {
                return .failure(FileSystemError("broken symbolic link"))
            }
            if code == ELOOP { return .failure(FileSystemError("symbolic link loop")) }
            return .failure(FileSystemError(errorCode: code))
        }
        return .success(kind(of: info))
    }

    private static func kind(of info: stat) -> Kind {
        switch info.st_mode & S_IFMT {
        case S_IFREG: .file(size: Int(info.st_size))
        case S_IFDIR: .folder
        case S_IFIFO: .other("a FIFO")
        case S_IFSOCK: .other("a socket")
        case S_IFCHR, S_IFBLK: .other("a device")
        default: .other("not a regular file")
        }
    }

    /// The path with every symbolic link resolved, or nil when that fails.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The names in a folder, without `.` and `..`, in no particular order, and
    /// apart from them the names that are not valid UTF-8 (which Swift cannot
    /// open by name), with U+FFFD for the bad bytes.
    static func entries(of path: String) throws(FileSystemError) -> (names: [String], undecodable: [String]) {
        guard let folder = opendir(path) else { throw FileSystemError(errorCode: errno, doing: "cannot list folder") }
        defer { closedir(folder) }
        var names: [String] = []
        var undecodable: [String] = []
        while let entry = readdir(folder) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix(while: { $0 != 0 })) }
            let name = String(decoding: bytes, as: UTF8.self)
            if name == "." || name == ".." { continue }
            if bytes.withUnsafeBytes({ ByteScan.firstInvalidUTF8(in: $0) }) == nil {
                names.append(name)
            } else {
                undecodable.append(name)
            }
        }
        return (names, undecodable)
    }

    /// The bytes of the regular file at `path`, read only when it holds at most `limit` of them.
    static func contents(of path: String, limit: Int) throws(FileSystemError) -> Data {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileSystemError(errorCode: errno, doing: "cannot open") }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw FileSystemError(errorCode: errno, doing: "cannot open") }
        if case .other(let kind) = kind(of: info) { throw FileSystemError("not a regular file (\(kind))") }
        if Int(info.st_size) > limit { throw tooLarge(Int(info.st_size), limit: limit) }
        var data = Data(count: Int(info.st_size) + 1)
        var filled = 0
        while true {
            if filled == data.count { data.count = min(data.count * 2, limit + 1) }
            guard filled < data.count else { throw tooLarge(nil, limit: limit) }
            let wanted = data.count - filled
            let result = data.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress.map { $0 + filled }, wanted)
            }
            if result < 0 {
                if errno == EINTR { continue }
                throw FileSystemError(errorCode: errno, doing: "cannot read")
            }
            if result == 0 { break }
            filled += result
        }
        data.count = filled
        return data
    }

    /// The bytes on `handle` until its end, at most `limit` of them.
    static func contents(of handle: FileHandle, limit: Int) throws(FileSystemError) -> Data {
        var data = Data()
        do {
            while let chunk = try handle.read(upToCount: 1 << 16), !chunk.isEmpty {
                data.append(chunk)
                if data.count > limit { throw tooLarge(nil, limit: limit) }
            }
        } catch let error as FileSystemError {
            throw error
        } catch {
            throw FileSystemError("cannot read: \(error.localizedDescription)")
        }
        return data
    }

    /// The error for input over the size limit, of `size` bytes when known.
    static func tooLarge(_ size: Int?, limit: Int) -> FileSystemError {
        FileSystemError(
            size.map { "too large: \($0) bytes (the limit is \(limit) bytes)" }
                ?? "too large: over the limit of \(limit) bytes")
    }
}
