/// Which actor a news story is about: a Pitman–Yor urn with a memory for
/// current events.
///
/// Every draw either brings in a new actor (with probability
/// `(strength + discount · K) / (n + strength)` after `n` draws of `K` actors)
/// or reuses one in proportion to how often it was drawn already, less the
/// discount. That gives what real news shows: a few actors in every other
/// story, a long tail seen once or twice, and new names that never stop
/// coming (the count of actors grows like `n^discount`). A share of the
/// reuses come from the most recent draws only, as stories run for days.
///
/// ```swift
/// var urn = ActorUrn()
/// var random = SplitMix64(seed: 7)
/// let (index, isNew) = urn.draw(using: &random)  // index 0 is the first actor
/// ```
public struct ActorUrn: Sendable, Hashable {
    /// How eagerly new actors appear: the larger, the more at the start.
    public let strength: Double
    /// The power-law discount in `0..<1`: the larger, the longer the tail.
    public let discount: Double
    /// The share of reuses drawn from the `recentWindow` latest draws only.
    public let recency: Double
    /// How many of the latest draws count as current events.
    public let recentWindow: Int

    private var history: [Int32] = []
    private var counts: [Int32] = []

    /// Creates an empty urn.
    public init(strength: Double = 40, discount: Double = 0.6, recency: Double = 0.3, recentWindow: Int = 400) {
        precondition(strength > -discount && (0..<1).contains(discount), "invalid Pitman–Yor parameters")
        self.strength = strength
        self.discount = discount
        self.recency = recency
        self.recentWindow = max(1, recentWindow)
    }

    /// How many distinct actors have been drawn.
    public var actorCount: Int { counts.count }

    /// How many draws have been made.
    public var drawCount: Int { history.count }

    /// How often the actor at `index` has been drawn.
    public func count(of index: Int) -> Int { Int(counts[index]) }

    /// Draws an actor: its index (actors are numbered as they appear) and whether it is new.
    public mutating func draw(using random: inout SplitMix64) -> (index: Int, isNew: Bool) {
        let drawn = Double(history.count)
        let actors = Double(counts.count)
        let newProbability = history.isEmpty ? 1 : (strength + discount * actors) / (drawn + strength)
        if random.chance(newProbability) {
            counts.append(1)
            history.append(Int32(counts.count - 1))
            return (counts.count - 1, true)
        }
        let index = reuse(using: &random)
        counts[index] += 1
        history.append(Int32(index))
        return (index, false)
    }

    /// An earlier actor, with weight `count - discount`: a uniform pick from the
    /// history (weight `count`), thinned by rejection.
    private mutating func reuse(using random: inout SplitMix64) -> Int {
        let recent = random.chance(recency)
        while true {
            let position =
                recent
                ? history.count - 1 - random.int(below: min(recentWindow, history.count))
                : random.int(below: history.count)
            let index = Int(history[position])
            let count = Double(counts[index])
            if random.chance((count - discount) / count) { return index }
        }
    }
}
