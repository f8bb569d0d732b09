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

    /// Creates the exporter.
    public init() {}

    /// The longest label shown for a Statement, in characters.
    static let statementLabelLength = 60
    /// The longest label shown for other nodes, in characters.
    static let labelLength = 120
    /// The byte budget of a label.
    static let labelBytes = 2_000
    /// The byte budget of a tooltip.
    static let tooltipBytes = 8_000

    /// Writes the whole DOT file.
    public func write(_ graph: Graph, to out: inout ByteSink) throws {
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
                let style = NodeStyle(type)
                out.append("    legend\(number) [label=")
                DOTString.appendQuoted(type.rawValue, maxBytes: 100, to: &out)
                appendStyle(style, to: &out)
            }
            out.append("  }\n")
        }
        // The end of each node's and edge's statement, by type, rendered once.
        let nodeEnds = ByType<NodeType> { type in
            var end = ByteSink()
            appendStyle(NodeStyle(type), to: &end)
            return end.bytes
        }
        let edgeEnds = ByType<EdgeType> { type in
            let style = EdgeStyle(type)
            return Array(", color=\"\(style.hex)\", fontcolor=\"\(style.hex)\", style=\"\(style.dotStyle)\"];\n".utf8)
        }
        // Nodes and edges are read in place through pointers: taking one out
        // of its array would copy it, retaining every string it holds.
        let tooltipStart = Self.bytes(", tooltip=")
        graph.nodes.withUnsafeBufferPointer { nodes in
            let start = Self.bytes("  n")
            let labelStart = Self.bytes(" [label=")
            for number in nodes.indices {
                let node = nodes.baseAddress! + number
                out.append(atMost: start.count + 20 + labelStart.count) { piece in
                    piece.put(start)
                    piece.put(decimal: number)
                    piece.put(labelStart)
                }
                DOTString.appendQuoted(label(of: node), maxBytes: Self.labelBytes, to: &out)
                out.append(tooltipStart)
                DOTString.appendQuoted(tooltip(of: node), maxBytes: Self.tooltipBytes, to: &out)
                out.append(nodeEnds[node.pointee.type])
            }
        }
        // A node's number is its index: the graph knows the index of each edge's ends.
        graph.edges.withUnsafeBufferPointer { edges in
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
                DOTString.appendQuoted(label(of: edge), maxBytes: Self.labelBytes, to: &out)
                out.append(tooltipStart)
                DOTString.appendQuoted(edge.pointee.provenance.evidence, maxBytes: Self.tooltipBytes, to: &out)
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

    /// The text shown in a node.
    private func label(of node: UnsafePointer<Node>) -> String {
        let length = node.pointee.type == .statement ? Self.statementLabelLength : Self.labelLength
        return DOTString.shortened(node.pointee.label, maxCharacters: length)
    }

    /// The hover text of a node: a Statement's full text, else type, name and aliases.
    private func tooltip(of node: UnsafePointer<Node>) -> String {
        if node.pointee.type == .statement { return node.pointee.text ?? node.pointee.label }
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

/// Bytes rendered once for each case of a type, found by the case's
/// position in `allCases` (a few comparisons of the case) rather than by
/// hashing its raw value, as a dictionary would.
private struct ByType<Type: CaseIterable & Equatable> {
    private let cases: [Type]
    private let values: [[UInt8]]

    /// Renders `render` for every case.
    init(_ render: (Type) -> [UInt8]) {
        cases = Array(Type.allCases)
        values = cases.map(render)
    }

    /// The bytes of `type`.
    subscript(type: Type) -> [UInt8] {
        guard let index = cases.firstIndex(of: type) else { preconditionFailure("\(type) is one of allCases") }
        return values[index]
    }
}
