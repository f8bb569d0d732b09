import Foundation
import TestSupport

/// A fresh temporary folder for one test, with helpers to fill it; removed by `remove()`.
struct TemporaryFolder {
    let url: URL

    init(_ label: String = "inputs-test") throws {
        url = try ProjectPaths.temporaryFolder(label)
    }

    /// The path of `relativePath` in the folder.
    func path(_ relativePath: String) -> String {
        url.appendingPathComponent(relativePath).path
    }

    /// Writes `contents` to `relativePath`, creating folders on the way; returns its path.
    @discardableResult
    func write(_ relativePath: String, _ contents: Data) throws -> String {
        let file = url.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try contents.write(to: file)
        return file.path
    }

    /// Writes UTF-8 `text` to `relativePath`; returns its path.
    @discardableResult
    func write(_ relativePath: String, _ text: String) throws -> String {
        try write(relativePath, Data(text.utf8))
    }

    /// Creates the folder `relativePath`; returns its path.
    @discardableResult
    func makeFolder(_ relativePath: String) throws -> String {
        try FileManager.default.createDirectory(
            at: url.appendingPathComponent(relativePath), withIntermediateDirectories: true)
        return path(relativePath)
    }

    /// Makes `relativePath` a symbolic link to `destination` (taken as written).
    func link(_ relativePath: String, to destination: String) throws {
        try FileManager.default.createSymbolicLink(atPath: path(relativePath), withDestinationPath: destination)
    }

    /// Deletes the folder and everything in it, making unreadable parts readable first.
    func remove() {
        if let enumerator = FileManager.default.enumerator(atPath: url.path) {
            while let entry = enumerator.nextObject() as? String {
                try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path(entry))
            }
        }
        try? FileManager.default.removeItem(at: url)
    }
}
