import ExportSupport
import NewsGraphModel

/// How a ``NewsGraphModel/Graph`` becomes triples under the NewsGraph ontology.
///
/// - Each node: `rdf:type` its class, `rdfs:label`, `skos:altLabel` per
///   alias, `ng:text` (Statements), `ng:role`, `ng:mentionedIn` per
///   document, and the direct triples `ng:asserts`/`ng:denies`/`ng:deploys`
///   to the targets of its edges.
/// - Each edge: an n-ary relation node (IRI from its unique edge id) of class
///   `ng:Assertion`/`ng:Denial`/`ng:Deployment` with `ng:agent`,
///   `ng:object`, `ng:document` and `prov:wasDerivedFrom`, `ng:evidence`,
///   the offsets, `ng:form`, the deployment attributes and `ng:date`.
/// - Each document (listed in the graph or referred to by a node or edge):
///   `ng:Document` with `dcterms:identifier`, `dcterms:title`,
///   `dcterms:date`, `schema:url`, `schema:publisher` when known.
///
/// Subjects come sorted by IRI, each with its predicates in a fixed order,
/// so the output depends only on the graph.
struct RDFMapping {
    /// One subject of the export.
    private enum Subject {
        case node(Int)
        case edge(Int)
        case document(Int)
    }

    private let graph: Graph
    /// The id of each node, in graph order, as bytes.
    private let nodeIDs: ResourceTable
    /// The id of each edge (``NewsGraphModel/Graph/edgeIDs``), in graph order, as bytes.
    private let edgeIDs: ResourceTable
    /// Whether the graph's nodes are sorted by id, as ``NewsGraphModel/GraphBuilder`` makes
    /// them: then node indices compare as node ids do.
    private let nodesSorted: Bool
    /// The documents, and which of them each node and edge refers to.
    private let documents: RDFDocuments
    /// The edges each node is the source of, with distinct type and target,
    /// sorted by type and target: those of node `n` are
    /// `directEdges[directStarts[n]..<directStarts[n + 1]]` (edge indices).
    private let directEdges: [Int]
    /// Where each node's run in ``directEdges`` starts, and the end of the last.
    private let directStarts: [Int]
    /// The nodes the deployment of each `deploys` edge refers to, by edge index.
    private let deploymentNodes: [Int: DeploymentNodes]
    /// The day of each edge: its own date's, else its document's (see ``NewsGraphModel/Provenance/date``).
    private let edgeDays: [String?]
    /// Every subject, in the order written (see ``subjectOrder(_:edgeIDs:documents:nodesSorted:)``).
    private let subjects: [Subject]
    /// The classes and properties.
    private let vocabulary = RDFVocabulary.shared

    /// Prepares the mapping of `graph`, whose documents are `documents` (looked up here when not given).
    init(_ graph: Graph, documents graphDocuments: GraphDocuments? = nil) {
        self.graph = graph
        nodeIDs = graph.nodes.withUnsafeBufferPointer { nodes in
            let nodes = UnsafeMutableBufferPointer(mutating: nodes)  // read in place: see ``write(to:)``
            return ResourceTable(count: nodes.count) { nodes[$0].id.withUTF8($1) }
        }
        edgeIDs = ResourceTable(graph.edgeIDs)
        let documents = RDFDocuments(graphDocuments ?? GraphDocuments(graph))
        self.documents = documents
        let nodes = graph.nodes
        let nodesSorted = nodes.indices.dropFirst().allSatisfy { nodes[$0 - 1].id < nodes[$0].id }
        self.nodesSorted = nodesSorted
        (directEdges, directStarts) = Self.directEdges(graph, nodesSorted: nodesSorted)
        deploymentNodes = Self.deploymentNodes(graph)
        edgeDays = CalendarDay.edgeDays(of: graph) { documents.days[documents.ofEdge[$0]] }
        subjects = graph.nodes.withUnsafeBufferPointer { nodes in
            Self.subjectOrder(nodes, edgeIDs: graph.edgeIDs, documents: documents, nodesSorted: nodesSorted)
        }
    }

