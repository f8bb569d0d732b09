/// One outcome of reading the inputs: an article, an input that failed, or
/// an article deliberately left out (not German, a duplicate).
///
/// ```swift
/// for item in InputReader(paths: ["corpus"]) {
///     switch item {
///     case .article(let article): analyse(article)
///     case .failure(let error): print("error: \(error)")
///     case .skipped(let origin, let reason): print("warning: \(origin): \(reason)")
///     }
/// }
/// ```
public enum InputItem: Sendable, Hashable, CustomStringConvertible {
    /// An article to analyse.
    case article(Article)
    /// An input that could not be read; the others are still read.
    case failure(InputError)
    /// An article that was read but is left out, with the reason (`not German`, `duplicate of ID`).
    case skipped(origin: String, reason: String)

    /// One line for logs: `ORIGIN: article ID`, `ORIGIN: REASON` or `ORIGIN: skipped: REASON`.
    public var description: String {
        switch self {
        case .article(let article): "\(article.origin): article \(article.id)"
        case .failure(let error): error.description
        case .skipped(let origin, let reason): "\(origin): skipped: \(reason)"
        }
    }

    /// The article, when this item is one.
    public var article: Article? {
        if case .article(let article) = self { article } else { nil }
    }
}
