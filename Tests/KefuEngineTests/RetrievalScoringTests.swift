import KefuCore
import Testing

@testable import KefuEngine

/// Answering scores only what a message touches, in reused buffers: the figures must be exactly those
/// of a plain computation over every question and FAQ, and a buffer must come back clear.
@Suite struct RetrievalScoringTests {
    /// The plain dot product of `query` with a weight list given as a dictionary.
    static func dot(_ query: SparseVector, _ weights: [Int32: Float]) -> Float {
        zip(query.columns, query.weights).reduce(0) { $0 + $1.1 * (weights[$1.0] ?? 0) }
    }

    @Test func aClassifierLogitIsTheDotProductOfItsWeights() {
        var generator = SeededGenerator(seed: 11)
        // Runs from empty to long, so that the galloping search meets short and long gaps and both ends.
        let runs: [[Int32: Float]] = [0, 1, 3, 40, 700, 4_000].map { length in
            var run: [Int32: Float] = [:]
            while run.count < length { run[Int32(generator.next() % 9_000)] = Float(generator.next() % 100) / 10 - 5 }
            return run
        }
        var start: [Int32] = [0]
        var columns: [Int32] = []
        var values: [Float] = []
        for run in runs {
            for column in run.keys.sorted() {
                columns.append(column)
                values.append(run[column] ?? 0)
            }
            start.append(Int32(columns.count))
        }
        let classifier = FAQClassifier(start: start, weightColumn: columns, weightValue: values)
        for length in [1, 2, 30, 200] {
            let queryColumns = (0..<length).map { _ in Int32(generator.next() % 9_100) }
            let query = SparseVector(
                columns: Array(Set(queryColumns)),
                weights: Set(queryColumns).map { _ in Float(generator.next() % 7 + 1) })
            let logits = classifier.logits(for: query, candidates: Array(0..<Int32(runs.count)))
            for (faq, run) in runs.enumerated() {
                #expect(abs(logits[faq] - Self.dot(query, run)) < 1e-3, "run \(faq), query of \(length)")
            }
        }
    }

    @Test func touchedScoresAreThoseOfEveryQuestionAndComeBackClear() {
        let (index, vectors) = HardNegativesTests.compiled
        var scratch = index.makeScratch()
        var scored = 0
        for vector in vectors.prefix(60) {
            index.score(vector, into: &scratch)
            // Every question by its plain cosine over the columns searched (common ones have no postings).
            var cosine = [Float](repeating: 0, count: vectors.count)
            for (question, other) in vectors.enumerated() {
                let weights = Dictionary(
                    uniqueKeysWithValues: zip(other.columns, other.weights).filter {
                        index.postingStart[Int($0.0) + 1] > index.postingStart[Int($0.0)]
                    })
                cosine[question] = Self.dot(vector, weights)
            }
            scored += scratch.touchedQuestions.count
            for faq in 0..<index.faqCount {
                let own = (0..<vectors.count).filter { index.questionFAQ[$0] == Int32(faq) }
                let nearest = own.map { cosine[$0] }.max() ?? 0
                #expect(abs(scratch.nearest[faq] - nearest) < 1e-4)
                #expect(
                    scratch.nearest[faq] == 0
                        || scratch.questionScore[Int(scratch.nearestQuestion[faq])] == scratch.nearest[faq])
                #expect(scratch.touchedFAQs.contains(Int32(faq)) == (scratch.combined(Int32(faq)) > 0))
            }
            scratch.clear()
            #expect(scratch.questionScore.allSatisfy { $0 == 0 } && scratch.centroid.allSatisfy { $0 == 0 })
            #expect(scratch.nearest.allSatisfy { $0 == 0 } && scratch.nearestQuestion.allSatisfy { $0 == -1 })
            #expect(scratch.touchedFAQs.isEmpty && scratch.touchedQuestions.isEmpty)
        }
        #expect(scored > 60, "the questions share searchable columns")
    }

    @Test func theTopScoresDoNotDependOnTheOrderTheyComeIn() {
        var generator = SeededGenerator(seed: 5)
        // Few distinct scores, zeros among them, so that ties are many and some scores do not count.
        let scored = (0..<500).map { (Int32($0), Float(generator.next() % 6)) }
        // The reference: every positive score, largest first, ties by smaller index.
        let ranked = scored.filter { $0.1 > 0 }.sorted { ($0.1, -$0.0) > ($1.1, -$1.0) }.map(\.0)
        for order in [scored, scored.shuffled(using: &generator), scored.reversed()] {
            #expect(FAQClassifier.top(order, count: 10) == Array(ranked.prefix(10)))
            #expect(
                FAQClassifier.top(order, count: 10) { $0 % 2 == 0 } == Array(ranked.filter { $0 % 2 == 0 }.prefix(10)))
        }
    }
}
