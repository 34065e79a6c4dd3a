import Foundation

/// One batch of training steps at a time, on `lanes` threads, over the weights' buffers borrowed for the
/// length of training and scratch of its own. A batch is found in two halves:
///
/// 1. every question's candidate probabilities, all from the weights as they were before the batch (the
///    questions are split between the lanes);
/// 2. every step, each FAQ's taken in the batch's question order by the one lane that owns the FAQ.
///
/// Neither half depends on how the work was split, so the weights are the same on any number of cores,
/// and with batches of one question this is plain stochastic gradient descent, step for step.
struct ClassifierTrainingPass: @unchecked Sendable {
    let questionVectors: QuestionVectors
    let candidateSets: CandidateSets
    /// FAQ `f`'s run is `column[runStart[f]..<runStart[f+1]]` and `value[…]`.
    let runStart: [Int]
    let column: UnsafeBufferPointer<Int32>
    /// The weights, written only by the lane that owns each FAQ, and only in the second half.
    let value: UnsafeMutableBufferPointer<Float>
    let columnCount: Int
    let lanes: Int
    /// One dense row of `columnCount` a lane: the question at hand, by column; 0 between questions.
    private let rows: UnsafeMutableBufferPointer<Float>
    /// `width` slots a question of a batch: its candidates' probabilities.
    private let probabilities: UnsafeMutableBufferPointer<Float>
    private let width: Int

    /// Runs `body` with a pass over `value` (laid out as `runStart` and `column` say) for batches of up to
    /// `batchSize`, whose scratch lasts as long as the call.
    static func run(
        questionVectors: QuestionVectors, candidateSets: CandidateSets, runStart: [Int],
        column: UnsafeBufferPointer<Int32>,
        value: UnsafeMutableBufferPointer<Float>, columnCount: Int, lanes: Int, batchSize: Int,
        _ body: (ClassifierTrainingPass) -> Void
    ) {
        let width = candidateSets.map(\.count).max() ?? 0
        var rows = [Float](repeating: 0, count: lanes * columnCount)
        var probabilities = [Float](repeating: 0, count: batchSize * width)
        rows.withUnsafeMutableBufferPointer { rows in
            probabilities.withUnsafeMutableBufferPointer { probabilities in
                body(
                    ClassifierTrainingPass(
                        questionVectors: questionVectors, candidateSets: candidateSets, runStart: runStart,
                        column: column, value: value, columnCount: columnCount, lanes: lanes, rows: rows,
                        probabilities: probabilities, width: width))
            }
        }
    }

    /// Takes the steps of `batch` (question numbers) at `rate`.
    func learn(_ batch: ArraySlice<Int>, rate: Float) {
        let share = (batch.count + lanes - 1) / lanes
        inParallel { lane in
            let first = batch.startIndex + lane * share
            for slot in first..<min(first + share, batch.endIndex) {
                findProbabilities(of: batch[slot], into: slot - batch.startIndex, lane: lane)
            }
        }
        inParallel { lane in
            for (slot, question) in batch.enumerated() { step(question, from: slot, rate: rate, lane: lane) }
        }
    }

    private func inParallel(_ work: @Sendable (Int) -> Void) {
        if lanes == 1 {
            work(0)
        } else {
            DispatchQueue.concurrentPerform(iterations: lanes, execute: work)
        }
    }

    /// Whether `question` takes steps at all: one with no other candidate, or no words, teaches nothing.
    private func teaches(_ question: Int) -> Bool {
        candidateSets[question].count > 1 && !questionVectors.isEmpty(question)
    }

    /// The softmax over `question`'s candidates (its FAQ first), into the batch's `slot`.
    private func findProbabilities(of question: Int, into slot: Int, lane: Int) {
        guard teaches(question) else { return }
        let row = laneRow(lane)
        questionVectors.forEachEntry(of: question) { row[Int($0)] = $1 }
        let candidates = candidateSets[question]
        let out = UnsafeMutableBufferPointer(
            rebasing: probabilities[(slot * width)..<(slot * width + candidates.count)])
        for (candidate, faq) in candidates.enumerated() {
            out[candidate] = logit(row: UnsafeBufferPointer(row), in: runStart[Int(faq)]..<runStart[Int(faq) + 1])
        }
        FAQClassifier.softmax(out)
        questionVectors.forEachColumn(of: question) { row[Int($0)] = 0 }
    }

    /// The step of `question` (probabilities in `slot`) on the candidates `lane` owns.
    private func step(_ question: Int, from slot: Int, rate: Float, lane: Int) {
        guard teaches(question) else { return }
        let candidates = candidateSets[question]
        // The question is laid out only when this lane has a candidate to move.
        var laidOut = false
        let row = laneRow(lane)
        for (candidate, faq) in candidates.enumerated() where Int(faq) % lanes == lane {
            let gradient = probabilities[slot * width + candidate] - (candidate == 0 ? 1 : 0)
            guard abs(gradient) > 1e-4 else { continue }
            if !laidOut {
                questionVectors.forEachEntry(of: question) { row[Int($0)] = $1 }
                laidOut = true
            }
            let change = -rate * gradient
            for position in runStart[Int(faq)]..<runStart[Int(faq) + 1] {
                value[position] += change * row[Int(column[position])]
            }
        }
        if laidOut { questionVectors.forEachColumn(of: question) { row[Int($0)] = 0 } }
    }

    private func laneRow(_ lane: Int) -> UnsafeMutableBufferPointer<Float> {
        UnsafeMutableBufferPointer(rebasing: rows[(lane * columnCount)..<((lane + 1) * columnCount)])
    }

    /// The sum over `run` of each weight times the question's weight for its column, in four sums side
    /// by side: one running sum waits on every addition before the next.
    private func logit(row: UnsafeBufferPointer<Float>, in run: Range<Int>) -> Float {
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
}
