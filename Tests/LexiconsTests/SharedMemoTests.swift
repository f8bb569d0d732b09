import Dispatch
import Testing
@testable import Lexicons

@Suite struct SharedMemoTests {
    @Test func remembersValuesByWord() {
        let memo = SharedMemo<Int>(capacity: 10)
        #expect(memo["Regierung"] == nil)
        #expect(memo.remember(9, for: "Regierung") == 9)
        #expect(memo["Regierung"] == 9)
        #expect(memo["regierung"] == nil)
        #expect(memo.count == 1)
    }

    @Test func keysWordsAsSwiftComparesThem() {
        let memo = SharedMemo<String>(capacity: 10)
        let composed = "Bürger"
        let decomposed = "Bu\u{0308}rger"  // the same word to Swift's `==`, other bytes
        memo.remember("composed", for: composed)
        #expect(memo[composed] == "composed")
        #expect(memo[decomposed] == "composed")
        #expect(memo["Burger"] == nil)
        // Long words (stored out of line) and the empty word.
        let long = String(repeating: "Verteidigungsministerium", count: 3)
        memo.remember("long", for: long)
        #expect(memo[String(repeating: "Verteidigungsministerium", count: 3)] == "long")
        memo.remember("empty", for: "")
        #expect(memo[""] == "empty")
        #expect(memo.count == 3)
    }

    @Test func keepsAtMostItsCapacityButStillReturnsValues() {
        let memo = SharedMemo<Int>(capacity: 2)
        for (index, word) in ["a", "b", "c"].enumerated() { #expect(memo.remember(index, for: word) == index) }
        #expect(memo.count == 2)
        #expect(memo["a"] == 0 && memo["b"] == 1 && memo["c"] == nil)
    }

    @Test func servesManyThreadsAtOnce() {
        let memo = SharedMemo<Int>(capacity: 1_000)
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            for number in 0..<500 {
                let word = "Wort" + String(number)
                let value = memo[word] ?? memo.remember(number, for: word)
                precondition(value == number)
            }
        }
        #expect(memo.count == 500)
        let remembered = (0..<500).filter { number in memo["Wort" + String(number)] == number }
        #expect(remembered.count == 500)
    }
}
