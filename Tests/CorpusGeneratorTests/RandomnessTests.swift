import Testing

@testable import CorpusGenerator

@Suite("Seeded randomness")
struct RandomnessTests {
    @Test("SplitMix64 gives the reference sequence for seed 0")
    func referenceSequence() {
        var random = SplitMix64(seed: 0)
        #expect(random.next() == 0xE220_A839_7B1D_CDAF)
        #expect(random.next() == 0x6E78_9E6A_A1B9_65F4)
    }

    @Test("Bounded numbers stay in range and reach both ends")
    func boundedNumbers() {
        var random = SplitMix64(seed: 9)
        var seen = Set<Int>()
        for _ in 0..<2_000 {
            let value = random.int(in: 3...9)
            #expect((3...9).contains(value))
            seen.insert(value)
        }
        #expect(seen == Set(3...9))
        for _ in 0..<1_000 { #expect((0..<1).contains(random.unit())) }
    }

    @Test("A Zipf table draws low ranks most")
    func zipfOrder() {
        let table = ZipfTable(count: 20)
        var random = SplitMix64(seed: 3)
        var counts = [Int](repeating: 0, count: 20)
        for _ in 0..<20_000 { counts[table.draw(using: &random)] += 1 }
        #expect(counts[0] > counts[1])
        #expect(counts[1] > counts[5])
        #expect(counts[5] > counts[19])
        #expect(counts[19] > 0)
    }

    @Test("The actor urn keeps bringing new actors, ever more rarely, and reuses the frequent ones")
    func urnGrowth() throws {
        var urn = ActorUrn()
        var random = SplitMix64(seed: 5)
        var actorsAt: [Int: Int] = [:]
        for draw in 1...100_000 {
            _ = urn.draw(using: &random)
            if [1_000, 10_000, 100_000].contains(draw) { actorsAt[draw] = urn.actorCount }
        }
        let small = try #require(actorsAt[1_000])
        let middle = try #require(actorsAt[10_000])
        let large = try #require(actorsAt[100_000])
        // Heaps' law: ten times the draws, more actors but far fewer than ten times as many.
        #expect(middle > 2 * small && middle < 8 * small)
        #expect(large > 2 * middle && large < 8 * middle)
        // Zipf: the first actor is drawn far more often than the average one.
        #expect(urn.count(of: 0) > 50 * urn.drawCount / urn.actorCount)
    }

    @Test("German numbers and dates")
    func formats() {
        #expect(GermanNumber.grouped(11_000) == "11.000")
        #expect(GermanNumber.grouped(1_234_567) == "1.234.567")
        #expect(GermanNumber.grouped(950) == "950")
        #expect(GermanNumber.tenths(25) == "2,5")
        #expect(GermanNumber.tenths(30) == "3")
        #expect(CalendarDay.iso(daysSince1970: 0) == "1970-01-01")
        #expect(CalendarDay.iso(daysSince1970: CorpusGenerator.firstDay) == "2019-01-01")
        #expect(CalendarDay.iso(daysSince1970: 18_321) == "2020-02-29")
    }
}
