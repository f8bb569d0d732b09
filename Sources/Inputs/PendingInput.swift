/// An input the reader has yet to look at.
enum PendingInput {
    /// A path: given on the command line (`isExplicit`), or found in a folder.
    /// `folders` are the real paths of the folders it was found in, to catch symbolic link loops.
    case path(String, isExplicit: Bool, folders: [String])
    /// Standard input (`-`).
    case standardInput
    /// A file of a type read, found in a folder, whose name is not valid UTF-8
    /// (shown with U+FFFD): it cannot be opened by that name.
    case undecodableName(String)
}
