/// Orders integer keys without comparing them: a radix sort, a byte of
/// the keys at a time from the lowest, passing over bytes that all keys
/// share. Stable: equal keys keep the order of their indices.
///
///     RadixSort.order(of: [30, 10, 20, 10])   // [1, 3, 2, 0]
public enum RadixSort {
    /// The indices of `keys` in the order of the keys, equal keys in index
    /// order: eight passes over the indices at most, each counting one byte
    /// of the keys and moving the indices by it.
    public static func order(of keys: [UInt64]) -> [Int] {
        var order = Array(keys.indices)
        var moved = order
        var counts = [Int](repeating: 0, count: 257)
        keys.withUnsafeBufferPointer { keys in
            for shift in stride(from: UInt64(0), to: 64, by: 8) {
                counts.withUnsafeMutableBufferPointer { counts in
                    counts.update(repeating: 0)
                    for key in keys { counts[Int(truncatingIfNeeded: key >> shift & 0xFF) &+ 1] &+= 1 }
                    guard !counts.contains(keys.count) else { return }  // every key has the same byte here
                    for byte in 1..<counts.count { counts[byte] &+= counts[byte &- 1] }
                    order.withUnsafeBufferPointer { order in
                        moved.withUnsafeMutableBufferPointer { moved in
                            for index in order {
                                let byte = Int(truncatingIfNeeded: keys[index] >> shift & 0xFF)
                                moved[counts[byte]] = index
                                counts[byte] &+= 1
                            }
                        }
                    }
                    swap(&order, &moved)
                }
            }
        }
        return order
    }
}
