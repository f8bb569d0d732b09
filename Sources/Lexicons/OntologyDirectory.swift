import Foundation

/// Finds the `Ontology/` folder that holds the lexicons and gazetteers.
///
/// Looked for, in order: the `NEWSGRAPH_ONTOLOGY` environment variable;
/// `Ontology/` beside the executable or in `../share/newsgraph/` from it
/// (an installed tool); the source checkout this module was built from.
public enum OntologyDirectory {
    /// The folder, or nil when none of the places has one (looked for once a process).
    public static func locate() -> URL? { located }

    private static let located: URL? = find()

    private static func find() -> URL? {
        let fileManager = FileManager.default
        var candidates: [URL] = []
        if let override = ProcessInfo.processInfo.environment["NEWSGRAPH_ONTOLOGY"], !override.isEmpty {
            candidates.append(URL(fileURLWithPath: override))
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        let binFolder = executable.deletingLastPathComponent()
        candidates.append(binFolder.appendingPathComponent("Ontology"))
        candidates.append(binFolder.deletingLastPathComponent().appendingPathComponent("share/newsgraph/Ontology"))
        // Sources/Lexicons/OntologyDirectory.swift → the checkout's Ontology/.
        let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        candidates.append(checkout.appendingPathComponent("Ontology"))
        return candidates.first { url in
            var isFolder: ObjCBool = false
            return fileManager.fileExists(atPath: url.path, isDirectory: &isFolder) && isFolder.boolValue
        }
    }
}
