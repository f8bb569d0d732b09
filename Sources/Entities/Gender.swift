/// Grammatical or natural gender, as far as a word tells it.
public enum Gender: String, Hashable, Sendable {
    /// Masculine (`er`, `der Präsident`).
    case masculine = "m"
    /// Feminine (`sie`, `die Präsidentin`).
    case feminine = "f"
    /// Neuter (`es`, `das Ministerium`).
    case neuter = "n"
    /// Not known or not marked.
    case unknown = "any"

    /// Reads a lexicon's gender column (`m`, `f`, `n`, `any`).
    public init(code: String) {
        self = Gender(rawValue: code) ?? .unknown
    }

    /// Whether a referent of this gender can be referred to with `other`.
    public func agrees(with other: Gender) -> Bool {
        self == .unknown || other == .unknown || self == other
    }

    /// The strong nominative adjective ending for this gender (`-er`, `-e`, `-es`):
    /// `südkoreanisch` + masculine → `südkoreanischer`.
    public var strongEnding: String {
        switch self {
        case .masculine: "er"
        case .feminine: "e"
        case .neuter: "es"
        case .unknown: "e"
        }
    }
}
