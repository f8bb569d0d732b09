import ExportSupport
import NewsGraphModel

/// Writes a ``NewsGraphModel/Graph`` as a Graphviz `digraph`.
///
/// Nodes get synthetic ids (`n0`, `n1`, ... in node order) and their names
/// as labels; shape and fill colour follow the node type
/// (``ExportSupport/NodeStyle``), and a legend cluster lists the types
/// present. Statements show a short form (about 60 characters) with the
/// full text in the tooltip; edges are labelled by type (deployments with
/// their number and unit) and carry their evidence sentence as tooltip.
/// Every string is quoted and escaped by `DOTString`, so `dot -Tsvg`
/// accepts any text without warnings and yields well-formed SVG.
///
///     let bytes = try DOTExporter().export(graph)
public struct DOTExporter: GraphExporter {
    /// `dot`.
    public var fileExtension: String { "dot" }

    /// The plain texts shared with the other exporters of the same graph, if any.
    private let texts: SharedPlainTexts?

    /// Creates the exporter; with `texts`, it uses (or works out) the plain
    /// texts (``ExportSupport/PlainTexts``) other exporters of the graph share,
    /// and quotes them as they are instead of looking at every byte for escapes.
    public init(sharing texts: SharedPlainTexts? = nil) {
        self.texts = texts
    }

    /// The longest label shown for a Statement, in characters.
    static let statementLabelLength = 60
    /// The longest label shown for other nodes, in characters.
    static let labelLength = 120
    /// The byte budget of a label.
    static let labelBytes = 2_000
    /// The byte budget of a tooltip.
    static let tooltipBytes = 8_000

    /// Writes the whole DOT file.
    public func write(_ graph: Graph, to sink: inout ByteSink) throws {
        // Written through a window of the sink's memory: one check for room a piece.
        var out = ByteSinkWindow()
        out.exchange(&sink)
        defer { out.exchange(&sink) }
        // The end of each node's statement, by type, rendered once.
        let nodeEnds = ByType<NodeType> { type in
            var end = ByteSink()
            appendStyle(NodeStyle(type), to: &end)
            return FixedBytes(end.bytes)
        }
        out.append("""
            digraph "NewsGraph" {
              graph [charset="UTF-8", rankdir="LR", fontname="Helvetica", tooltip="NewsGraph"];
              node [style="filled", fontname="Helvetica", fontsize="10"];
              edge [fontname="Helvetica", fontsize="9"];

            """)
        // The types present, in the order of `allCases`; nodes are read in place (`map` would copy each).
        let types = graph.nodes.withUnsafeBufferPointer { nodes in
            NodeType.allCases.filter { type in nodes.indices.contains { nodes[$0].type == type } }
        }
        if !types.isEmpty {
            out.append("  subgraph \"cluster_legend\" {\n")
            out.append("    graph [label=\"Legend\", style=\"rounded\", color=\"#999999\"];\n")
            for (number, type) in types.enumerated() {
                out.append("    legend\(number) [label=")
                DOTString.appendQuoted(type.rawValue, maxBytes: 100, to: &out)
                out.append(nodeEnds[type])
            }
            out.append("  }\n")
        }
        // The end of each edge's statement, by type, rendered once.
        let edgeEnds = ByType<EdgeType> { type in
            let style = EdgeStyle(type)
            return FixedBytes(", color=\"\(style.hex)\", fontcolor=\"\(style.hex)\", style=\"\(style.dotStyle)\"];\n")
        }
        // The quoted label of an edge without a deployment (its type), by type, rendered once.
        let typeLabels = ByType<EdgeType> { type in
            var label = ByteSinkWindow()
            DOTString.appendQuoted(type.rawValue, maxBytes: Self.labelBytes, to: &label)
            var rendered = ByteSink()
            label.exchange(&rendered)
            return FixedBytes(rendered.bytes)
        }
        // Nodes and edges are read in place through pointers: taking one out
        // of its array would copy it, retaining every string it holds, and
        // the exporters that run side by side would change the same reference
        // counts at once. The pointers are mutable only for `String.withUTF8`
        // (through ``DOTString``), which is mutating so that it may make a
        // string contiguous: the graph's strings are native, contiguous
        // already, so it writes nothing and hands out the bytes where they are.
        let tooltipStart = Self.bytes(", tooltip=")
        let plain = texts?.of(graph)
        graph.nodes.withUnsafeBufferPointer { nodes in
            let nodes = UnsafeMutableBufferPointer(mutating: nodes)
            let start = Self.bytes("  n")
            let labelStart = Self.bytes(" [label=")
            for number in nodes.indices {
                let node = nodes.baseAddress! + number
                out.append(atMost: start.count + 20 + labelStart.count) { piece in
                    piece.put(start)
                    piece.put(decimal: number)
                    piece.put(labelStart)
                }
                let length = node.pointee.type == .statement ? Self.statementLabelLength : Self.labelLength
                let isPlain = plain?.nodes[number] ?? false
                DOTString.appendQuoted(
                    shortening: &node.pointee.label, maxCharacters: length, maxBytes: Self.labelBytes, knownPlain: isPlain,
                    to: &out)
                out.append(tooltipStart)
                appendTooltip(of: node, knownPlain: isPlain, to: &out)
                out.append(nodeEnds[node.pointee.type])
            }
        }
        // A node's number is its index: the graph knows the index of each edge's ends.
        graph.edges.withUnsafeBufferPointer { edges in
            let edges = UnsafeMutableBufferPointer(mutating: edges)
            let start = Self.bytes("  n")
            let arrow = Self.bytes(" -> n")
            let labelStart = Self.bytes(" [label=")
            for index in edges.indices {
                guard let source = graph.sourceIndices[index], let target = graph.targetIndices[index] else { continue }
                let edge = edges.baseAddress! + index
                out.append(atMost: start.count + arrow.count + 40 + labelStart.count) { piece in
                    piece.put(start)
                    piece.put(decimal: source)
                    piece.put(arrow)
                    piece.put(decimal: target)
                    piece.put(labelStart)
                }
                // (`deployment?.approximate` reads a field in place: `deployment == nil` would copy each deployment.)
                if edge.pointee.deployment?.approximate == nil {
                    out.append(typeLabels[edge.pointee.type])
                } else {
                    DOTString.appendQuoted(label(of: edge), maxBytes: Self.labelBytes, to: &out)
                }
                out.append(tooltipStart)
                DOTString.appendQuoted(
                    &edge.pointee.provenance.evidence, maxBytes: Self.tooltipBytes, knownPlain: plain?.edges[index] ?? false,
                    to: &out)
                out.append(edgeEnds[edge.pointee.type])
            }
        }
        out.append("}\n")
    }

