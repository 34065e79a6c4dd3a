import Foundation
import KefuCore

/// A light linear classifier trained from the bundle's own questions: multinomial logistic regression
/// over the retrieval features, trained against each question's closest other FAQs (hard negatives)
/// rather than all of them, so training stays linear in the bundle's size and takes seconds.
///
/// It learns which words tell close FAQs apart (退货 vs 换货), which plain similarity cannot.
struct FAQClassifier: Sendable {
    /// Weights per FAQ, sorted by feature column: `weightColumn[start[f]..<start[f+1]]`. By FAQ rather
    /// than by column, so scoring a candidate reads one short contiguous run instead of searching a
    /// long list per column (which was a fifth of answering on a large bundle, mostly cache misses).
    let start: [Int32]
    let weights: ClassifierWeights

    struct Settings: Sendable {
        var epochs = 6
        var learningRate: Float = 5
        var negatives = 12
        /// Questions whose steps are found from the same weights, so that a large bundle trains on several
        /// cores; `nil` for `batchSize(questionCount:)`.
        var batchSize: Int?
        /// The threads a batch is split between; the weights do not depend on it. At most four: each
        /// holds a dense row of every feature column (4 MB a million), and a batch of a hundred or two
        /// questions is shared out poorly beyond a few.
        var lanes = min(ProcessInfo.processInfo.activeProcessorCount, 4)

        /// One question at a time, as plain stochastic gradient descent, up to 131,072 questions; above,
        /// a 1,024th of them at a time. Sharing the work between threads costs about 50 µs a batch on
        /// this kind of machine, which only a batch of over a hundred questions repays (first `ask` at
        /// 23,500 items: 1.4 s one at a time, 1.7–2.4 s in batches of 40 on two cores). At 131,072
        /// questions a batch touches a FAQ about 0.05 times on average, so the weights it reads are
        /// nearly never stale.
        static func batchSize(questionCount: Int) -> Int {
            questionCount >= 131_072 ? questionCount / 1_024 : 1
        }
    }

    init(start: [Int32], weightColumn: [Int32], weightValue: [Float]) {
        self.init(start: start, weights: .inMemory(columns: weightColumn, values: weightValue))
    }

    init(start: [Int32], weights: ClassifierWeights) {
        self.start = start
        self.weights = weights
    }

    /// Trains on `index`'s questions, whose vectors are `questionVectors`. Deterministic: questions are
    /// visited in a fixed shuffled order. `progress` is told of the questions learned from, every epoch.
    /// Handed the last copy of the index, it lets it go before training (see `TrainingWeights`).
    init(
        index: consuming FAQIndex, questionVectors: QuestionVectors, settings: Settings = Settings(),
        progress: (any ProgressReporter)? = nil
    ) {
        let questionCount = questionVectors.count
        let counter = ProgressCounter(
            .learningQuestions, total: questionCount * settings.epochs, reporter: progress)
        let candidateSets = HardNegatives.candidateSets(
            index: index, questionVectors: questionVectors, count: settings.negatives)

        var weights = TrainingWeights(index: consume index, questionVectors: questionVectors)
        Self.train(
            &weights, questionVectors: questionVectors, candidateSets: candidateSets, settings: settings,
            counter: counter)
        // Handed over, not copied: the kept weights are compacted in the training's own arrays, which a
        // copy still alive here would make copy themselves first (100 MB at 100,000 items).
        self = (consume weights).classifier()
    }

    /// The seed of the order training visits questions in.
    static let trainingSeed: UInt64 = 0x6B65_6675

