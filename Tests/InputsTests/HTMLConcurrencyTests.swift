import Foundation
import Testing

@testable import Inputs

@Suite("HTML pages read in parallel")
struct HTMLConcurrencyTests {
    @Test("Pages read on many threads at once give the same articles as one by one")
    func parallelReads() async throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Fixture.path("html")).sorted()
        let pages = try names.map { try Fixture.data("html/\($0)") }
        let serial = pages.map { try? HTMLArticleReader.article(from: $0, id: "p", origin: "p") }
        let parallel = await withTaskGroup(of: (Int, Article?).self) { group in
            for _ in 0..<8 {
                for (index, page) in pages.enumerated() {
                    group.addTask { (index, try? HTMLArticleReader.article(from: page, id: "p", origin: "p")) }
                }
            }
            var results: [(Int, Article?)] = []
            for await result in group { results.append(result) }
            return results
        }
        #expect(parallel.count == pages.count * 8)
        for (index, article) in parallel { #expect(article == serial[index]) }
    }
}
