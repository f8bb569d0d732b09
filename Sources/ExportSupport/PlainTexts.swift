import NewsGraphModel

/// Which nodes and edges of a graph hold only text that no export escapes,
/// looked at once for every format: GraphML and GEXF (XML escaping), DOT
/// (quoted strings) and N-Triples and Turtle (literals) then copy the text of
/// such a node or edge as it is, instead of each looking at every byte of it.
///
/// A text is plain when it holds none of the bytes that any export escapes,
/// drops or looks at twice: C0 controls, `"`, `&`, `<`, `>`, `\`, DEL, 0xC2
/// (DOT's non-breaking space) and 0xEF (U+FFFE and U+FFFF start with it). Nearly
/// all text is: letters, digits, spaces and most punctuation, umlauts, `ß`
/// and German quotation marks included.
///
///     let plain = PlainTexts(graph)
///     plain.nodes[0]   // whether every text of the first node is plain
public struct PlainTexts: Sendable {
    /// For each node, in graph order: whether its id, label, aliases,
    /// documents, text and roles are plain, and, for a Document node, its
    /// article's url, date and outlet (which GraphML and GEXF write with it).
    public let nodes: [Bool]
    /// For each edge, in graph order: whether its id (``NewsGraphModel/Graph/edgeIDs``),
    /// source, target, document, evidence, date, rule and deployment texts are plain.
    public let edges: [Bool]

    /// Looks at every text of `graph`, read in place (a copy of a node or
    /// edge would retain every string it holds), each once: the end of an
    /// edge that is a node has the node's id, looked at with the node, and a
    /// Statement's text is often its label, the same string. The pointers
    /// are mutable only for `String.withUTF8`, which writes nothing to a native string.
    public init(_ graph: Graph) {
        var plainIDs = [Bool](repeating: true, count: graph.nodes.count)
        nodes = graph.nodes.withUnsafeBufferPointer { nodes in
            graph.documents.withUnsafeBufferPointer { documents in
                let nodes = UnsafeMutableBufferPointer(mutating: nodes)
                return nodes.indices.map { index in
                    plainIDs[index] = Self.isPlain(&nodes[index].id)
                    return plainIDs[index] && Self.isPlain(nodes.baseAddress! + index, documents: documents)
                }
            }
        }
        edges = graph.edges.withUnsafeBufferPointer { edges in
            graph.edgeIDs.withUnsafeBufferPointer { ids in
                let edges = UnsafeMutableBufferPointer(mutating: edges)
                let ids = UnsafeMutableBufferPointer(mutating: ids)
                return edges.indices.map { index in
                    let edge = edges.baseAddress! + index
                    /// Whether the end `id` of the edge, the node at `node` if any, is plain.
                    func isPlainEnd(_ id: inout String, node: Int?) -> Bool { node.map { plainIDs[$0] } ?? Self.isPlain(&id) }
                    return isPlainEnd(&edge.pointee.source, node: graph.sourceIndices[index])
                        && isPlainEnd(&edge.pointee.target, node: graph.targetIndices[index])
                        && Self.isPlain(edge, id: ids.baseAddress! + index)
                }
            }
        }
    }

    /// Whether every text of a node but its id is plain.
    private static func isPlain(_ node: UnsafeMutablePointer<Node>, documents: UnsafeBufferPointer<DocumentInfo>) -> Bool {
        let label = node.pointee.label.withUTF8 { (start: $0.baseAddress, count: $0.count, plain: isPlain($0)) }
        /// Whether `text` is the label's own storage: a string too long to be
        /// stored inline (15 bytes), whose bytes are where the label's are.
        func isLabel(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
            text.count > 15 && text.count == label.count && text.baseAddress == label.start
        }
        guard label.plain, node.pointee.text?.withUTF8({ isLabel($0) || isPlain($0) }) ?? true,
            areAllPlain(&node.pointee.aliases), areAllPlain(&node.pointee.documents), areAllPlain(&node.pointee.roles)
        else { return false }
        guard node.pointee.type == .document, let found = GraphAttributes.article(of: node, in: documents) else { return true }
        let article = UnsafeMutablePointer(mutating: documents.baseAddress! + found)
        return isPlain(&article.pointee.url) && isPlain(&article.pointee.date) && isPlain(&article.pointee.outlet)
    }

