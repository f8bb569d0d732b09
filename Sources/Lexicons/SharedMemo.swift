import Foundation

/// Remembers the values of a pure function of a word, for every thread that
/// asks: what one document works out about `Regierung` or `Selenskyj`, the
/// next one (on any thread) looks up.
///
/// Only functions whose value depends on the word alone (and on data fixed for
/// the memo's lifetime, such as a lexicon) may be memoised, so that a run gives
/// the same results whatever was asked before and on how many threads. Words
/// are keyed by ``NFCKey`` (the bytes of their NFC form, cheaper to hash than
/// a `String`), so two spellings of one word in different normal forms share
/// an entry, as they are one `String`. At most `capacity` words are kept:
/// beyond that, values are still returned but not stored.
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
    @usableFromInline var table: [NFCKey: Value] = [:]
    @usableFromInline let capacity: Int

    /// Creates an empty memo that keeps at most `capacity` words.
    public init(capacity: Int) {
        self.capacity = capacity
    }

    /// The value remembered for a word, or nil.
    @inlinable
    public subscript(word: String) -> Value? {
        let key = NFCKey(word)
        lock.lock()
        defer { lock.unlock() }
        return table[key]
    }

    /// Remembers a word's value while there is room, and returns it.
    @inlinable @discardableResult
    public func remember(_ value: Value, for word: String) -> Value {
        let key = NFCKey(word)
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
}
