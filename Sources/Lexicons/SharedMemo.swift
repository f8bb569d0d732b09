import Foundation

/// Remembers the values of a pure function of a word, for every thread that
/// asks: what one document works out about `Regierung` or `Selenskyj`, the
/// next one (on any thread) looks up.
///
/// Only functions whose value depends on the word alone (and on data fixed for
/// the memo's lifetime, such as a lexicon) may be memoised, so that a run gives
/// the same results whatever was asked before and on how many threads. Words
/// are told apart by their UTF-8 bytes, hashed with FNV-1a rather than
/// normalised while hashing as Swift's `String` hash does: two spellings of one
/// word in different normal forms are remembered apart, each with the same
/// value. At most `capacity` words are kept: beyond that, values are still
/// returned but not stored.
///
/// ```swift
/// let lengths = SharedMemo<Int>(capacity: 1_000)
/// lengths["Regierung"]                          // nil
/// lengths.remember(9, for: "Regierung")         // 9
/// lengths["Regierung"]                          // 9
/// ```
///
/// (A lock and a dictionary rather than `Synchronization.Mutex`, whose generic
/// metadata is looked up at every call on Linux.)
public final class SharedMemo<Value: Sendable>: @unchecked Sendable {
    // `table` is read and written only while `lock` is held.
    @usableFromInline let lock = NSLock()
    @usableFromInline var table: [Word: Value] = [:]
    @usableFromInline let capacity: Int

    /// Creates an empty memo that keeps at most `capacity` words.
    public init(capacity: Int) {
        self.capacity = capacity
    }

    /// The value remembered for a word, or nil.
    @inlinable
    public subscript(word: String) -> Value? {
        let key = Word(word)
        lock.lock()
        defer { lock.unlock() }
        return table[key]
    }

    /// Remembers a word's value while there is room, and returns it.
    @inlinable @discardableResult
    public func remember(_ value: Value, for word: String) -> Value {
        let key = Word(word)
        lock.lock()
        if table.count < capacity { table[key] = value }
        lock.unlock()
        return value
    }

    /// How many words are remembered.
    public var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return table.count
    }

    /// A word as a key: equal when its UTF-8 bytes are.
    @usableFromInline
    struct Word: Hashable {
        @usableFromInline let text: String
        @usableFromInline let hash: UInt64

        @inlinable
        init(_ text: String) {
            var text = text
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            text.withUTF8 { bytes in
                for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            }
            self.text = text
            self.hash = hash
        }

        @inlinable
        func hash(into hasher: inout Hasher) { hasher.combine(hash) }

        @inlinable
        static func == (lhs: Word, rhs: Word) -> Bool {
            guard lhs.hash == rhs.hash else { return false }
            let bytesEqual = lhs.text.utf8.withContiguousStorageIfAvailable { left in
                rhs.text.utf8.withContiguousStorageIfAvailable { right in
                    left.count == right.count && (left.isEmpty || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0)
                }
            }
            return (bytesEqual ?? nil) ?? lhs.text.utf8.elementsEqual(rhs.text.utf8)
        }
    }
}
