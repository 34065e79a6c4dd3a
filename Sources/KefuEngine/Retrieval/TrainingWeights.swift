import KefuCore

/// The classifier's weights while it trains, laid out as it keeps them: for each FAQ, one weight for
/// every feature column of its own questions, sorted by column. A FAQ has no weight for a word none of its
/// questions use: as a hard negative it learns only through the words it shares with the question (the
/// softmax then weighs the question's own words against them). That keeps each FAQ's run short (300
/// weights, not 1,300 at 100,000 items, where it held every column of every question it was a negative
/// of), so training can walk a candidate's whole run in order instead of keeping where each question's
/// columns sit in each candidate's run: those tables were 670 MB at 100,000 items. What it cost on
/// CLINC150 and the paraphrase sets is in Documentation/Performance.md (sixth round).
/// Every weight starts at 0, as an absent one reads.
struct TrainingWeights {
    /// FAQ `f`'s weights: `column[start[f]..<start[f+1]]` and `value[…]`.
    private(set) var start: [Int]
    private(set) var column: [Int32]
    var value: [Float]
    /// One past the largest column any question uses.
    let columnCount: Int

    /// The layout for `questionVectors`, question `q` belonging to FAQ `questionFAQ[q]`, each FAQ's
    /// questions consecutive (as `FAQIndex` numbers them); built on all cores.
    init(faqCount: Int, questionVectors: [SparseVector], questionFAQ: [Int32]) {
        precondition(zip(questionFAQ, questionFAQ.dropFirst()).allSatisfy { $0 <= $1 }, "questions out of FAQ order")
        // FAQ `f`'s questions are `questionStart[f]..<questionStart[f + 1]`.
        var questionStart = [Int](repeating: 0, count: faqCount + 1)
        for faq in questionFAQ { questionStart[Int(faq) + 1] += 1 }
        for faq in 0..<faqCount { questionStart[faq + 1] += questionStart[faq] }
        // Each question's columns are sorted: the largest last.
        let columnCount = Int(questionVectors.map { $0.columns.last ?? -1 }.max() ?? -1) + 1
        self.columnCount = columnCount
        var runs = ParallelMap.map(Array(0..<faqCount), chunkSize: 256) { [questionStart] faqs in
            // Columns already taken for the FAQ at hand, cleared after each: only the distinct ones are
            // sorted (sorting every question's columns, repeats and all, was a tenth of compiling).
            var seen = [Bool](repeating: false, count: columnCount)
            return faqs.map { faq in
                var columns: [Int32] = []
                for vector in questionVectors[questionStart[faq]..<questionStart[faq + 1]] {
                    for column in vector.columns where !seen[Int(column)] {
                        seen[Int(column)] = true
                        columns.append(column)
                    }
                }
                for column in columns { seen[Int(column)] = false }
                columns.sort()
                return columns
            }
        }
        start = [0]
        start.reserveCapacity(faqCount + 1)
        for run in runs { start.append(start[start.count - 1] + run.count) }
        // Each run is let go as it is copied, so the runs and the layout are not held twice over.
        column = []
        column.reserveCapacity(start[faqCount])
        for faq in runs.indices {
            column += runs[faq]
            runs[faq] = []
        }
        // The runs were made and dropped on worker threads; the main thread could not reuse that memory.
        FreedMemory.returnToSystem()
        value = [Float](repeating: 0, count: column.count)
    }

    /// The classifier: each FAQ's weights that training moved away from 0, still sorted by column. They are
    /// moved down in place (a kept weight never sits after where it was), so the layout and the kept
    /// weights are not held side by side (at 100,000 items, 100 MB).
    consuming func classifier() -> FAQClassifier {
        var kept: [Int32] = [0]
        kept.reserveCapacity(start.count)
        var keptCount = 0
        for faq in 0..<(start.count - 1) {
            for position in start[faq]..<start[faq + 1] where abs(value[position]) > 1e-4 {
                column[keptCount] = column[position]
                value[keptCount] = value[position]
                keptCount += 1
            }
            kept.append(Int32(keptCount))
        }
        column.removeLast(column.count - keptCount)
        value.removeLast(value.count - keptCount)
        return FAQClassifier(start: kept, weightColumn: column, weightValue: value)
    }
}