    /// Whether every text of an edge but its ends, and its id, is plain.
    private static func isPlain(_ edge: UnsafeMutablePointer<Edge>, id: UnsafeMutablePointer<String>) -> Bool {
        guard isPlain(&id.pointee), isPlain(&edge.pointee.provenance.document), isPlain(&edge.pointee.provenance.evidence),
            isPlain(&edge.pointee.provenance.date), isPlain(&edge.pointee.rule)
        else { return false }
        // Each field of a deployment is read in place, through `?.`: a copy retains its strings.
        return (edge.pointee.deployment?.unit?.withUTF8(isPlain) ?? true)
            && (edge.pointee.deployment?.destination?.withUTF8(isPlain) ?? true)
            && (edge.pointee.deployment?.claimedBy?.withUTF8(isPlain) ?? true)
    }

    private static func isPlain(_ text: inout String) -> Bool { text.withUTF8(isPlain) }

    private static func isPlain(_ text: inout String?) -> Bool { text?.withUTF8(isPlain) ?? true }

    private static func areAllPlain(_ texts: inout [String]) -> Bool {
        guard !texts.isEmpty else { return true }
        return texts.withUnsafeMutableBufferPointer { texts in texts.indices.allSatisfy { texts[$0].withUTF8(isPlain) } }
    }

    /// Whether UTF-8 `bytes` hold no byte that any export escapes (see
    /// ``PlainTexts``), looked for sixteen bytes at a time; the last sixteen
    /// overlap bytes looked at already, and shorter text is looked at as
    /// sixteen bytes made of its first and last eight (or four), or of its
    /// bytes after spaces.
    public static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let source = UnsafeRawPointer(bytes.baseAddress) else { return true }
        let count = bytes.count
        if count >= 16 {
            var read = 0
            while read + 16 <= count {
                if anyNeedsCare(source.loadUnaligned(fromByteOffset: read, as: Lanes.self)) { return false }
                read += 16
            }
            return read == count || !anyNeedsCare(source.loadUnaligned(fromByteOffset: count - 16, as: Lanes.self))
        }
        let words: SIMD2<UInt64>
        if count >= 8 {
            words = SIMD2(source.loadUnaligned(as: UInt64.self), source.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
        } else if count >= 4 {
            let first = UInt64(source.loadUnaligned(as: UInt32.self))
            words = SIMD2(repeating: first | UInt64(source.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)) << 32)
        } else {
            var word: UInt64 = 0x2020_2020_2020_2020  // spaces: plain
            for index in 0..<count { word = word << 8 | UInt64(bytes[index]) }
            words = SIMD2(repeating: word)
        }
        return !anyNeedsCare(unsafeBitCast(words, to: Lanes.self))
    }

    /// Sixteen bytes, tested at once, each in a lane of its own (what
    /// happens in one lane never carries into the next).
    private typealias Lanes = SIMD16<UInt8>

    /// Whether any of the sixteen bytes needs care, tested in two halves.
    /// A test here makes bit 7 of a lane clear where the byte is one it looks
    /// for, within its half only (a lane of the other half may come out
    /// either way): for a byte below 0x80, one below 0x20 or DEL (the byte
    /// plus one, without bit 7, is below 0x21), one that equals `"` or `&` once
    /// bit 2 is set (0x22, 0x26), `<` or `>` once bit 1 is set (0x3C, 0x3E), or
    /// `\`; for a byte from 0x80, 0xC2 or 0xEF. Each lane then takes its bit 7
    /// from the tests of its byte's half: a byte is plain when that bit is set.
    @inline(__always)
    private static func anyNeedsCare(_ bytes: Lanes) -> Bool {
        /// Bit 7 set where `value`, below 0x80, is not zero (a larger value may come out either way).
        @inline(__always) func nonzero(_ value: Lanes) -> Lanes { value &+ 0x7F }
        let belowHalf = (((bytes &+ 1) & 0x7F) &+ 0x5F) & nonzero((bytes | 0x04) ^ 0x26) & nonzero((bytes | 0x02) ^ 0x3E)
            & nonzero(bytes ^ 0x5C)
        let upperHalf = nonzero(bytes ^ 0xC2) & nonzero(bytes ^ 0xEF)
        let plain = belowHalf ^ ((belowHalf ^ upperHalf) & bytes)  // bit 7 from `upperHalf` where the byte has bit 7
        let words = unsafeBitCast(plain, to: SIMD2<UInt64>.self)
        return words[0] & words[1] & 0x8080_8080_8080_8080 != 0x8080_8080_8080_8080
    }
}
