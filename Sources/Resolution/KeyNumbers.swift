/// Numbers distinct keys, counting from 0 in the order they are added: made
/// for the few keys of one document. While there are few, a key is found by
/// a scan of the keys (cheaper than hashing it and filling a table made anew
/// for each document); past ``scanLimit`` the keys move into a table.
///
///     var numbers = KeyNumbers<String>()
///     numbers.add("ja")            // 0
///     numbers.number(of: "ja")     // 0
///     numbers.number(of: "nein")   // nil
struct KeyNumbers<Key: Hashable> {
    /// The most keys that are found by a scan.
    static var scanLimit: Int { 32 }
    /// The keys in order, while they are scanned.
    private var keys: [Key] = []
    /// The number of each key, once there are more than ``scanLimit``.
    private var table: [Key: Int] = [:]
    /// How many keys are numbered.
    private(set) var count = 0

    /// A numbering with room for `capacity` keys (as many as are scanned) before its storage grows.
    init(capacity: Int = 0) {
        keys.reserveCapacity(min(capacity, Self.scanLimit))
    }

    /// The number of `key`, if it is numbered.
    func number(of key: Key) -> Int? {
        count <= Self.scanLimit ? keys.firstIndex(of: key) : table[key]
    }

    /// Numbers `key`, which must not be numbered yet, and returns its number.
    @discardableResult
    mutating func add(_ key: Key) -> Int {
        if count < Self.scanLimit {
            keys.append(key)
        } else {
            if count == Self.scanLimit {
                for (number, known) in keys.enumerated() { table[known] = number }
                keys = []
            }
            table[key] = count
        }
        count += 1
        return count - 1
    }
}
