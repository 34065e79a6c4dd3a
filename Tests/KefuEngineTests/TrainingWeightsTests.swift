import KefuCore
import Testing

@testable import KefuEngine

/// The classifier trains in a layout fixed before the first step: each FAQ holds exactly the columns of
/// its own questions, training steps as plain softmax regression over those weights does, and only
/// weights training moved are kept.
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

    @Test func eachFAQHoldsTheColumnsOfItsOwnQuestions() {
        let (index, vectors) = HardNegativesTests.compiled
        let weights = TrainingWeights(index: index, questionVectors: vectors)
        var expected = [Set<Int32>](repeating: [], count: index.faqCount)
        for (question, faq) in index.questionFAQ.enumerated() {
            expected[Int(faq)].formUnion(vectors[question].columns)
        }
        for faq in 0..<index.faqCount {
            let run = Array(weights.column[weights.start[faq]..<weights.start[faq + 1]])
            #expect(run == expected[faq].sorted(), "FAQ \(faq)")
        }
        #expect(weights.value.count == weights.column.count && weights.value.allSatisfy { $0 == 0 })
    }

    /// Training walks each candidate's whole run against the question laid out by column; the weights it
    /// ends with are those of the same steps taken one shared word at a time, in the same order.
    @Test func trainingStepsAsPlainSoftmaxRegressionDoes() throws {
        let settings = FAQClassifier.Settings(epochs: 2, learningRate: 5, negatives: 12)
        try expectTrained(settings: settings, toMatchBatchesOf: 1)
    }

    /// In batches, every probability of a batch is found from the weights before it, then the steps are
    /// taken in question order; on two threads as on one.
    @Test func batchesStepFromTheWeightsBeforeThem() throws {
        var settings = FAQClassifier.Settings(epochs: 2, learningRate: 5, negatives: 12)
        settings.batchSize = 7
        settings.lanes = 2
        try expectTrained(settings: settings, toMatchBatchesOf: 7)
    }

    @Test func theWeightsDoNotDependOnTheThreads() throws {
        let (index, vectors) = HardNegativesTests.compiled
        var settings = FAQClassifier.Settings(epochs: 2, learningRate: 5, negatives: 12)
        settings.batchSize = 16
        let weights = try [1, 2, 3].map { lanes in
            settings.lanes = lanes
            return try FAQClassifier(index: index, questionVectors: vectors, settings: settings).weights.all()
        }
        #expect(weights[0].columns.count > 1_000)
        for other in weights.dropFirst() {
            #expect(other.columns == weights[0].columns && other.values == weights[0].values)
        }
    }

    @Test func onlyALargeBundleTrainsInBatches() {
        #expect(FAQClassifier.Settings.batchSize(questionCount: 2_000) == 1)
        #expect(FAQClassifier.Settings.batchSize(questionCount: 131_071) == 1)
        #expect(FAQClassifier.Settings.batchSize(questionCount: 131_072) == 128)
        #expect(FAQClassifier.Settings.batchSize(questionCount: 173_900) == 169)
    }

    /// Trains the fixture with `settings` and checks the weights against softmax regression over the
    /// shared words, in batches of `batchSize` questions, written out plainly.
    private func expectTrained(settings: FAQClassifier.Settings, toMatchBatchesOf batchSize: Int) throws {
        let (index, vectors) = HardNegativesTests.compiled
        let classifier = FAQClassifier(index: index, questionVectors: vectors, settings: settings)

        let sets = HardNegatives.candidateSets(index: index, questionVectors: vectors, count: settings.negatives)
        var owned = [Set<Int32>](repeating: [], count: index.faqCount)
        for (question, faq) in index.questionFAQ.enumerated() { owned[Int(faq)].formUnion(vectors[question].columns) }
        var expected = [[Int32: Float]](repeating: [:], count: index.faqCount)
        var order = Array(vectors.indices)
        var generator = SeededGenerator(seed: FAQClassifier.trainingSeed)
        for epoch in 0..<settings.epochs {
            order.shuffle(using: &generator)
            let rate = settings.learningRate / Float(1 + epoch)
            for batchStart in stride(from: 0, to: order.count, by: batchSize) {
                let batch = order[batchStart..<min(batchStart + batchSize, order.count)].filter { question in
                    sets[question].count > 1 && !vectors[question].isEmpty
                }
                let shared = batch.map { question in
                    sets[question].map { faq in
                        zip(vectors[question].columns, vectors[question].weights).filter {
                            owned[Int(faq)].contains($0.0)
                        }
                    }
                }
                let probabilities = zip(batch, shared).map { question, shared in
                    var logits = zip(sets[question], shared).map { faq, pairs in
                        pairs.reduce(Float(0)) { $0 + $1.1 * (expected[Int(faq)][$1.0] ?? 0) }
                    }
                    FAQClassifier.softmax(&logits)
                    return logits
                }
                for (position, question) in batch.enumerated() {
                    for (candidate, faq) in sets[question].enumerated() {
                        let gradient = probabilities[position][candidate] - (candidate == 0 ? 1 : 0)
                        guard abs(gradient) > 1e-4 else { continue }
                        for (column, weight) in shared[position][candidate] {
                            expected[Int(faq)][column, default: 0] += -rate * gradient * weight
                        }
                    }
                }
            }
        }

        let kept = try classifier.weights.all()
        var moved = 0
        for faq in 0..<index.faqCount {
            let run = Int(classifier.start[faq])..<Int(classifier.start[faq + 1])
            let trained = Dictionary(uniqueKeysWithValues: zip(kept.columns[run], kept.values[run]))
            #expect(Set(trained.keys).isSubset(of: owned[faq]), "FAQ \(faq) has weights only for its own words")
            for column in owned[faq] {
                let want = expected[faq][column] ?? 0
                #expect(abs((trained[column] ?? 0) - want) < 1e-3, "FAQ \(faq), column \(column)")
                if abs(want) > 0.01 { moved += 1 }
            }
        }
        #expect(moved > 1_000, "training moved the weights it should (\(moved))")
    }

    @Test func onlyWeightsTrainingMovedAreKept() throws {
        let (index, vectors) = HardNegativesTests.compiled
        var weights = TrainingWeights(index: index, questionVectors: vectors)
        // FAQ 0's first weight moves a little, its second less than the cut: only the first is kept.
        weights.value[weights.start[0]] = 0.5
        weights.value[weights.start[0] + 1] = 0.00001
        let firstColumn = weights.column[weights.start[0]]
        let classifier = weights.classifier()
        #expect(classifier.start.count == index.faqCount + 1)
        let kept = try classifier.weights.all()
        #expect(kept.columns == [firstColumn] && kept.values == [0.5])
        #expect(classifier.start.dropFirst().allSatisfy { $0 == 1 })
    }
}
