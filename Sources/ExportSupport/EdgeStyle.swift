import NewsGraphModel

/// How edges of one type look in GEXF and DOT.
///
///     EdgeStyle(.denies).hex   // "#E15759"
public struct EdgeStyle: Hashable, Sendable {
    /// Red, 0–255.
    public var red: Int
    /// Green, 0–255.
    public var green: Int
    /// Blue, 0–255.
    public var blue: Int
    /// A Graphviz edge style (`solid`, `dashed`, `bold`).
    public var dotStyle: String

    /// The style of edges of `type`.
    public init(_ type: EdgeType) {
        switch type {
        case .asserts: (red, green, blue, dotStyle) = (0x59, 0xA1, 0x4F, "solid")
        case .denies: (red, green, blue, dotStyle) = (0xE1, 0x57, 0x59, "dashed")
        case .deploys: (red, green, blue, dotStyle) = (0x9C, 0x75, 0x5F, "bold")
        }
    }

    /// The colour as `#RRGGBB`.
    public var hex: String { Colour.hex(red, green, blue) }
}
