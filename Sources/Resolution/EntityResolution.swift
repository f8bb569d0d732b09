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
///
/// The entities are numbered, and so are their distinct names: the tables
/// are arrays, and what depends on the name alone is worked out once per name.
struct EntityResolution: Sendable {
    /// What an entity resolves to: the canonical name and the id of its node.
    struct Resolved: Sendable {
        /// The canonical name.
        var name: String
        /// The node id.
        var nodeID: String
        /// The ``StableHash`` of the node id, made once for all the entities of the group.
        var nodeIDHash: UInt64

        /// What the entities of a group named `name` resolve to, with node id `nodeID`.
        init(name: String, nodeID: String) {
            self.name = name
            self.nodeID = nodeID
            nodeIDHash = StableHash.fnv1a(nodeID)
        }
    }

    /// For each document (in the order given) and each of its local entities:
    /// what it resolves to; nil for types that are not entities.
    private let resolved: [[Resolved?]]
    /// How many groups the entities form: the most entity nodes a graph of them has.
    let groupCount: Int

    /// An anchor: what makes two local entities one.
    private enum Anchor: Equatable {
        case gazetteer(NodeType, String)
        case key(NodeType, String)

        /// The ``StableHash`` of the name or key (in NFC): where the anchor is looked for.
        var hash: UInt64 {
            switch self {
            case .gazetteer(_, let name), .key(_, let name): StableHash.nfcHash(of: name)
            }
        }
    }

    /// An entity of one document: the document's index, the entity's index
    /// among the document's locals, and the number of its reference.
    private struct Local {
        var document: Int
        var index: Int
        var ref: Int
    }

    /// Resolves every entity of `documents` (the entities of each document, in any order of documents);
    /// `keyIndex` is `gazetteer`'s names by `transliteration` key. Entities of different types are
    /// never one: with more than one job, each type is resolved on a thread of its own.
    init(
        documents: [DocumentEntityList], gazetteer: Gazetteer, keyIndex: GazetteerKeyIndex,
        transliteration: TransliterationKey, jobs: Int = 1
    ) {
        let types = NodeType.allCases.filter(\.isEntity)
        let parts = ParallelMap.map(jobs > 1 ? types.map { [$0] } : [types], jobs: jobs, chunk: 1) { types in
            Part(
                documents: documents, types: types, gazetteer: gazetteer, keyIndex: keyIndex,
                transliteration: transliteration)
        }
        var resolved = documents.map { [Resolved?](repeating: nil, count: $0.locals.count) }
        for part in parts {
            for member in part.members { resolved[member.document][member.index] = part.groups[member.group] }
        }
        self.resolved = resolved
        groupCount = parts.reduce(0) { $0 + $1.groups.count }
    }

    /// The resolution of the entities of some types: their groups, and the group of each entity.
    private struct Part: Sendable {
        /// What each group resolves to.
        var groups: [Resolved] = []
        /// Each entity: its document, its index among the document's locals, and its group.
        var members: [(document: Int, index: Int, group: Int)] = []

