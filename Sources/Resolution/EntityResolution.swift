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
    /// The node id of every canonical reference.
    private(set) var nodeIDs: [EntityRef: String] = [:]

    /// An anchor: what makes two local entities one.
    private enum Anchor: Hashable {
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
        let facts = NameFacts.table(
            for: Set(locals.map(\.ref)), gazetteer: gazetteer, transliteration: transliteration)
        func fact(_ ref: EntityRef) -> NameFacts {
            facts[ref] ?? NameFacts(base: ref.name, key: ref.name, writtenKey: ref.name)
        }

        // 1 and 3: gazetteer anchors (by name, else by the surfaces written, else by key), else key anchors.
        var anchors: [LocalEntity: Anchor] = [:]
        anchors.reserveCapacity(locals.count)
        var listed: [String: GazetteerEntry?] = [:]
        for local in locals {
            let ref = local.ref
            let facts = fact(ref)
            var fromSurfaces: Set<String> = []
            for surface in surfaces[local] ?? [] where surface != ref.name {
                if listed[surface] == nil { listed[surface] = .some(gazetteer.lookup(surface)) }
                if let entry = listed[surface] ?? nil, entry.type == ref.type { fromSurfaces.insert(entry.canonical) }
            }
            if let name = facts.listedName ?? (fromSurfaces.count == 1 ? fromSurfaces.first : nil) ?? facts.keyedName {
                anchors[local] = .gazetteer(ref.type, name)
            } else {
                anchors[local] = .key(ref.type, facts.key)
            }
        }

        // 2: one-word person names to the one full name that ends (or starts) with them.
        var inDocument: [String: [String: Set<Anchor>]] = [:]
        var inCorpus: [String: Set<Anchor>] = [:]
        for local in locals where local.ref.type == .person {
            let words = NameForm.words(local.ref.name)
            guard words.count > 1, let anchor = anchors[local], let last = words.last else { continue }
            var shortNames = [last]
            if let first = words.first, gazetteer.putsFamilyNameFirst(first) { shortNames.append(first) }
            for key in Set(shortNames.map(transliteration.key(for:))) {
                inDocument[local.document, default: [:]][key, default: []].insert(anchor)
                inCorpus[key, default: []].insert(anchor)
            }
        }
        for local in locals where local.ref.type == .person && NameForm.words(local.ref.name).count == 1 {
            if case .gazetteer = anchors[local] { continue }
            let keys = fact(local.ref).shortKeys
            var chosen = Self.union(keys.map { inDocument[local.document]?[$0] })
            if case .none = chosen { chosen = Self.union(keys.map { inCorpus[$0] }) }
            if case .one(let anchor) = chosen { anchors[local] = anchor }
        }

        // Key anchors that match a name of a gazetteer group join it.
        var keyToGazetteer: [Anchor: Set<Anchor>] = [:]
        for local in locals {
            guard let anchor = anchors[local], case .gazetteer(let type, _) = anchor else { continue }
            for key in [fact(local.ref).writtenKey, fact(local.ref).key] {
                keyToGazetteer[.key(type, key), default: []].insert(anchor)
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
        canonical.reserveCapacity(locals.count)
        nodeIDs.reserveCapacity(groups.count)
        for (anchor, members) in groups {
            guard let type = members.first?.ref.type else { continue }
            let label: String
            switch anchor {
            case .gazetteer(_, let name):
                label = name
            case .key:
                label = Self.fullestName(of: members.map(\.ref), facts: facts, mentionCount: mentionCount, type: type)
            }
            let resolved = EntityRef(type, label)
            nodeIDs[resolved] = Identifier.nodeID(type, label)
            for member in members { canonical[member] = resolved }
        }
    }

    /// How many anchors some sets hold together: none, one, or more.
    private enum Union {
        case none
        case one(Anchor)
        case several
    }

    /// The union of anchor sets, told only as far as none, one or more:
    /// it stops at the second anchor, however large the sets (a surname
    /// that many full names in the corpus share).
    private static func union(_ sets: [Set<Anchor>?]) -> Union {
        var found: Anchor?
        for set in sets {
            guard let set else { continue }
            for anchor in set where anchor != found {
                if found != nil { return .several }
                found = anchor
            }
        }
        return found.map(Union.one) ?? .none
    }

    /// The canonical reference of a document-level entity (itself when unknown).
    func resolve(_ ref: EntityRef, in document: String) -> EntityRef {
        canonical[LocalEntity(document: document, ref: ref)] ?? ref
    }

    /// The node id of a canonical reference.
    func nodeID(of resolved: EntityRef) -> String {
        nodeIDs[resolved] ?? Identifier.nodeID(resolved.type, resolved.name)
    }

    /// The entities an edge names: its source and an entity target.
    static func refs(of edge: ExtractedEdge) -> [EntityRef] {
        if case .entity(let target) = edge.target { return [edge.source, target] }
        return [edge.source]
    }

    /// The fullest name of a group: most words, then most mentions, then the
    /// smallest string; names as written win over forms made by cutting a genitive.
    private static func fullestName(
        of refs: [EntityRef], facts: [EntityRef: NameFacts], mentionCount: [EntityRef: Int], type: NodeType
    ) -> String {
        let written = Set(refs.filter { facts[$0]?.base ?? $0.name == $0.name }.map(\.name))
        let names = written.isEmpty ? Set(refs.map { facts[$0]?.base ?? $0.name }) : written
        func rank(_ name: String) -> (Int, Int) {
            (NameForm.words(name).count, mentionCount[EntityRef(type, name)] ?? 0)
        }
        return names.min { lhs, rhs in
            let (l, r) = (rank(lhs), rank(rhs))
            return l != r ? l > r : lhs < rhs
        } ?? refs.first?.name ?? ""
    }
}
