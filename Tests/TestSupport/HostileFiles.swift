import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Makes the hostile inputs too large or too odd to commit: huge and sparse
/// files, deep nesting, unreadable files, symbolic link loops, FIFOs.
public enum HostileFiles {
    /// HTML with a paragraph, then `depth` nested `element`s around a second paragraph.
    public static func deeplyNestedHTML(depth: Int, element: String = "div") -> String {
        "<html><head><title>Tief</title></head><body><article><h1>Tief verschachtelt</h1>"
            + "<p>Vor der Verschachtelung steht ein ganz normaler Absatz.</p>"
            + String(repeating: "<\(element)>", count: depth) + "<p>Ganz unten.</p>"
            + String(repeating: "</\(element)>", count: depth)
            + "<p>Nach der Verschachtelung.</p></article></body></html>"
    }

    /// A file of `size` bytes that takes no disk space (all zero bytes, never written).
    public static func sparseFile(at path: String, size: Int) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown)
        }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        try handle.truncate(atOffset: UInt64(size))
    }

    /// A file of `size` bytes of German-looking text, written for real.
    public static func largeTextFile(at path: String, size: Int) throws {
        let line = Array("Die Stadt plant einen neuen Park am Fluss.\n".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(size)
        while bytes.count < size { bytes.append(contentsOf: line.prefix(size - bytes.count)) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    /// A FIFO (named pipe) at `path`; reading it would block forever.
    public static func fifo(at path: String) throws {
        guard mkfifo(path, 0o644) == 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
    }

    /// Creates an empty file in `folder` whose name is `nameBytes` (which need not be UTF-8).
    public static func file(in folder: String, nameBytes: [UInt8]) throws {
        let path = Array(folder.utf8) + [UInt8(ascii: "/")] + nameBytes + [0]
        let descriptor = path.withUnsafeBytes { bytes -> Int32 in
            guard let base = bytes.baseAddress else { return -1 }
            return open(base.assumingMemoryBound(to: CChar.self), O_CREAT | O_WRONLY, 0o644)
        }
        guard descriptor >= 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        close(descriptor)
    }

    /// Removes every permission from `path`.
    public static func makeUnreadable(_ path: String) throws {
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: path)
    }

    /// Whether the tests run as root, for whom permissions do not stop reading.
    public static var isRoot: Bool { geteuid() == 0 }
}
