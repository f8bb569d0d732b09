import Entities
import NewsGraphModel

/// The gazetteer's Person and Organization names by transliteration key, so
/// that a spelling the gazetteer does not list (`Zelenskiy`) still finds its
/// entry. A key that two entries share finds neither.
struct GazetteerKeyIndex {
    /// The names of one type by key.
    private struct Table {
        var canonicalByKey: [String: String] = [:]
        var sharedKeys: Set<String> = []
    }

    /// One table a type, so that no key string is made with the type in it.
    private var people = Table()
    private var organizations = Table()

    /// Indexes every listed name of the gazetteer's people and organisations.
    init(gazetteer: Gazetteer, transliteration: TransliterationKey) {
        for entry in gazetteer.entries where entry.type == .person || entry.type == .organization {
            let isPerson = entry.type == .person
            for name in gazetteer.names(of: entry) {
                let key = transliteration.key(for: name)
                if isPerson { Self.add(key, entry.canonical, to: &people) } else { Self.add(key, entry.canonical, to: &organizations) }
            }
        }
    }

    /// Records that the entry named `canonical` lists a name with this key.
    private static func add(_ key: String, _ canonical: String, to table: inout Table) {
        if let existing = table.canonicalByKey[key], existing != canonical {
            table.sharedKeys.insert(key)
        } else {
            table.canonicalByKey[key] = canonical
        }
    }

    /// The canonical name of the one entry of this type whose listed names share a
    /// name's transliteration key. Keys of four letters or fewer find nothing.
    func canonical(forKey nameKey: String, type: NodeType) -> String? {
        guard nameKey.count > 4 else { return nil }
        let table: Table
        switch type {
        case .person: table = people
        case .organization: table = organizations
        default: return nil
        }
        return table.sharedKeys.contains(nameKey) ? nil : table.canonicalByKey[nameKey]
    }
}
