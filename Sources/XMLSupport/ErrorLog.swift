import CLibXML2

/// Collects the messages libxml2 reports through a structured error callback.
///
/// Pass ``context`` as the callback's user data and ``callback`` as the
/// function, and keep the log alive while libxml2 may call it.
final class ErrorLog {
    /// The messages so far, one line each.
    private(set) var messages: [String] = []

    /// The user-data pointer for libxml2.
    var context: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    /// The structured error function that appends to the log passed as user data.
    static let callback: xmlStructuredErrorFunc = { context, error in
        guard let context, let error else { return }
        Unmanaged<ErrorLog>.fromOpaque(context).takeUnretainedValue().messages.append(describe(error.pointee))
    }

    /// `line N: message` for one libxml2 error.
    static func describe(_ error: xmlError) -> String {
        let message = error.message.map { String(cString: $0) } ?? "unknown error"
        let trimmed = message.hasSuffix("\n") ? String(message.dropLast()) : message
        return error.line > 0 ? "line \(error.line): \(trimmed)" : trimmed
    }
}
