/// Data read once from the Ontology folder, with what went wrong if it could not be read: then
/// ``value`` is the empty fallback, so that code holding it still runs, and ``problem`` says why
/// (the pipeline stops on it before reading any article: a graph made without a lexicon would be a
/// fraction of itself, and nothing would say why).
///
/// ```swift
/// public static let loaded = LoadedData { try load() } ifUnreadable: { EntityLexicon() }
/// public static let shared = loaded.value
/// ```
public struct LoadedData<Value: Sendable>: Sendable {
    /// What was read, or the fallback.
    public let value: Value
    /// Why it could not be read, or nil.
    public let problem: String?

    /// Reads with `load`; on an error, keeps `fallback()` and the error's description.
    public init(_ load: () throws -> Value, ifUnreadable fallback: () -> Value) {
        do {
            (value, problem) = (try load(), nil)
        } catch {
            (value, problem) = (fallback(), "\(error)")
        }
    }
}
