import Foundation

/// Finds the `Ontology/` folder that holds the lexicons and gazetteers.
///
/// Looked for, in order: the `NEWSGRAPH_ONTOLOGY` environment variable (when
/// set, it alone: a path that names no folder finds none); `Ontology/` beside
/// the executable or in `../share/newsgraph/` from it (an installed tool); the
/// source checkout this module was built from.
public enum OntologyDirectory {
    /// The folder, or nil when none of the places has one (looked for once a process).
    public static func locate() -> URL? { located }

    private static let located: URL? = find()

    private static func find() -> URL? {
        if let override = ProcessInfo.processInfo.environment["NEWSGRAPH_ONTOLOGY"], !override.isEmpty {
            let folder = URL(fileURLWithPath: override)
            return isFolder(folder) ? folder : nil
        }
        var candidates: [URL] = []
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        let binFolder = executable.deletingLastPathComponent()
        candidates.append(binFolder.appendingPathComponent("Ontology"))
        candidates.append(binFolder.deletingLastPathComponent().appendingPathComponent("share/newsgraph/Ontology"))
        // Sources/Lexicons/OntologyDirectory.swift → the checkout's Ontology/.
        let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        candidates.append(checkout.appendingPathComponent("Ontology"))
        return candidates.first(where: isFolder)
    }

    private static func isFolder(_ url: URL) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) && isFolder.boolValue
    }
}
