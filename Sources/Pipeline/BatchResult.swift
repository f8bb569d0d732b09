import Resolution

/// The prepared analyses of one batch and the seconds they took, filled by the thread that analysed it.
final class BatchResult: @unchecked Sendable {
    var documents: [PreparedDocument] = []
    var seconds = 0.0
}
