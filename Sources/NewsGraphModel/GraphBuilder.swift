/// Collects nodes and edges in any order and yields a ``Graph`` whose
/// content and order depend only on what was added, never on the order.
///
///     var builder = GraphBuilder()
///     let id = builder.addEntity(.person, name: "Mark Rutte", surface: "Rutte", document: "a.txt")
///     builder.add(edge)
///     let graph = builder.build()
///
/// Builders filled on separate threads (each with a run of the documents)
/// are joined with ``merge(_:)``, or built into one graph at once with
/// ``build(merging:jobs:)``.
public struct GraphBuilder: Sendable {
    /// The index in ``parts`` of every node id added.
    private var slots = NodeSlots()
    /// Each node with the names, documents and roles its calls brought, in the order first added.
    var parts: [NodeParts] = []
    var edges: [Edge] = []
    /// The ``Edge/idHash`` of each edge, in the order of ``edges``: hashed as the edge comes,
    /// for reading it from the array later would copy the edge (retaining all its strings).
    var hashes: [UInt64] = []
    /// The slots of each edge's ends, where they were added before the edge (see ``EdgeEnds``).
    var ends: [EdgeEnds] = []
    var documents: [String: DocumentInfo] = [:]

    /// The slots in ``parts`` of an edge's source and target, found when the
    /// edge was added; nil for an end not added yet, whose id is looked up when the graph is built.
    struct EdgeEnds: Sendable {
        var source: Int?
        var target: Int?
    }

    /// A node and the sets of its list attributes, gathered call by call.
    struct NodeParts: Sendable {
        var node: Node
        /// The surfaces brought but the label, which is no alias.
        var aliases: Set<String> = []
        /// Whether a call brought the label as a surface: an alias should another builder's label win.
        var surfacedLabel = false
        var documents = DocumentList()
        var roles: Set<String> = []

        /// Adds what another call brought for the same id: the smallest text wins, the sets join.
        mutating func add(text: String?, surfaces: [String], document: String?, roles: [String]) {
            if let text, node.text.map({ text < $0 }) ?? true { node.text = text }
            for surface in surfaces {
                if surface == node.label { surfacedLabel = true } else { aliases.insert(surface) }
            }
            if let document { documents.add(document) }
            for role in roles { self.roles.insert(role) }
        }

        /// Adds what another builder collected for the same id (its calls after this one's).
        mutating func add(_ later: NodeParts) {
            node.text = [node.text, later.node.text].compactMap { $0 }.min()
            for alias in later.aliases where alias != node.label { aliases.insert(alias) }
            if later.surfacedLabel {
                if later.node.label == node.label { surfacedLabel = true } else { aliases.insert(later.node.label) }
            }
            documents.add(later.documents)
            roles.formUnion(later.roles)
        }

        /// The parts of a node first added with these fields and nothing else yet.
        init(id: String, type: NodeType, label: String, text: String?) {
            node = Node(id: id, type: type, label: label, text: text)
        }

        /// Gives ``node`` its aliases (without its label and empty names), documents and roles,
        /// sorted; the sets are let go, so that their memory is reused by the nodes finished next.
        mutating func finishNode() {
            var names: [String] = []
            names.reserveCapacity(aliases.count)
            for alias in aliases where !alias.isEmpty { names.append(alias) }
            names.sort()
            node.aliases = names
            node.documents = documents.sorted()
            node.roles = roles.isEmpty ? [] : roles.sorted()
            aliases = []
            documents = DocumentList()
            roles = []
        }
    }

    /// The documents of a node, in the order added, each once as long as they
    /// come in ascending order (as a resolver that adds documents in id order
    /// gives them): then neither hashing nor sorting is needed. Ids that come
    /// out of order are sorted and made unique when the list is read.
    struct DocumentList: Sendable {
        private var ids: [String] = []
        private var ascending = true

        /// Adds a document id.
        mutating func add(_ id: String) {
            if let last = ids.last, !(last < id) {
                if last == id { return }
                ascending = false
            }
            ids.append(id)
        }

        /// Adds the ids of another list, after this one's.
        mutating func add(_ other: DocumentList) {
            for id in other.ids { add(id) }
        }

        /// The ids, sorted, each once.
        func sorted() -> [String] { ascending ? ids : Set(ids).sorted() }
    }

    /// Creates an empty builder.
    public init() {}

    /// Makes room for `nodes` distinct node ids and `edges` edges, so that
    /// the tables need not grow (and be copied) as they come.
    /// ``build(merging:jobs:)`` keeps the first builder's edges where they
    /// are and puts the others' after them: room there for all spares a copy of all.
    public mutating func reserveCapacity(nodes: Int, edges: Int = 0) {
        slots.reserveCapacity(nodes)
        parts.reserveCapacity(nodes)
        self.edges.reserveCapacity(edges)
        hashes.reserveCapacity(edges)
        ends.reserveCapacity(edges)
    }

    /// A node as added to this builder: its id, and its slot, with which
    /// ``add(_:from:to:)`` adds an edge without looking the ids up again.
    public struct AddedNode: Sendable {
        /// The node id.
        public let id: String
        /// The index in ``parts``.
        let slot: Int
    }