        /// Resolves the entities of `types` (a few: a list) in `documents`.
        init(
            documents: [DocumentEntityList], types: [NodeType], gazetteer: Gazetteer,
            keyIndex: GazetteerKeyIndex, transliteration: TransliterationKey
        ) {
            // Number the distinct references and list the entities.
            var refNumbers = RefNumbers()
            var mentionCount: [Int] = []
            var locals: [Local] = []
            for document in documents.indices {
                // The locals are read field by field: a copy of one would retain all its arrays.
                for index in documents[document].locals.indices where types.contains(documents[document].locals[index].ref.type) {
                    let ref = refNumbers.number(
                        of: documents[document].locals[index].ref, hash: documents[document].locals[index].nameHash)
                    if ref == mentionCount.count { mentionCount.append(0) }
                    mentionCount[ref] += documents[document].locals[index].mentions
                    locals.append(Local(document: document, index: index, ref: ref))
                }
            }
            let refs = refNumbers.keys
            let facts = NameFacts.table(
                for: refs, gazetteer: gazetteer, keyIndex: keyIndex, transliteration: transliteration)
            var anchors = Anchors()

            // 1 and 3: gazetteer anchors (by name, else by the surfaces written, else by key), else key anchors.
            // What depends on the name alone is worked out once per reference.
            var refAnchors = [Int?](repeating: nil, count: refs.count)
            func refAnchor(_ ref: Int) -> Int {
                if let known = refAnchors[ref] { return known }
                let type = refs[ref].type
                let facts = facts[ref]
                let number = anchors.number(
                    of: (facts.listedName ?? facts.keyedName).map { .gazetteer(type, $0) } ?? .key(type, facts.key))
                refAnchors[ref] = number
                return number
            }
            var localAnchors: [Int] = []
            localAnchors.reserveCapacity(locals.count)
            var listed = ListedSurfaces()
            for local in locals {
                let ref = refs[local.ref]
                var fromSurfaces: Set<String> = []
                if facts[local.ref].listedName == nil {
                    for surface in documents[local.document].locals[local.index].surfaces where surface != ref.name {
                        if let entry = listed.entry(of: surface, in: gazetteer), entry.type == ref.type {
                            fromSurfaces.insert(entry.canonical)
                        }
                    }
                }
                if fromSurfaces.count == 1, let name = fromSurfaces.first {
                    localAnchors.append(anchors.number(of: .gazetteer(ref.type, name)))
                } else {
                    localAnchors.append(refAnchor(local.ref))
                }
            }

            // 2: one-word person names to the one full name that ends (or starts) with them.
            let words = refs.map { $0.type == .person ? NameForm.words($0.name) : [] }
            // The keys of each document's full names with their anchors (a document has few: a list), and the corpus's.
            var inDocument = [[(key: String, anchor: Int)]](repeating: [], count: documents.count)
            var inCorpus: [String: Set<Int>] = [:]
            var fullNameKeys = [Set<String>?](repeating: nil, count: refs.count)
            for (number, local) in locals.enumerated() where words[local.ref].count > 1 {
                let keys = fullNameKeys[local.ref] ?? EntityResolution.shortNameKeys(of: words[local.ref], gazetteer, transliteration)
                fullNameKeys[local.ref] = keys
                for key in keys {
                    inDocument[local.document].append((key, localAnchors[number]))
                    inCorpus[key, default: []].insert(localAnchors[number])
                }
            }
            for (number, local) in locals.enumerated() where words[local.ref].count == 1 {
                if anchors.isGazetteer(localAnchors[number]) { continue }
                let keys = facts[local.ref].shortKeys
                var chosen = EntityResolution.union(inDocument[local.document].lazy.filter { keys.contains($0.key) }.map(\.anchor))
                if case .none = chosen { chosen = EntityResolution.union(keys.lazy.compactMap { inCorpus[$0] }.joined()) }
                if case .one(let anchor) = chosen { localAnchors[number] = anchor }
            }

            // Key anchors that match a name of a gazetteer group join it.
            var keyToGazetteer = [Set<Int>](repeating: [], count: anchors.count)
            for (number, local) in locals.enumerated() where anchors.isGazetteer(localAnchors[number]) {
                let type = refs[local.ref].type
                for key in [facts[local.ref].writtenKey, facts[local.ref].key] {
                    if let keyAnchor = anchors.existingNumber(of: .key(type, key)) {
                        keyToGazetteer[keyAnchor].insert(localAnchors[number])
                    }
                }
            }
            for number in locals.indices {
                let targets = keyToGazetteer[localAnchors[number]]
                guard targets.count == 1, let target = targets.first else { continue }
                localAnchors[number] = target
            }

            // Names: gazetteer canonical, else the fullest form.
            var anchored = [[Int]](repeating: [], count: anchors.count)
            for number in locals.indices { anchored[localAnchors[number]].append(number) }
            for (anchor, members) in anchored.enumerated() {
                guard let first = members.first else { continue }
                let type = refs[locals[first].ref].type
                let label: String
                switch anchors.anchor(anchor) {
                case .gazetteer(_, let name):
                    label = name
                case .key:
                    label = EntityResolution.fullestName(
                        of: Set(members.map { locals[$0].ref }), refs: refs, facts: facts, mentionCount: mentionCount,
                        refNumbers: refNumbers)
                }
                for member in members { self.members.append((locals[member].document, locals[member].index, groups.count)) }
                groups.append(Resolved(name: label, nodeID: Identifier.nodeID(type, label)))
            }
        }
    }