    /// The edges of each node as a source, grouped by node (nodes in graph
    /// order) and sorted by type and target within a node, repeats dropped;
    /// with the start of each node's run. Edges whose source is no node are left out.
    /// With `nodesSorted`, targets that are nodes are compared by index, not by id.
    private static func directEdges(_ graph: Graph, nodesSorted: Bool) -> (edges: [Int], starts: [Int]) {
        if nodesSorted, let found = directEdgesByKey(graph) { return found }
        let edges = graph.edges
        let sources = graph.sourceIndices
        // Counting sort by source node, then each node's run by type and target.
        var starts = [Int](repeating: 0, count: graph.nodes.count + 1)
        for case let source? in sources { starts[source + 1] += 1 }
        for index in starts.indices.dropFirst() { starts[index] += starts[index - 1] }
        var next = starts
        var grouped = [Int](repeating: 0, count: starts[graph.nodes.count])
        for (edge, source) in sources.enumerated() {
            guard let source else { continue }
            grouped[next[source]] = edge
            next[source] += 1
        }
        let targets = graph.targetIndices
        func sameTarget(_ left: Int, _ right: Int) -> Bool {
            if nodesSorted, let leftTarget = targets[left], let rightTarget = targets[right] { return leftTarget == rightTarget }
            return edges[left].target == edges[right].target
        }
        func precedes(_ left: Int, _ right: Int) -> Bool {
            if edges[left].type != edges[right].type { return edges[left].type < edges[right].type }
            if nodesSorted, let leftTarget = targets[left], let rightTarget = targets[right] { return leftTarget < rightTarget }
            return edges[left].target < edges[right].target
        }
        var unique: [Int] = []
        unique.reserveCapacity(grouped.count)
        var uniqueStarts = [0]
        uniqueStarts.reserveCapacity(starts.count)
        for node in graph.nodes.indices {
            let run = grouped[starts[node]..<starts[node + 1]]
            guard run.count > 1 else {  // most nodes have one edge or none: nothing to sort
                unique.append(contentsOf: run)
                uniqueStarts.append(unique.count)
                continue
            }
            for edge in run.sorted(by: precedes) {
                if let last = unique.last, unique.count > uniqueStarts[node], edges[last].type == edges[edge].type,
                    sameTarget(last, edge)
                {
                    continue
                }
                unique.append(edge)
            }
            uniqueStarts.append(unique.count)
        }
        return (unique, uniqueStarts)
    }

    /// ``directEdges(_:nodesSorted:)`` of a graph whose nodes are sorted by
    /// id and whose edges all end at nodes: each edge's source, type and
    /// target packed in one integer, sorted once for all nodes by a radix sort
    /// (stable, so that of repeats the first edge is kept). Nil when the graph
    /// is not such a graph or has too many nodes for the key.
    private static func directEdgesByKey(_ graph: Graph) -> (edges: [Int], starts: [Int])? {
        let nodeCount = graph.nodes.count
        guard nodeCount < 1 << 24, !graph.targetIndices.contains(nil) else { return nil }
        let typeOrder = EdgeType.allCases.sorted()
        var keys: [UInt64] = []
        var keyedEdges: [Int] = []
        keys.reserveCapacity(graph.edges.count)
        keyedEdges.reserveCapacity(graph.edges.count)
        graph.edges.withUnsafeBufferPointer { edges in
            for edge in edges.indices {
                guard let source = graph.sourceIndices[edge], let target = graph.targetIndices[edge] else { continue }
                let type = typeOrder.firstIndex(of: edges[edge].type)!
                keys.append(UInt64(source) << 40 | UInt64(type) << 32 | UInt64(target))
                keyedEdges.append(edge)
            }
        }
        var unique: [Int] = []
        unique.reserveCapacity(keys.count)
        var starts = [Int](repeating: 0, count: nodeCount + 1)
        var previous: UInt64?
        for position in RadixSort.order(of: keys) where keys[position] != previous {
            previous = keys[position]
            unique.append(keyedEdges[position])
            starts[Int(keys[position] >> 40) + 1] += 1
        }
        for index in starts.indices.dropFirst() { starts[index] += starts[index - 1] }
        return (unique, starts)
    }

