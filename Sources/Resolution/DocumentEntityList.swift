import NewsGraphModel

/// The entities one document names, each once, with what its mentions
/// wrote for it: gathered on the analysis threads, so that resolution and
/// the graph deal with each entity of a document once, not with each mention.
///
/// The entities are listed in order of first use: mentions in text order,
/// then the sources and entity targets of the edges in edge order.
struct DocumentEntityList: Sendable {
    /// One entity as the document names it.
    struct Local: Sendable {
        /// The document-level reference.
        var ref: EntityRef
        /// The ``StableHash`` of the NFC form of the reference's name (``StableHash/nfcHash(of:bytesHash:)``):
        /// made here, on the analysis threads, for resolution to number the references by
        /// (see ``EntityResolution``).
        var nameHash: UInt64
        /// The names its node is given: for an entity (``NodeType/isEntity``) the
        /// reference's name first, then the surfaces of the mentions that are names,
        /// each once, in the order first written.
        var surfaces: [String] = []
        /// The roles written next to its mentions, each once, in the order first written.
        var roles: [String] = []
        /// How many mentions it has.
        var mentions = 0
    }

    /// The node of an unnamed source, which is the document's own: its id and the
    /// ``StableHash`` of the id, made here. Kept apart from the ``Local``s, for few
    /// are unnamed sources: a smaller ``Local`` keeps a document's list of them in
    /// one of the allocator's cached sizes.
    struct OwnNode: Sendable {
        /// The index of the unnamed source among the ``locals``.
        var local: Int
        var id: String
        var idHash: UInt64
    }

    /// The ends of one edge, as indices into ``locals``.
    struct Ends: Sendable {
        /// The source's index.
        var source: Int
        /// The entity target's index; nil for a Statement, and when the source makes no node.
        var target: Int?
    }

    /// Every entity the mentions and edges name, in order of first use.
    private(set) var locals: [Local] = []
    /// The indices of the ``locals`` that become nodes (see ``makesNode(_:)``), in the order of the
    /// mention or edge that first adds each: the order a graph built call by
    /// call would add them in, which decides the label where two names share an id.
    private(set) var nodeOrder: [Int] = []
    /// The ends of each edge, in edge order.
    private(set) var ends: [Ends] = []
    /// The nodes of the unnamed sources among the ``locals``, in order of first use.
    private var ownNodes: [OwnNode] = []

    /// Gathers the entities of one analysis.
    init(_ analysis: DocumentAnalysis) {
        var indices = RefIndex()
        indices.reserveCapacity(Self.usualCount)
        var isNode: [Bool] = []
        // Room for the entities of most documents (some ten), so that the lists seldom grow.
        let room = min(analysis.mentions.count + 2 * analysis.edges.count, Self.usualCount)
        locals.reserveCapacity(room)
        nodeOrder.reserveCapacity(room)
        isNode.reserveCapacity(room)
        func index(of ref: EntityRef) -> Int {
            let hash = StableHash.fnv1a(ref.name)
            if let index = indices.index(of: ref, hash: hash, in: locals) { return index }
            indices.add(ref, hash: hash, at: locals.count, after: locals)
            if ref.type == .unnamedSource {
                ownNodes.append(Self.unnamedSourceNode(ref.name, in: analysis.document.id, local: locals.count))
            }
            locals.append(
                Local(
                    ref: ref, nameHash: StableHash.nfcHash(of: ref.name, bytesHash: hash),
                    surfaces: ref.type.isEntity ? [ref.name] : []))
            isNode.append(false)
            return locals.count - 1
        }
        func addsNode(_ index: Int) {
            guard !isNode[index], Self.makesNode(locals[index].ref.type) else { return }
            isNode[index] = true
            nodeOrder.append(index)
        }
        for mention in analysis.mentions {
            let local = index(of: mention.entity)
            if mention.isName, !locals[local].surfaces.contains(mention.surface) {
                locals[local].surfaces.append(mention.surface)
            }
            if let role = mention.role, !locals[local].roles.contains(role) { locals[local].roles.append(role) }
            locals[local].mentions += 1
            addsNode(local)
        }
        ends.reserveCapacity(analysis.edges.count)
        for edge in analysis.edges {
            let source = index(of: edge.source)
            addsNode(source)
            var target: Int?
            if case .entity(let ref) = edge.target {
                // An entity target is resolved whatever the source, but becomes a node only after a source that is one.
                let local = index(of: ref)
                if Self.makesNode(edge.source.type) {
                    addsNode(local)
                    target = local
                }
            }
            ends.append(Ends(source: source, target: target))
        }
    }

    /// Where each reference stands among the locals: found by a scan of the
    /// hashes of their names while a document names few entities (most do),
    /// by a table once it names many.
    private struct RefIndex {
        /// The most locals that are scanned.
        static let scanLimit = 32
        /// The ``StableHash`` of each local's name, while they are scanned.
        private var hashes: [UInt64] = []
        private var table: [EntityRef: Int] = [:]

        /// The index of `ref` among `locals`, if it is there; `hash` is the ``StableHash`` of its name.
        func index(of ref: EntityRef, hash: UInt64, in locals: [Local]) -> Int? {
            guard locals.count <= Self.scanLimit else { return table[ref] }
            for index in hashes.indices where hashes[index] == hash && locals[index].ref == ref { return index }
            return nil
        }

        /// Makes room for `count` locals to be scanned.
        mutating func reserveCapacity(_ count: Int) { hashes.reserveCapacity(min(count, Self.scanLimit)) }

        /// Records that `ref` (whose name has the ``StableHash`` `hash`) is the
        /// local at `index`, the next after all others of `locals`.
        mutating func add(_ ref: EntityRef, hash: UInt64, at index: Int, after locals: [Local]) {
            if index < Self.scanLimit {
                hashes.append(hash)
                return
            }
            if index == Self.scanLimit {
                for (position, local) in locals.enumerated() { table[local.ref] = position }
            }
            table[ref] = index
        }
    }

    /// The node of the unnamed source `description` of document `document`, local entity `local`:
    /// its id is the hash of "document|description", hashed piece by piece.
    private static func unnamedSourceNode(_ description: String, in document: String, local: Int) -> OwnNode {
        var key = StableHash()
        key.add(document)
        key.add("|")
        key.add(description)
        let id = Identifier.hashedID(.unnamedSource, hash: key.value)
        return OwnNode(local: local, id: id, idHash: StableHash.fnv1a(id))
    }

    /// The node of local entity `index` when it is an unnamed source (the document's own); nil for other types.
    func ownNode(of index: Int) -> OwnNode? { ownNodes.first { $0.local == index } }

    /// About as many entities as most documents name: room made for them at once.
    static let usualCount = 16

    /// Whether a reference of this type becomes a node of its own: entities and unnamed sources do.
    static func makesNode(_ type: NodeType) -> Bool { type.isEntity || type == .unnamedSource }

    /// The index of the local entity with this reference, if the document names it
    /// (a linear search: for the few names deployments give).
    func local(_ ref: EntityRef) -> Int? { locals.firstIndex { $0.ref == ref } }
}
