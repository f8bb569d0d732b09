extension String {
    /// The strings one after another, made in one allocation of their exact size: an
    /// interpolation (`"\(rule); speaker: \(other)"`) grows its buffer as it appends, about
    /// twice for a rule's name.
    /// (Inlinable: called across modules, it was a generic call of the copy for each piece.)
    @inlinable
    public init(joining first: String, _ second: String, _ third: String = "") {
        let count = first.utf8.count + second.utf8.count + third.utf8.count
        self.init(unsafeUninitializedCapacity: count) { buffer in
            var written = buffer.initialize(fromContentsOf: first.utf8)
            written = buffer[written...].initialize(fromContentsOf: second.utf8)
            return buffer[written...].initialize(fromContentsOf: third.utf8)
        }
    }
}