    /// The nodes a deployment refers to (node indices): its destination and who reported it.
    private struct DeploymentNodes {
        var destination: Int?
        var claimant: Int?
    }

    /// For each `deploys` edge, the nodes its deployment refers to: the
    /// destination is the edge's target when that is an entity, else the
    /// entity whose label is the destination's name; the claimant is the
    /// speaking node, else the entity, whose label is the claimant's name
    /// (first in graph order, which is by id, wins).
    private static func deploymentNodes(_ graph: Graph) -> [Int: DeploymentNodes] {
        // (`deployment?.approximate` reads a field in place: `deployment != nil` would copy each deployment.)
        let edges = graph.edges.withUnsafeBufferPointer { edges in
            edges.indices.filter { edges[$0].deployment?.approximate != nil }
        }
        guard !edges.isEmpty else { return [:] }
        let deployments = edges.map { graph.edges[$0].deployment! }
        // The names, numbered in an IDTable (looked up by digest, without hashing).
        var names = IDTable()
        var lengths: [Bool] = []
        for deployment in deployments {
            for name in [deployment.claimedBy, deployment.destination] {
                guard let name else { continue }
                _ = withUnsafePointer(to: name) { names.add($0) }
                if lengths.count <= name.utf8.count { lengths += [Bool](repeating: false, count: name.utf8.count + 1 - lengths.count) }
                lengths[name.utf8.count] = true
            }
        }
        /// The number of `name` among the names, if it is one.
        func number(of name: String?) -> Int? { name.flatMap { name in withUnsafePointer(to: name) { names.index(of: $0) } } }
        // The first speaking node, and the first entity, of each name.
        var speakers = [Int?](repeating: nil, count: names.count)
        var entities = [Int?](repeating: nil, count: names.count)
        graph.nodes.withUnsafeBufferPointer { nodes in  // read in place: `for node in` copies every node
            // Comparing lengths first spares looking up the labels that cannot match.
            for node in nodes.indices where nodes[node].label.utf8.count < lengths.count && lengths[nodes[node].label.utf8.count] {
                guard let name = names.index(of: nodes.baseAddress!.advanced(by: node).pointer(to: \.label)!) else { continue }
                if nodes[node].type.canSpeak, speakers[name] == nil { speakers[name] = node }
                if nodes[node].type.isEntity, entities[name] == nil { entities[name] = node }
            }
        }
        var found: [Int: DeploymentNodes] = [:]
        found.reserveCapacity(edges.count)
        for (edge, deployment) in zip(edges, deployments) {
            let target = graph.targetIndices[edge]
            let destination = target.flatMap { graph.nodes[$0].type.isEntity ? $0 : nil }
            found[edge] = DeploymentNodes(
                destination: destination ?? number(of: deployment.destination).flatMap { entities[$0] },
                claimant: number(of: deployment.claimedBy).flatMap { speakers[$0] ?? entities[$0] })
        }
        return found
    }

    /// The id of the document resource with document id `id`.
    static func documentID(_ id: String) -> String { Identifier.hashedID(.document, key: id) }

