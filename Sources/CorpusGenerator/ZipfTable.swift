import Foundation

/// Draws ranks `0..<count` with Zipf's law: rank `r` has weight `1 / (r + 1)^exponent`,
/// so the first items of a list (the big countries, the big organisations)
/// come up far more often than the last.
///
/// ```swift
/// let table = ZipfTable(count: 50)
/// var random = SplitMix64(seed: 1)
/// table.draw(using: &random)  // mostly 0, 1, 2, ...
/// ```
public struct ZipfTable: Sendable, Hashable {
    private let cumulative: [Double]

    /// A table for `count` ranks (at least one).
    public init(count: Int, exponent: Double = 1.0) {
        precondition(count > 0, "a Zipf table needs at least one rank")
        var total = 0.0
        cumulative = (0..<count).map { rank in
            total += 1 / pow(Double(rank + 1), exponent)
            return total
        }
    }

    /// How many ranks the table draws from.
    public var count: Int { cumulative.count }

    /// A rank, by binary search over the cumulative weights.
    public func draw(using random: inout SplitMix64) -> Int {
        let target = random.unit() * (cumulative.last ?? 0)
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let mid = (low + high) / 2
            if cumulative[mid] <= target { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
