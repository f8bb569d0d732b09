/// A small, fast, seeded pseudo-random generator (Steele, Lea and Flood's
/// SplitMix64), so that a corpus depends on its seed alone: never on the
/// platform, the Swift version or the standard library's algorithms.
///
/// ```swift
/// var random = SplitMix64(seed: 42)
/// random.int(below: 6)        // a die roll, 0...5
/// random.chance(0.25)         // true one time in four
/// random.pick(["a", "b"])     // "a" or "b"
/// ```
public struct SplitMix64: Sendable, Hashable {
    private var state: UInt64

    /// Creates a generator; equal seeds give equal sequences.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (`bound` > 0), without modulo bias (Lemire's method).
    public mutating func int(below bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        let limit = UInt64(bound)
        var product = next().multipliedFullWidth(by: limit)
        if product.low < limit {
            let threshold = (0 &- limit) % limit
            while product.low < threshold { product = next().multipliedFullWidth(by: limit) }
        }
        return Int(product.high)
    }

    /// A number in `range`.
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + int(below: range.count)
    }

    /// A number in `0..<1` with 53 random bits.
    public mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// True with probability `probability`.
    public mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    /// One element of a non-empty collection, each equally likely.
    public mutating func pick<C: RandomAccessCollection>(_ items: C) -> C.Element where C.Index == Int {
        items[items.startIndex + int(below: items.count)]
    }

    /// The elements of `items` in a random order (Fisher–Yates).
    public mutating func shuffled<Element>(_ items: [Element]) -> [Element] {
        var result = items
        var index = result.count - 1
        while index > 0 {
            result.swapAt(index, int(below: index + 1))
            index -= 1
        }
        return result
    }
}