    /// Sends every triple to `sink`, subjects sorted by IRI, the literals of
    /// the nodes and edges that `plainTexts` finds plain copied as they are
    /// (they are asked for only now: with two jobs, another exporter works them
    /// out while this mapping is made). Every subject's
    /// IRI is the resource namespace and its id, so sorting the ids sorts the
    /// IRIs: the nodes (sorted by id in the graph), the edges and the
    /// documents are each sorted, then merged.
    ///
    /// The nodes, edges and documents are read in place, through pointers: a copy of
    /// one would retain every string it holds, and N-Triples and Turtle,
    /// written side by side, would change the same reference counts at once.
    /// The pointers are mutable only for `String.withUTF8`, which is
    /// mutating so that it may make a string contiguous: the graph's strings
    /// are native, contiguous already, so it writes nothing and hands out
    /// the bytes where they are without retaining the string.
    func write(to sink: inout some RDFSink, plainTexts: PlainTexts) {
        graph.nodes.withUnsafeBufferPointer { nodes in
            graph.edges.withUnsafeBufferPointer { edges in
                documents.infos.withUnsafeBufferPointer { infos in
                    write(
                        nodes: UnsafeMutableBufferPointer(mutating: nodes), edges: UnsafeMutableBufferPointer(mutating: edges),
                        documents: UnsafeMutableBufferPointer(mutating: infos), plainTexts: plainTexts, to: &sink)
                }
            }
        }
    }

    /// ``write(to:plainTexts:)`` with the graph's nodes and edges and the documents in place (see there: they are not written to).
    private func write(
        nodes: UnsafeMutableBufferPointer<Node>, edges: UnsafeMutableBufferPointer<Edge>,
        documents infos: UnsafeMutableBufferPointer<DocumentInfo>, plainTexts: PlainTexts, to sink: inout some RDFSink
    ) {
        for subject in subjects {
            switch subject {
            case .node(let index):
                sink.begin(subject: nodeIDs[index])
                describe(nodes.baseAddress! + index, at: index, plain: plainTexts.nodes[index], edges: edges, to: &sink)
            case .edge(let index):
                sink.begin(subject: edgeIDs[index])
                describe(edges.baseAddress! + index, at: index, plain: plainTexts.edges[index], to: &sink)
            case .document(let index):
                sink.begin(subject: documents.resourceBytes[index])
                describe(infos.baseAddress! + index, at: index, to: &sink)
            }
            sink.end()
        }
    }

    /// Every subject, sorted by id: the nodes (but documents, which are
    /// described from ``documents``), the edges and the documents, each
    /// sorted, then merged; on equal ids nodes come first, then edges.
    private static func subjectOrder(
        _ nodes: UnsafeBufferPointer<Node>, edgeIDs: [String], documents: RDFDocuments, nodesSorted: Bool
    ) -> [Subject] {
        let described = nodes.indices.filter { nodes[$0].type != .document }
        let nodeOrder = nodesSorted ? described : described.sorted { nodes[$0].id < nodes[$1].id }
        let edgeOrder = EdgeIdentifiers.order(of: edgeIDs)
        func id(of subject: Subject) -> String {
            switch subject {
            case .node(let index): nodes[index].id
            case .edge(let index): edgeIDs[index]
            case .document(let index): documents.resources[index]
            }
        }
        let nodesAndEdges = Self.merge(nodeOrder.map(Subject.node), edgeOrder.map(Subject.edge), by: id(of:))
        return Self.merge(nodesAndEdges, documents.infos.indices.map(Subject.document), by: id(of:))
    }

    /// Two lists sorted by `id` merged into one, `first`'s element first on
    /// equal ids. Subjects of one kind come in long runs (all edge ids start
    /// alike), so each run is measured by galloping: a few comparisons a run, not one a subject.
    private static func merge(_ first: [Subject], _ second: [Subject], by id: (Subject) -> String) -> [Subject] {
        var merged: [Subject] = []
        merged.reserveCapacity(first.count + second.count)
        var next = (first: 0, second: 0)
        while next.first < first.count, next.second < second.count {
            let head = id(second[next.second])
            let firstEnd = runEnd(of: first, from: next.first) { !(head < id($0)) }
            merged.append(contentsOf: first[next.first..<firstEnd])
            next.first = firstEnd
            guard next.first < first.count else { break }
            let bound = id(first[next.first])
            let secondEnd = runEnd(of: second, from: next.second) { id($0) < bound }
            merged.append(contentsOf: second[next.second..<secondEnd])
            next.second = secondEnd
        }
        merged.append(contentsOf: first[next.first...])
        merged.append(contentsOf: second[next.second...])
        return merged
    }