    /// The bytes of a constant, in memory that lives as long as the program.
    private static func bytes(_ text: StaticString) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
    }

    /// Appends a node's shape and colours and ends its statement.
    private func appendStyle(_ style: NodeStyle, to out: inout ByteSink) {
        out.append(", shape=\"\(style.dotShape)\", fillcolor=\"\(style.hex)\"")
        if style.prefersLightText { out.append(", fontcolor=\"white\"") }
        out.append("];\n")
    }

    /// Appends the quoted hover text of a node (read in place, not changed):
    /// a Statement's full text, else type, name and aliases (``tooltip(of:)``).
    /// With `knownPlain`, the node's texts are known to need no escaping (``ExportSupport/PlainTexts``).
    private func appendTooltip(of node: UnsafeMutablePointer<Node>, knownPlain: Bool, to out: inout ByteSinkWindow) {
        guard node.pointee.type == .statement else {
            if !appendPlainTooltip(of: node, knownPlain: knownPlain, to: &out) {
                DOTString.appendQuoted(tooltip(of: node), maxBytes: Self.tooltipBytes, to: &out)
            }
            return
        }
        if node.pointee.text != nil {
            DOTString.appendQuoted(&node.pointee.text!, maxBytes: Self.tooltipBytes, knownPlain: knownPlain, to: &out)
        } else {
            DOTString.appendQuoted(&node.pointee.label, maxBytes: Self.tooltipBytes, knownPlain: knownPlain, to: &out)
        }
    }

    /// Appends the quoted ``tooltip(of:)`` of a node that is no Statement
    /// straight from its strings, read in place, when none of them has a
    /// byte to escape (``DOTString/isPlain(_:)``) and the text fits its
    /// budget: then the text is its pieces as they are, but for the line
    /// break, written `\n`. Returns false, having appended nothing, otherwise.
    /// With `knownPlain`, the strings are known to have no byte to escape: only their lengths are looked at.
    private func appendPlainTooltip(
        of node: UnsafeMutablePointer<Node>, knownPlain: Bool, to out: inout ByteSinkWindow
    ) -> Bool {
        var type = node.pointee.type.rawValue
        let budget = min(Self.tooltipBytes, DOTString.limit)
        return type.withUTF8 { type in
            node.pointee.label.withUTF8 { label in
                node.pointee.aliases.withUnsafeBufferPointer { aliases in
                    let aliases = UnsafeMutableBufferPointer(mutating: aliases)  // see ``write(_:to:)``
                    var length = type.count + Self.nameSeparator.count + label.count
                    guard knownPlain || DOTString.isPlain(label) else { return false }
                    for index in aliases.indices {
                        let (count, plain) = aliases[index].withUTF8 { ($0.count, knownPlain || DOTString.isPlain($0)) }
                        guard plain else { return false }
                        length += (index == 0 ? Self.aliasesStart : Self.aliasSeparator).count + count
                    }
                    guard length <= budget else { return false }
                    out.append(atMost: length + 2) { piece in
                        piece.put(UInt8(ascii: "\""))
                        piece.put(type)
                        piece.put(Self.nameSeparator)
                        piece.put(label)
                        for index in aliases.indices {
                            piece.put(index == 0 ? Self.aliasesStart : Self.aliasSeparator)
                            aliases[index].withUTF8 { piece.put($0) }
                        }
                        piece.put(UInt8(ascii: "\""))
                    }
                    return true
                }
            }
        }
    }

    /// The pieces of a tooltip of type, name and aliases as DOT content:
    /// after the type, before the aliases (the line break escaped) and between them.
    private static var nameSeparator: UnsafeBufferPointer<UInt8> { bytes(": ") }
    private static var aliasesStart: UnsafeBufferPointer<UInt8> { bytes(#"\n"#) }
    private static var aliasSeparator: UnsafeBufferPointer<UInt8> { bytes(" | ") }

    /// The hover text of a node that is no Statement: type, name and aliases.
    private func tooltip(of node: UnsafePointer<Node>) -> String {
        var text = "\(node.pointee.type.rawValue): \(node.pointee.label)"
        if !node.pointee.aliases.isEmpty { text += "\n" + node.pointee.aliases.joined(separator: " | ") }
        return text
    }

    /// The text on an edge: its type, and for deployments the number and unit.
    private func label(of edge: UnsafePointer<Edge>) -> String {
        guard let deployment = edge.pointee.deployment else { return edge.pointee.type.rawValue }
        var detail: [String] = []
        if let quantity = deployment.quantity {
            detail.append((deployment.approximate ? "ca. " : "") + String(quantity))
        }
        if let unit = deployment.unit { detail.append(unit) }
        return detail.isEmpty ? edge.pointee.type.rawValue : edge.pointee.type.rawValue + "\n" + detail.joined(separator: " ")
    }
}