    /// Adds (or extends) a node and returns its id. The label of the first
    /// call wins only if later calls give the same id with the same label;
    /// ids are derived from the label, so they do.
    @discardableResult
    public mutating func addNode(
        id: String, type: NodeType, label: String, surfaces: [String] = [], document: String? = nil,
        text: String? = nil, roles: [String] = []
    ) -> String {
        insertNode(id: id, type: type, label: label, surfaces: surfaces, document: document, text: text, roles: roles)
            .id
    }

    /// Adds (or extends) a node like ``addNode(id:type:label:surfaces:document:text:roles:)``
    /// and returns it with its slot, for edges added with ``add(_:from:to:)``. `idHash` is the
    /// ``StableHash`` of `id` when the caller has made it (once for many calls, or on another thread).
    public mutating func insertNode(
        id: String, idHash: UInt64? = nil, type: NodeType, label: String, surfaces: [String] = [],
        document: String? = nil, text: String? = nil, roles: [String] = []
    ) -> AddedNode {
        let slot = slots.slot(adding: id, hash: idHash, in: parts)
        return fill(slot, id: id, type: type, label: label, surfaces: surfaces, document: document, text: text, roles: roles)
    }

    /// Adds (or extends) a node like ``insertNode(id:idHash:type:label:surfaces:document:text:roles:)``
    /// whose id is a hash (``HashedID``): the id string is made only when the node is new.
    public mutating func insertNode(
        id: HashedID, label: String, surfaces: [String] = [], document: String? = nil, text: String? = nil,
        roles: [String] = []
    ) -> AddedNode {
        let slot = slots.slot(adding: id, in: parts)
        return fill(
            slot, id: slot < parts.count ? parts[slot].node.id : id.string, type: id.type, label: label,
            surfaces: surfaces, document: document, text: text, roles: roles)
    }

    /// Extends the part at `slot` with what a call brought, or appends it there when `slot` is new.
    private mutating func fill(
        _ slot: Int, id: String, type: NodeType, label: String, surfaces: [String], document: String?, text: String?,
        roles: [String]
    ) -> AddedNode {
        if slot < parts.count {
            parts[slot].add(text: text, surfaces: surfaces, document: document, roles: roles)
        } else {
            parts.append(NodeParts(id: id, type: type, label: label, text: text))
            parts[slot].add(text: nil, surfaces: surfaces, document: document, roles: roles)
        }
        return AddedNode(id: id, slot: slot)
    }

    /// Adds an entity under its canonical name; the id comes from type and name.
    @discardableResult
    public mutating func addEntity(
        _ type: NodeType, name: String, surfaces: [String] = [], document: String? = nil, roles: [String] = []
    ) -> String {
        addNode(
            id: Identifier.nodeID(type, name), type: type, label: name, surfaces: surfaces, document: document,
            roles: roles)
    }

    /// Adds an edge. Both ends must be added as nodes before ``build(jobs:)``.
    public mutating func add(_ edge: consuming Edge) {
        let ends = EdgeEnds(source: slots.slot(of: edge.source, in: parts), target: slots.slot(of: edge.target, in: parts))
        append(edge, ends: ends)
    }

    /// Adds an edge between two nodes added to this builder, whose ids are
    /// the edge's source and target: their slots are known, so no id is looked up.
    public mutating func add(_ edge: consuming Edge, from source: AddedNode, to target: AddedNode) {
        assert(edge.source == source.id && edge.target == target.id, "the edge's ends are not these nodes")
        append(edge, ends: EdgeEnds(source: source.slot, target: target.slot))
    }

    /// Records `edge` with the slots of its ends (nil where an end is not added yet) and its id hash.
    /// The edge is moved into the table, not copied (a copy retains and releases all its strings).
    private mutating func append(_ edge: consuming Edge, ends edgeEnds: EdgeEnds) {
        ends.append(edgeEnds)
        hashes.append(edge.idHash)
        edges.append(edge)
    }

    /// Records a document that was read.
    public mutating func addDocument(_ document: DocumentInfo) { documents[document.id] = document }

    /// Adds everything `later` collected, as if its calls had been made on
    /// this builder after this builder's own.
    public mutating func merge(_ later: consuming GraphBuilder) {
        parts.reserveCapacity(parts.count + later.parts.count)
        // Where each of `later`'s slots went, for the ends of its edges.
        var moved: [Int] = []
        moved.reserveCapacity(later.parts.count)
        for part in later.parts {
            let slot = slots.slot(adding: part.node.id, in: parts)
            if slot < parts.count { parts[slot].add(part) } else { parts.append(part) }
            moved.append(slot)
        }
        documents.merge(later.documents) { _, later in later }
        edges.append(contentsOf: later.edges)
        hashes.append(contentsOf: later.hashes)
        for end in later.ends {
            ends.append(EdgeEnds(source: end.source.map { moved[$0] }, target: end.target.map { moved[$0] }))
        }
    }

    /// The graph, sorted. Edges whose ends are missing are dropped, and so
    /// are repeats of an edge. With more than one job the work is shared out
    /// (see ``build(merging:jobs:)``).
    public consuming func build(jobs: Int = 1) -> Graph {
        Self.build(merging: [self], jobs: jobs)
    }
}
