/// The tokens where a split verb's particle may stand (the clause's last word and the last
/// words of the next two segments: at most three), held inline: an array for them was
/// allocated at each verb with a separable reading.
struct ParticlePlaces {
    /// The most places a verb has.
    static let capacity = 3
    private var slots = InlineArray<3, Int>(repeating: 0)
    /// How many places there are.
    private(set) var count = 0

    /// Adds a place after the others.
    mutating func append(_ token: Int) {
        precondition(count < Self.capacity, "a verb has at most \(Self.capacity) particle places")
        slots[count] = token
        count += 1
    }

    /// The place at `position` (in the order appended).
    subscript(position: Int) -> Int { slots[position] }
}