    /// The epochs of training, each over every question in a fixed shuffled order, a batch at a time
    /// (`ClassifierTrainingPass`): the softmax over a question's candidates (its FAQ first) and a step on
    /// their weights. A candidate's score walks its whole run in order, reading the question's weight for
    /// each column from a dense row (0 for the columns the question lacks, so they add nothing and a step
    /// leaves them as they are): a run is a few hundred weights read in sequence, which costs less than
    /// finding the question's few in it.
    private static func train(
        _ weights: inout TrainingWeights, questionVectors: QuestionVectors, candidateSets: CandidateSets,
        settings: Settings, counter: ProgressCounter
    ) {
        let questionCount = questionVectors.count
        let batchSize = max(1, settings.batchSize ?? Settings.batchSize(questionCount: questionCount))
        let lanes = batchSize > 1 ? max(1, settings.lanes) : 1
        var order = Array(0..<questionCount)
        var generator = SeededGenerator(seed: trainingSeed)
        var learned = 0
        let (runStart, columns, columnCount) = (weights.start, weights.column, weights.columnCount)
        columns.withUnsafeBufferPointer { column in
            weights.value.withUnsafeMutableBufferPointer { value in
                ClassifierTrainingPass.run(
                    questionVectors: questionVectors, candidateSets: candidateSets, runStart: runStart, column: column,
                    value: value, columnCount: columnCount, lanes: lanes, batchSize: batchSize
                ) { pass in
                    for epoch in 0..<settings.epochs {
                        order.shuffle(using: &generator)
                        let rate = settings.learningRate / Float(1 + epoch)
                        for batchStart in stride(from: 0, to: questionCount, by: batchSize) {
                            let batch = order[batchStart..<min(batchStart + batchSize, questionCount)]
                            pass.learn(batch, rate: rate)
                            // In steps, so that reporting costs nothing next to learning.
                            learned += batch.count
                            if learned >= 1024 {
                                counter.advance(by: learned)
                                learned = 0
                            }
                        }
                    }
                }
            }
        }
        counter.advance(by: learned)
    }

    /// The classifier's score of each of `candidates` for `query` (a linear logit): for each candidate, a
    /// walk over the query's columns (sorted), each found by galloping from where the last one was.
    func logits(for query: SparseVector, candidates: [Int32]) -> [Float] {
        candidates.map { faq in
            guard faq >= 0, Int(faq) + 1 < start.count else { return 0 }
            switch weights {
            case .inMemory(let columns, let values):
                return Self.logit(
                    of: query, columns: columns, values: values, from: Int(start[Int(faq)]),
                    upTo: Int(start[Int(faq) + 1]))
            case .kept(let runs):
                let run = runs.run(of: faq)
                return Self.logit(of: query, columns: run.columns, values: run.values, from: 0, upTo: run.columns.count)
            }
        }
    }

    /// The logit of one FAQ's run, `columns[low..<upper]`.
    private static func logit(of query: SparseVector, columns: [Int32], values: [Float], from low: Int, upTo upper: Int)
        -> Float
    {
        var low = low
        var logit: Float = 0
        for (column, value) in zip(query.columns, query.weights) {
            low = SortedColumns.gallop(to: column, in: columns, from: low, upTo: upper)
            guard low < upper else { break }
            if columns[low] == column { logit += value * values[low] }
        }
        return logit
    }

    /// Turns logits into probabilities in place, in an array.
    static func softmax(_ values: inout [Float]) {
        values.withUnsafeMutableBufferPointer { softmax($0) }
    }

    /// Turns logits into probabilities in place.
    static func softmax(_ values: UnsafeMutableBufferPointer<Float>) {
        guard let largest = values.max() else { return }
        var total: Float = 0
        for index in values.indices {
            values[index] = expf(values[index] - largest)
            total += values[index]
        }
        for index in values.indices { values[index] /= total }
    }

    /// The indexes of the `count` largest positive scores, largest first (ties by index).
    static func top(_ scores: [Float], count: Int) -> [Int32] {
        top(scores.enumerated().lazy.map { (Int32($0.offset), $0.element) }, count: count)
    }

    /// The indexes of the `count` largest positive scores of `scored` (index and score, in any order),
    /// largest first, ties by smaller index; only indexes `isIncluded` admits, asked only of those that
    /// would rank.
    static func top(
        _ scored: some Sequence<(Int32, Float)>, count: Int, where isIncluded: (Int32) -> Bool = { _ in true }
    ) -> [Int32] {
        guard count > 0 else { return [] }
        var best: [(score: Float, index: Int32)] = []
        best.reserveCapacity(count + 1)
        func ranksAbove(_ score: Float, _ index: Int32, _ other: (score: Float, index: Int32)) -> Bool {
            score > other.score || (score == other.score && index < other.index)
        }
        for (index, score) in scored where score > 0 {
            if best.count == count, let last = best.last, !ranksAbove(score, index, last) { continue }
            guard isIncluded(index) else { continue }
            var position = best.count
            while position > 0, ranksAbove(score, index, best[position - 1]) { position -= 1 }
            best.insert((score, index), at: position)
            if best.count > count { best.removeLast() }
        }
        return best.map(\.index)
    }
}
