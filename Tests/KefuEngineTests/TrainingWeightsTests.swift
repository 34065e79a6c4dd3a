import KefuCore
import Testing

@testable import KefuEngine

/// The classifier trains in a layout fixed before the first step: each FAQ holds exactly the columns of
/// the questions it is trained on, every lookup finds its column, and only weights training moved are
/// kept.
@Suite struct TrainingWeightsTests {
    @Test func gallopingFindsTheFirstColumnNotSmaller() {
        var generator = SeededGenerator(seed: 17)
        for length in [0, 1, 2, 5, 64, 1_000] {
            let columns = (0..<length).map { _ in Int32(generator.next() % 3_000) }.sorted()
            for wanted in stride(from: Int32(-1), through: 3_001, by: 7) {
                for from in Set([0, length / 3, length]) {
                    let expected = columns[from...].firstIndex { $0 >= wanted } ?? length
                    #expect(
                        SortedColumns.gallop(to: wanted, in: columns, from: from, upTo: length) == expected,
                        "length \(length), \(wanted) from \(from)")
                }
            }
        }
    }

    @Test func eachFAQHoldsTheColumnsOfTheQuestionsItIsTrainedOn() {
        let (index, vectors) = HardNegativesTests.compiled
        let sets = HardNegatives.candidateSets(index: index, questionVectors: vectors, count: 12)
        let weights = TrainingWeights(faqCount: index.faqCount, questionVectors: vectors, candidateSets: sets)
        var expected = [Set<Int32>](repeating: [], count: index.faqCount)
        for (question, candidates) in sets.enumerated() {
            for faq in candidates { expected[Int(faq)].formUnion(vectors[question].columns) }
        }
        for faq in 0..<index.faqCount {
            let run = Array(weights.column[weights.start[faq]..<weights.start[faq + 1]])
            #expect(run == expected[faq].sorted(), "FAQ \(faq)")
        }
        #expect(weights.value.count == weights.column.count && weights.value.allSatisfy { $0 == 0 })
        let slots = weights.slots(UInt16.self, of: vectors, candidateSets: sets)
        let wide = weights.slots(UInt32.self, of: vectors, candidateSets: sets)
        #expect(wide.map { $0.map(Int.init) } == slots.map { $0.map(Int.init) })
        #expect(slots.count == sets.count)
        for (question, candidates) in sets.enumerated() {
            var all: [Int32] = []
            for faq in candidates {
                var positions: [Int32] = []
                weights.positions(of: vectors[question], in: faq, into: &positions)
                #expect(positions.map { weights.column[Int($0)] } == vectors[question].columns)
                let run = weights.start[Int(faq)]..<weights.start[Int(faq) + 1]
                #expect(positions.allSatisfy { run.contains(Int($0)) }, "each in its own FAQ's run")
                all += positions.map { $0 - Int32(run.lowerBound) }
            }
            #expect(slots[question].map(Int32.init) == all, "question \(question)")
        }
    }

    @Test func onlyWeightsTrainingMovedAreKept() throws {
        let (index, vectors) = HardNegativesTests.compiled
        let sets = HardNegatives.candidateSets(index: index, questionVectors: vectors, count: 12)
        var weights = TrainingWeights(faqCount: index.faqCount, questionVectors: vectors, candidateSets: sets)
        // FAQ 0's first weight moves a little, its second less than the cut: only the first is kept.
        weights.value[weights.start[0]] = 0.5
        weights.value[weights.start[0] + 1] = 0.00001
        let classifier = weights.classifier()
        #expect(classifier.start.count == index.faqCount + 1)
        let kept = try classifier.weights.all()
        #expect(kept.columns == [weights.column[weights.start[0]]] && kept.values == [0.5])
        #expect(classifier.start.dropFirst().allSatisfy { $0 == 1 })
    }
}
