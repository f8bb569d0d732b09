import Entities
import NewsGraphModel

/// The gazetteer's Person and Organization names by transliteration key, so
/// that a spelling the gazetteer does not list (`Zelenskiy`) still finds its
/// entry. A key that two entries share finds neither.
struct GazetteerKeyIndex {
    private var canonicalByKey: [String: String] = [:]
    private var sharedKeys: Set<String> = []

    /// Indexes every listed name of the gazetteer's people and organisations.
    init(gazetteer: Gazetteer, transliteration: TransliterationKey) {
        for entry in gazetteer.entries where entry.type == .person || entry.type == .organization {
            for name in gazetteer.names(of: entry) {
                let key = Self.key(transliteration.key(for: name), entry.type)
                if let existing = canonicalByKey[key], existing != entry.canonical {
                    sharedKeys.insert(key)
                } else {
                    canonicalByKey[key] = entry.canonical
                }
            }
        }
    }

    /// The canonical name of the one entry of this type whose listed names share a
    /// name's transliteration key. Keys of four letters or fewer find nothing.
    func canonical(forKey nameKey: String, type: NodeType) -> String? {
        guard nameKey.count > 4 else { return nil }
        let key = Self.key(nameKey, type)
        return sharedKeys.contains(key) ? nil : canonicalByKey[key]
    }

    private static func key(_ nameKey: String, _ type: NodeType) -> String { "\(type.rawValue)|\(nameKey)" }
}
