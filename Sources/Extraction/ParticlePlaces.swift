/// The tokens where a split verb's particle may stand (the clause's last word and the last
/// words of the next two segments: at most three), held inline: an array for them was
/// allocated at each verb with a separable reading.
struct ParticlePlaces {
    /// The most places a verb has.
    static let capacity = 3
    // (Three stored places rather than an `InlineArray`, which needs macOS 26 and the package supports macOS 15.)
    private var places: (Int, Int, Int) = (0, 0, 0)
    /// How many places there are.
    private(set) var count = 0

    /// Adds a place after the others.
    mutating func append(_ token: Int) {
        precondition(count < Self.capacity, "a verb has at most \(Self.capacity) particle places")
        switch count {
        case 0: places.0 = token
        case 1: places.1 = token
        default: places.2 = token
        }
        count += 1
    }

    /// The place at `position` (in the order appended).
    subscript(position: Int) -> Int {
        precondition(position < count, "no particle place \(position)")
        switch position {
        case 0: return places.0
        case 1: return places.1
        default: return places.2
        }
    }
}
