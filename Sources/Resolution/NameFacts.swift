import Entities
import NewsGraphModel

/// What resolution needs to know about one name of one type, worked out
/// once per distinct name: its keys, its form without a genitive and the
/// gazetteer entry it names.
struct NameFacts {
    /// The name without a genitive `-s` when that form is also seen (by key) or listed.
    var base: String
    /// The key of ``base``: its transliteration key; for bodies and places
    /// after adjective endings are folded (`Russische`/`Russisches Verteidigungsministerium`).
    var key: String
    /// The key of the name as written.
    var writtenKey: String
    /// The transliteration keys of the name and of its forms without a genitive
    /// ending, seen or not (`Kims` → `kims`, `kim`): what a one-word name may shorten.
    var shortKeys: Set<String> = []
    /// The canonical name of the gazetteer entry of the same type that the name finds.
    var listedName: String?
    /// The canonical name of the one gazetteer entry of the same type whose
    /// listed names share the name's transliteration key.
    var keyedName: String?

    /// The facts of each of some distinct references, in their order.
    static func table(
        for refs: [EntityRef], gazetteer: Gazetteer, keyIndex index: GazetteerKeyIndex,
        transliteration: TransliterationKey
    ) -> [NameFacts] {
        func key(_ name: String, _ type: NodeType) -> String {
            transliteration.key(for: type == .person ? name : Gazetteer.foldedName(name))
        }
        let writtenKeys = refs.map { key($0.name, $0.type) }
        var keysByType: [NodeType: Set<String>] = [:]
        for (ref, written) in zip(refs, writtenKeys) { keysByType[ref.type, default: []].insert(written) }
        return zip(refs, writtenKeys).map { ref, written in
            let keyed = ref.type == .person || ref.type == .organization
            let plainKey = ref.type == .person || !keyed ? written : transliteration.key(for: ref.name)
            var facts = NameFacts(base: ref.name, key: written, writtenKey: written, shortKeys: [plainKey])
            for stripped in NameForm.genitiveStripped(ref.name) {
                let strippedKey = key(stripped, ref.type)
                if ref.type == .person { facts.shortKeys.insert(strippedKey) }
                if facts.base == ref.name,
                    keysByType[ref.type]?.contains(strippedKey) == true || gazetteer.lookup(stripped)?.type == ref.type
                {
                    facts.base = stripped
                    facts.key = strippedKey
                }
            }
            if let entry = gazetteer.lookup(ref.name), entry.type == ref.type { facts.listedName = entry.canonical }
            if keyed { facts.keyedName = index.canonical(forKey: plainKey, type: ref.type) }
            return facts
        }
    }
}
