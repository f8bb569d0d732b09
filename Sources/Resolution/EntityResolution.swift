import Entities
import NewsGraphModel

/// Decides which document-level entities are one real-world referent, and
/// the canonical name of each.
///
/// Every entity gets an anchor; entities with equal anchors are one node.
/// 1. A gazetteer entry of the same type, found by the name, by a name the
///    document wrote for it, or by the transliteration key of a listed
///    variant, anchors it to the entry: the canonical name wins.
/// 2. A one-word Person name (or its form without a genitive `-s`) anchors to
///    the one full name of the same type that ends with it (or starts with it,
///    for family names that come first: `Kim`), in the same document first,
///    else across the corpus; none or several: no such anchor.
/// 3. Else the name (without a genitive `-s` when that form is also seen)
///    anchors by its transliteration key, within its type; names of bodies
///    and places first lose the adjective endings of all but their last word.
/// A key anchor equal to the key of a name in a gazetteer-anchored group
/// joins that group. The name of a group without a gazetteer entry is its
/// fullest form: most words, then most mentions, then the smallest string.
struct EntityResolution {
    /// The canonical reference of every document-level entity.
    private(set) var canonical: [LocalEntity: EntityRef] = [:]

    /// An anchor: what makes two local entities one.
    private enum Anchor: Hashable, Comparable {
        case gazetteer(NodeType, String)
        case key(NodeType, String)
    }

