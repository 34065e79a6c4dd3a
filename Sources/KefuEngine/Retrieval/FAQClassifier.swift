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
    init(
        index: FAQIndex, questionVectors: [SparseVector], settings: Settings = Settings(),
        progress: (any ProgressReporter)? = nil
    ) {
        let questionCount = questionVectors.count
        let counter = ProgressCounter(
            .learningQuestions, total: questionCount * settings.epochs, reporter: progress)
        let candidateSets = HardNegatives.candidateSets(
            index: index, questionVectors: questionVectors, count: settings.negatives)

        var weights = TrainingWeights(
            faqCount: index.faqCount, questionVectors: questionVectors, questionFAQ: index.questionFAQ)
        Self.train(
            &weights, questionVectors: questionVectors, candidateSets: candidateSets, settings: settings,
            counter: counter)
        counter.advance(by: questionCount * settings.epochs % 1024)
        // Handed over, not copied: the kept weights are compacted in the training's own arrays, which a
        // copy still alive here would make copy themselves first (100 MB at 100,000 items).
        self = (consume weights).classifier()
    }

    /// The seed of the order training visits questions in.
    static let trainingSeed: UInt64 = 0x6B65_6675

    /// The epochs of training, each over every question in a fixed shuffled order: the softmax over a
    /// question's candidates (its FAQ first) and a step on their weights. A candidate's score walks its
    /// whole run in order, reading the question's weight for each column from a dense row (0 for the
    /// columns the question lacks, so they add nothing and a step leaves them as they are): a run is a few
    /// hundred weights read in sequence, which costs less than finding the question's few in it.
    private static func train(
        _ weights: inout TrainingWeights, questionVectors: [SparseVector], candidateSets: [[Int32]],
        settings: Settings, counter: ProgressCounter
    ) {
        let questionCount = questionVectors.count
        let runStart = weights.start
        var order = Array(0..<questionCount)
        var generator = SeededGenerator(seed: trainingSeed)
        var logits: [Float] = []
        // The question at hand, by column; cleared after each.
        var row = [Float](repeating: 0, count: weights.columnCount)
        let columns = weights.column
        // The innermost loops run on buffers.
        columns.withUnsafeBufferPointer { column in
            weights.value.withUnsafeMutableBufferPointer { value in
                row.withUnsafeMutableBufferPointer { row in
                    for epoch in 0..<settings.epochs {
                        order.shuffle(using: &generator)
                        let rate = settings.learningRate / Float(1 + epoch)
                        for (step, question) in order.enumerated() {
                            // In steps, so that reporting costs nothing next to learning.
                            if (epoch * questionCount + step) % 1024 == 1023 { counter.advance(by: 1024) }
                            let vector = questionVectors[question]
                            let candidates = candidateSets[question]
                            guard candidates.count > 1, !vector.isEmpty else { continue }
                            for (at, weight) in zip(vector.columns, vector.weights) { row[Int(at)] = weight }
                            logits.removeAll(keepingCapacity: true)
                            for faq in candidates {
                                logits.append(
                                    logit(
                                        row: UnsafeBufferPointer(row), column: column,
                                        value: UnsafeBufferPointer(value),
                                        in: runStart[Int(faq)]..<runStart[Int(faq) + 1]))
                            }
                            Self.softmax(&logits)
                            for (candidate, faq) in candidates.enumerated() {
                                let gradient = logits[candidate] - (candidate == 0 ? 1 : 0)
                                guard abs(gradient) > 1e-4 else { continue }
                                let change = -rate * gradient
                                for position in runStart[Int(faq)]..<runStart[Int(faq) + 1] {
                                    value[position] += change * row[Int(column[position])]
                                }
                            }
                            for at in vector.columns { row[Int(at)] = 0 }
                        }
                    }
                }
            }
        }
    }

    /// The sum over `run` of each weight times the question's weight for its column, in four sums side
    /// by side: one running sum waits on every addition before the next.
    private static func logit(
        row: UnsafeBufferPointer<Float>, column: UnsafeBufferPointer<Int32>, value: UnsafeBufferPointer<Float>,
        in run: Range<Int>
    ) -> Float {
        var sums: (Float, Float, Float, Float) = (0, 0, 0, 0)
        var position = run.lowerBound
        while position + 4 <= run.upperBound {
            sums.0 += row[Int(column[position])] * value[position]
            sums.1 += row[Int(column[position + 1])] * value[position + 1]
            sums.2 += row[Int(column[position + 2])] * value[position + 2]
            sums.3 += row[Int(column[position + 3])] * value[position + 3]
            position += 4
        }
        while position < run.upperBound {
            sums.0 += row[Int(column[position])] * value[position]
            position += 1
        }
        return (sums.0 + sums.1) + (sums.2 + sums.3)
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

    /// Turns logits into probabilities in place.
    static func softmax(_ values: inout [Float]) {
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