    /// The end of the run of `list` from `start` whose elements satisfy
    /// `belongs` (true for a prefix of the rest of the list): steps of 1, 2,
    /// 4, ... past the run, then a binary search.
    private static func runEnd(of list: [Subject], from start: Int, while belongs: (Subject) -> Bool) -> Int {
        var low = start  // every element before `low` belongs
        var high = start
        var step = 1
        while high < list.count, belongs(list[high]) {
            low = high + 1
            high = start + step
            step *= 2
        }
        high = min(high, list.count)
        while low < high {
            let middle = (low + high) / 2
            if belongs(list[middle]) { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The triples of a node, read in place (passing the `Node` itself would
    /// copy it), its direct edges read in place from `edges` (reading them
    /// through the graph made a copy of the whole mapping for each node).
    /// With `plain`, its label and text are copied as they are (``ExportSupport/PlainTexts``).
    private func describe(
        _ node: UnsafeMutablePointer<Node>, at nodeIndex: Int, plain: Bool, edges: UnsafeMutableBufferPointer<Edge>,
        to sink: inout some RDFSink
    ) {
        sink.add(vocabulary.type, term: vocabulary.nodeClass(node.pointee.type))
        // (What the closures read is read before them: a closure that reads a table of the mapping retains it.)
        let (label, altLabel, text, role) = (vocabulary.label, vocabulary.altLabel, vocabulary.text, vocabulary.role)
        node.pointee.label.withUTF8 { sink.add(label, string: $0, plain: plain) }
        Self.forEachUTF8(of: &node.pointee.aliases) { sink.add(altLabel, text: $0) }
        node.pointee.text?.withUTF8 { content in
            if !content.isEmpty { sink.add(text, string: content, plain: plain) }
        }
        Self.forEachUTF8(of: &node.pointee.roles) { sink.add(role, text: $0) }
        // (By position: a slice of a table would retain it.)
        for position in documents.nodeStarts[nodeIndex]..<documents.nodeStarts[nodeIndex + 1] {
            sink.add(vocabulary.mentionedIn, resource: documents.resourceBytes[documents.ofNodes[position]])
        }
        for position in directStarts[nodeIndex]..<directStarts[nodeIndex + 1] {
            let index = directEdges[position]
            let edge = edges.baseAddress! + index
            addNode(graph.targetIndices[index], else: &edge.pointee.target, vocabulary.directProperty(edge.pointee.type), to: &sink)
        }
    }

    /// Calls `body` with the UTF-8 of each of `strings` (not changed), read
    /// in place: the array is retained once when it is not empty, no string is.
    private static func forEachUTF8(of strings: inout [String], _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard !strings.isEmpty else { return }
        strings.withUnsafeBufferPointer { strings in
            let strings = UnsafeMutableBufferPointer(mutating: strings)  // see ``write(to:)``
            for index in strings.indices { strings[index].withUTF8(body) }
        }
    }

    /// The triples of an edge's relation node, read in place; with `plain`,
    /// its evidence and rule are copied as they are (``ExportSupport/PlainTexts``).
    private func describe(_ edge: UnsafeMutablePointer<Edge>, at edgeIndex: Int, plain: Bool, to sink: inout some RDFSink) {
        let documentIndex = documents.ofEdge[edgeIndex]
        let document = documents.resourceBytes[documentIndex]
        sink.add(vocabulary.type, term: vocabulary.relationClass(edge.pointee.type))
        addNode(graph.sourceIndices[edgeIndex], else: &edge.pointee.source, vocabulary.agent, to: &sink)
        addNode(graph.targetIndices[edgeIndex], else: &edge.pointee.target, vocabulary.object, to: &sink)
        sink.add(vocabulary.document, resource: document)
        sink.add(vocabulary.wasDerivedFrom, resource: document)
        // (What the closures read is read before them: a closure that reads a table of the mapping retains it.)
        let evidence = vocabulary.evidence
        edge.pointee.provenance.evidence.withUTF8 { sink.add(evidence, string: $0, plain: plain) }
        addSpan(edge.pointee.provenance.sentence, vocabulary.sentenceStart, vocabulary.sentenceEnd, to: &sink)
        addSpan(edge.pointee.sourceSpan, vocabulary.sourceStart, vocabulary.sourceEnd, to: &sink)
        addSpan(edge.pointee.cueSpan, vocabulary.cueStart, vocabulary.cueEnd, to: &sink)
        addSpan(edge.pointee.contentSpan, vocabulary.contentStart, vocabulary.contentEnd, to: &sink)
        sink.add(vocabulary.form, text: edge.pointee.form?.rawValue)
        // Each field of a deployment is read in place, through `?.`: a copy of
        // the deployment (which `!` and `!= nil` make) retains its strings.
        if let approximate = edge.pointee.deployment?.approximate {
            let (unit, destinationName, claimedByName) = (vocabulary.unit, vocabulary.destinationName, vocabulary.claimedByName)
            if let quantity = edge.pointee.deployment?.quantity { sink.add(vocabulary.quantity, integer: quantity) }
            sink.add(vocabulary.approximate, boolean: approximate)
            edge.pointee.deployment?.unit?.withUTF8 { sink.add(unit, text: $0) }
            let nodes = deploymentNodes[edgeIndex]
            if let destination = nodes?.destination { sink.add(vocabulary.destination, resource: nodeIDs[destination]) }
            edge.pointee.deployment?.destination?.withUTF8 { sink.add(destinationName, text: $0) }
            if let claimant = nodes?.claimant { sink.add(vocabulary.claimedBy, resource: nodeIDs[claimant]) }
            edge.pointee.deployment?.claimedBy?.withUTF8 { sink.add(claimedByName, text: $0) }
        }
        if let day = edgeDays[edgeIndex] { sink.add(vocabulary.date, date: day) }
        let rule = vocabulary.rule
        edge.pointee.rule.withUTF8 { content in
            if !content.isEmpty { sink.add(rule, string: content, plain: plain) }
        }
    }

    /// Adds a triple whose object is the node at `index`, or the resource
    /// `id` when no node has it (the id is read, in place, only then).
    private func addNode(_ index: Int?, else id: inout String, _ predicate: RDFPredicate, to sink: inout some RDFSink) {
        if let index {
            sink.add(predicate, resource: nodeIDs[index])
        } else {
            id.withUTF8 { sink.add(predicate, resource: ResourceID($0)) }
        }
    }

    private func addSpan(_ span: Span?, _ start: RDFPredicate, _ end: RDFPredicate, to sink: inout some RDFSink) {
        guard let span else { return }
        sink.add(start, integer: span.start)
        sink.add(end, integer: span.end)
    }

    /// The triples of a document (the one at `index` in ``documents``), read in place.
    private func describe(_ document: UnsafeMutablePointer<DocumentInfo>, at index: Int, to sink: inout some RDFSink) {
        let vocabulary = vocabulary
        sink.add(vocabulary.type, term: vocabulary.documentClass)
        document.pointee.id.withUTF8 { sink.add(vocabulary.identifier, string: $0) }
        document.pointee.title?.withUTF8 { sink.add(vocabulary.title, text: $0) }
        if let day = documents.days[index] {
            sink.add(vocabulary.dctermsDate, date: day)
        } else {
            document.pointee.date?.withUTF8 { sink.add(vocabulary.dctermsDate, text: $0) }
        }
        if let iri = documents.urlIRIs[index] {
            sink.add(vocabulary.url, iri: iri)
        } else {
            document.pointee.url?.withUTF8 { sink.add(vocabulary.url, text: $0) }
        }
        document.pointee.outlet?.withUTF8 { sink.add(vocabulary.publisher, text: $0) }
    }
}