    /// The distinct references, numbered in the order first met, found by the ``StableHash``
    /// of their names in NFC, made on the analysis threads (``DocumentEntityList/Local/nameHash``).
    private typealias RefNumbers = HashedNumbering<EntityRef>

    /// The gazetteer entries of the surfaces written for entities, each surface looked up once.
    private struct ListedSurfaces {
        private var surfaces = HashedNumbering<String>()
        private var entries: [GazetteerEntry?] = []

        /// The entry `surface` finds in `gazetteer`, looked up the first time it is asked for.
        mutating func entry(of surface: String, in gazetteer: Gazetteer) -> GazetteerEntry? {
            let number = surfaces.number(of: surface, hash: StableHash.fnv1a(surface))
            if number == entries.count { entries.append(gazetteer.lookup(surface)) }
            return entries[number]
        }
    }

    /// The distinct anchors, numbered in the order first met, found by their ``Anchor/hash``.
    private struct Anchors {
        private var anchors = HashedNumbering<Anchor>()

        /// How many anchors are numbered.
        var count: Int { anchors.count }

        /// The number of `anchor`, numbering it if it is new.
        mutating func number(of anchor: Anchor) -> Int { anchors.number(of: anchor, hash: anchor.hash) }

        /// The number of `anchor` if it is numbered.
        func existingNumber(of anchor: Anchor) -> Int? { anchors.existingNumber(of: anchor, hash: anchor.hash) }

        /// The anchor of a number.
        func anchor(_ number: Int) -> Anchor { anchors.keys[number] }

        /// Whether the anchor of a number is a gazetteer entry.
        func isGazetteer(_ number: Int) -> Bool {
            if case .gazetteer = anchors.keys[number] { return true }
            return false
        }
    }

    /// What local entity `index` of document `document` resolves to; nil for types that are not entities.
    func resolved(_ index: Int, in document: Int) -> Resolved? { resolved[document][index] }

    /// The keys a one-word name may shorten a full person name to: of its last
    /// word, and of its first for family names that come first.
    private static func shortNameKeys(
        of words: [String], _ gazetteer: Gazetteer, _ transliteration: TransliterationKey
    ) -> Set<String> {
        guard let last = words.last else { return [] }
        var shortNames = [last]
        if let first = words.first, gazetteer.putsFamilyNameFirst(first) { shortNames.append(first) }
        return Set(shortNames.map(transliteration.key(for:)))
    }

    /// How many anchors (by number) some sets hold together: none, one, or more.
    private enum Union {
        case none
        case one(Int)
        case several
    }

    /// How many distinct anchors some anchors are, told only as far as none,
    /// one or more: it stops at the second, however many follow (a surname
    /// that many full names in the corpus share).
    private static func union(_ anchors: some Sequence<Int>) -> Union {
        var found: Int?
        for anchor in anchors where anchor != found {
            if found != nil { return .several }
            found = anchor
        }
        return found.map(Union.one) ?? .none
    }

    /// The fullest name of a group (its references by number, all of one
    /// type): most words, then most mentions, then the smallest string;
    /// names as written win over forms made by cutting a genitive.
    private static func fullestName(
        of members: Set<Int>, refs: [EntityRef], facts: [NameFacts], mentionCount: [Int], refNumbers: RefNumbers
    ) -> String {
        let written = Set(members.filter { facts[$0].base == refs[$0].name }.map { refs[$0].name })
        let names = written.isEmpty ? Set(members.map { facts[$0].base }) : written
        func rank(_ name: String, type: NodeType) -> (Int, Int) {
            (NameForm.words(name).count, refNumbers.existingNumber(of: EntityRef(type, name), hash: StableHash.nfcHash(of: name)).map { mentionCount[$0] } ?? 0)
        }
        let type = members.first.map { refs[$0].type } ?? .person
        return names.min { lhs, rhs in
            let (l, r) = (rank(lhs, type: type), rank(rhs, type: type))
            return l != r ? l > r : lhs < rhs
        } ?? ""
    }
}
