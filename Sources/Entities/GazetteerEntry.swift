import NewsGraphModel

/// One entity the gazetteer knows: its canonical name, its type and where it
/// was listed.
///
///     Gazetteer.shared.lookup("Nordkoreas")
///     // GazetteerEntry(canonical: "Nordkorea", type: .country, capitalOf: nil, source: "countries.tsv")
///     Gazetteer.shared.lookup("Pjöngjang")
///     // GazetteerEntry(canonical: "Pjöngjang", type: .location, capitalOf: "Nordkorea", source: "countries.tsv")
public struct GazetteerEntry: Sendable, Hashable {
    /// The canonical name: the node label every variant folds into.
    public var canonical: String { didSet { rule = Self.rule(source: source, canonical: canonical) } }
    /// The entity's type.
    public var type: NodeType
    /// For a capital: the canonical name of the country it stands for when it
    /// acts (metonymy: `Pjöngjang` → `Nordkorea`). Nil for everything else.
    public var capitalOf: String?
    /// The file the entry comes from (`countries.tsv`), for `newsgraph explain`.
    public var source: String { didSet { rule = Self.rule(source: source, canonical: canonical) } }
    /// Whether the name is also an ordinary German word or letter (`Welt`,
    /// `Spiegel`, `Bild`, `Linke`, `X`). Such names match only as written,
    /// never case-folded or inflected, and a recognizer should want more
    /// context (quotes, an outlet noun, a speech verb) before taking them.
    public var isAmbiguous: Bool

    /// Creates an entry.
    public init(
        canonical: String, type: NodeType, capitalOf: String? = nil, source: String, isAmbiguous: Bool = false
    ) {
        self.canonical = canonical
        self.type = type
        self.capitalOf = capitalOf
        self.source = source
        self.isAmbiguous = isAmbiguous
        rule = Self.rule(source: source, canonical: canonical)
    }

    /// The rule string a mention found through this entry carries:
    /// `gazetteer:countries Nordkorea` (made once: a mention needs it each time).
    public private(set) var rule: String

    /// The rule string of an entry from `source` named `canonical`.
    private static func rule(source: String, canonical: String) -> String {
        let stem = source.hasSuffix(".tsv") ? String(source.dropLast(4)) : source
        return "gazetteer:\(stem) \(canonical)"
    }
}
