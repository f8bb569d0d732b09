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
    public var canonical: String
    /// The entity's type.
    public var type: NodeType
    /// For a capital: the canonical name of the country it stands for when it
    /// acts (metonymy: `Pjöngjang` → `Nordkorea`). Nil for everything else.
    public var capitalOf: String?
    /// The file the entry comes from (`countries.tsv`), for `newsgraph explain`.
    public var source: String
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
    }

    /// The rule string a mention found through this entry carries:
    /// `gazetteer:countries Nordkorea`.
    public var rule: String {
        // (Appended piece by piece: an interpolation costs several times as much, once a mention.)
        let bytes = source.utf8
        let stemEnd = bytes.count >= 4 && bytes.suffix(4).elementsEqual(".tsv".utf8)
            ? bytes.index(bytes.endIndex, offsetBy: -4) : bytes.endIndex
        var rule = "gazetteer:"
        rule.reserveCapacity(rule.utf8.count + bytes.count + 1 + canonical.utf8.count)
        rule += source[..<stemEnd]
        rule += " "
        rule += canonical
        return rule
    }
}
