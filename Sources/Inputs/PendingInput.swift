/// An input the reader has yet to look at.
enum PendingInput {
    /// A path: given on the command line (`isExplicit`), or found in a folder.
    /// `folders` are the real paths of the folders it was found in, to catch symbolic link loops.
    case path(String, isExplicit: Bool, folders: [String])
    /// Standard input (`-`).
    case standardInput
}