    /// Resolves every entity named in `analyses` (in any order).
    init(analyses: [DocumentAnalysis], gazetteer: Gazetteer, transliteration: TransliterationKey) {
        var surfaces: [LocalEntity: Set<String>] = [:]
        var mentionCount: [EntityRef: Int] = [:]
        for analysis in analyses {
            let document = analysis.document.id
            for mention in analysis.mentions where mention.entity.type.isEntity {
                let local = LocalEntity(document: document, ref: mention.entity)
                surfaces[local, default: []].formUnion(mention.isName ? [mention.surface] : [])
                mentionCount[mention.entity, default: 0] += 1
            }
            for edge in analysis.edges {
                for ref in Self.refs(of: edge) where ref.type.isEntity {
                    surfaces[LocalEntity(document: document, ref: ref), default: []].formUnion([])
                }
            }
        }
        let locals = surfaces.keys.sorted()
        let index = GazetteerKeyIndex(gazetteer: gazetteer, transliteration: transliteration)

        // The key of a name: its transliteration key; for bodies and places, after
        // adjective endings are folded (`Russische`/`Russisches Verteidigungsministerium`).
        func nameKey(_ name: String, type: NodeType) -> String {
            transliteration.key(for: type == .person ? name : Gazetteer.foldedName(name))
        }
        let keysByType = Dictionary(grouping: locals.map(\.ref), by: \.type).mapValues { refs in
            Set(refs.map { nameKey($0.name, type: $0.type) })
        }

        // The base name of each entity: without a genitive -s when that form is seen
        // (by key: `Russischen Verteidigungsministeriums` → `… Verteidigungsministerium`) or listed.
        func baseName(_ ref: EntityRef) -> String {
            for stripped in NameForm.genitiveStripped(ref.name)
            where keysByType[ref.type]?.contains(nameKey(stripped, type: ref.type)) == true
                || gazetteer.lookup(stripped)?.type == ref.type
            {
                return stripped
            }
            return ref.name
        }

        // 1 and 3: gazetteer anchors, else key anchors.
        var anchors: [LocalEntity: Anchor] = [:]
        for local in locals {
            let ref = local.ref
            if let entry = Self.gazetteerEntry(
                for: ref, surfaces: surfaces[local] ?? [], gazetteer: gazetteer, index: index)
            {
                anchors[local] = .gazetteer(ref.type, entry)
            } else {
                anchors[local] = .key(ref.type, nameKey(baseName(ref), type: ref.type))
            }
        }

        // 2: one-word person names to the one full name that ends (or starts) with them.
        let fullNames = locals.filter { $0.ref.type == .person && NameForm.words($0.ref.name).count > 1 }
        func shortKeys(of name: String) -> Set<String> {
            let words = NameForm.words(name)
            var keys: Set<String> = []
            if let last = words.last { keys.insert(transliteration.key(for: last)) }
            if let first = words.first, gazetteer.putsFamilyNameFirst(first) {
                keys.insert(transliteration.key(for: first))
            }
            return keys
        }
        let fullNameKeys = Dictionary(uniqueKeysWithValues: fullNames.map { ($0, shortKeys(of: $0.ref.name)) })
        for local in locals where local.ref.type == .person && NameForm.words(local.ref.name).count == 1 {
            if case .gazetteer = anchors[local] { continue }
            let forms = [local.ref.name] + NameForm.genitiveStripped(local.ref.name)
            let keys = Set(forms.map { transliteration.key(for: $0) })
            func candidates(_ pool: [LocalEntity]) -> Set<Anchor> {
                Set(pool.filter { !(fullNameKeys[$0] ?? []).isDisjoint(with: keys) }.compactMap { anchors[$0] })
            }
            let inDocument = candidates(fullNames.filter { $0.document == local.document })
            let chosen = inDocument.isEmpty ? candidates(fullNames) : inDocument
            if chosen.count == 1, let anchor = chosen.first { anchors[local] = anchor }
        }

        // Key anchors that match a name of a gazetteer group join it.
        var keyToGazetteer: [Anchor: Set<Anchor>] = [:]
        for local in locals {
            guard let anchor = anchors[local], case .gazetteer(let type, _) = anchor else { continue }
            for name in [local.ref.name, baseName(local.ref)] {
                keyToGazetteer[.key(type, nameKey(name, type: type)), default: []].insert(anchor)
            }
        }
        for local in locals {
            guard let anchor = anchors[local], let targets = keyToGazetteer[anchor], targets.count == 1,
                let target = targets.first
            else { continue }
            anchors[local] = target
        }

        // Names: gazetteer canonical, else the fullest form.
        let groups = Dictionary(grouping: locals) { anchors[$0] ?? .key($0.ref.type, $0.ref.name) }
        for (anchor, members) in groups {
            let label: String
            switch anchor {
            case .gazetteer(_, let name):
                label = name
            case .key:
                // Names as written win over forms made by cutting a genitive.
                let written = Set(members.map(\.ref).filter { baseName($0) == $0.name }.map(\.name))
                let names = written.isEmpty ? Set(members.map { baseName($0.ref) }) : written
                label =
                    names.min { lhs, rhs in
                        let l = (NameForm.words(lhs).count, mentionCount[EntityRef(members[0].ref.type, lhs)] ?? 0)
                        let r = (NameForm.words(rhs).count, mentionCount[EntityRef(members[0].ref.type, rhs)] ?? 0)
                        if l != r { return l > r }
                        return lhs < rhs
                    } ?? members[0].ref.name
            }
            for member in members { canonical[member] = EntityRef(member.ref.type, label) }
        }
    }

    /// The canonical reference of a document-level entity (itself when unknown).
    func resolve(_ ref: EntityRef, in document: String) -> EntityRef {
        canonical[LocalEntity(document: document, ref: ref)] ?? ref
    }

    /// The entities an edge names: its source and an entity target.
    static func refs(of edge: ExtractedEdge) -> [EntityRef] {
        if case .entity(let target) = edge.target { return [edge.source, target] }
        return [edge.source]
    }

    /// The canonical name of the gazetteer entry of the same type that a
    /// reference names, directly, through one of its surfaces, or through
    /// the transliteration key of a listed name.
    private static func gazetteerEntry(
        for ref: EntityRef, surfaces: Set<String>, gazetteer: Gazetteer, index: GazetteerKeyIndex
    ) -> String? {
        if let entry = gazetteer.lookup(ref.name), entry.type == ref.type { return entry.canonical }
        let fromSurfaces = Set(
            surfaces.compactMap { surface in
                gazetteer.lookup(surface).flatMap { $0.type == ref.type ? $0.canonical : nil }
            })
        if fromSurfaces.count == 1 { return fromSurfaces.first }
        return index.canonical(for: ref.name, type: ref.type)
    }
}
