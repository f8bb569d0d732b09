#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file system failure, as a short reason (`permission denied`, `cannot list folder: no such file or folder`).
struct FileSystemError: Error {
    /// The reason, for `InputError.reason`.
    var reason: String

    init(_ reason: String) {
        self.reason = reason
    }

    /// The reason for an `errno` value, after what was being done.
    init(errorCode: Int32, doing action: String? = nil) {
        var message = String(cString: strerror(errorCode))
        if let first = message.first { message = first.lowercased() + message.dropFirst() }
        reason = action.map { "\($0): \(message)" } ?? message
    }
}
