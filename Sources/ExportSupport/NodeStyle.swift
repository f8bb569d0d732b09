import NewsGraphModel

/// How nodes of one type look in every export, so that GraphML, GEXF and DOT
/// agree: colour, DOT shape, GEXF shape.
///
///     NodeStyle(.person).hex        // "#4E79A7"
///     NodeStyle.size(degree: 4)     // 20.0
public struct NodeStyle: Hashable, Sendable {
    /// Red, 0–255.
    public var red: Int
    /// Green, 0–255.
    public var green: Int
    /// Blue, 0–255.
    public var blue: Int
    /// A Graphviz node shape (`ellipse`, `box`, ...).
    public var dotShape: String
    /// A GEXF `viz:shape` value (`disc`, `square`, `triangle`, `diamond`).
    public var gexfShape: String

    /// The style of nodes of `type`.
    public init(_ type: NodeType) {
        switch type {
        case .person: self.init(red: 0x4E, green: 0x79, blue: 0xA7, dotShape: "ellipse", gexfShape: "disc")
        case .organization: self.init(red: 0xF2, green: 0x8E, blue: 0x2B, dotShape: "box", gexfShape: "square")
        case .country: self.init(red: 0x59, green: 0xA1, blue: 0x4F, dotShape: "hexagon", gexfShape: "diamond")
        case .location: self.init(red: 0x76, green: 0xB7, blue: 0xB2, dotShape: "house", gexfShape: "triangle")
        case .statement: self.init(red: 0xED, green: 0xC9, blue: 0x48, dotShape: "note", gexfShape: "square")
        case .unnamedSource: self.init(red: 0xBA, green: 0xB0, blue: 0xAC, dotShape: "egg", gexfShape: "disc")
        case .document: self.init(red: 0xB0, green: 0x7A, blue: 0xA1, dotShape: "tab", gexfShape: "square")
        }
    }

    private init(red: Int, green: Int, blue: Int, dotShape: String, gexfShape: String) {
        self.red = red
        self.green = green
        self.blue = blue
        self.dotShape = dotShape
        self.gexfShape = gexfShape
    }

    /// The colour as `#RRGGBB`.
    public var hex: String { Colour.hex(red, green, blue) }

    /// Whether text on this colour reads better in white than in black
    /// (its perceived brightness is below the middle).
    public var prefersLightText: Bool { 299 * red + 587 * green + 114 * blue < 128_000 }

    /// The display size of a node with `degree` edges: 10 for an isolated
    /// node, growing with the square root of the degree, one decimal.
    public static func size(degree: Int) -> Double {
        ((10 + 5 * Double(max(degree, 0)).squareRoot()) * 10).rounded() / 10
    }

    /// The ``size(degree:)`` of nodes with `degrees` edges as text, as
    /// `String(Double)` writes it (`"23.2"`), each distinct degree formatted
    /// once and found again by degree in an array (no hashing).
    public static func sizeTexts(degrees: [Int]) -> [String] {
        // A negative degree has the size of 0, where its text is kept.
        var texts = [String?](repeating: nil, count: max(degrees.max() ?? 0, 0) + 1)
        return degrees.map { degree in
            let place = max(degree, 0)
            if let text = texts[place] { return text }
            let text = String(size(degree: place))
            texts[place] = text
            return text
        }
    }
}
