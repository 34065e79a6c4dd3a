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
    /// The index's column count: every weight's column is below it.
    let columnCount: Int

    /// The layout for `index`'s questions, whose vectors are `questionVectors`: each FAQ's questions are
    /// consecutive there (`FAQIndex.questionFAQ`). Built on all cores. Handed the last copy of the index,
    /// it lets the index go before the layout is made (at 100,000 items, 26 MB less at training's peak).
    init(index: consuming FAQIndex, questionVectors: QuestionVectors) {
        let (faqCount, questionFAQ, columnCount) = (index.faqCount, index.questionFAQ, index.columnCount)
        _ = consume index
        // Given back, or the layout would not reuse the index's pages (they sit between other allocations).
        FreedMemory.returnToSystem()
        precondition(zip(questionFAQ, questionFAQ.dropFirst()).allSatisfy { $0 <= $1 }, "questions out of FAQ order")
        // FAQ `f`'s questions are `questionStart[f]..<questionStart[f + 1]`.
        var questionStart = [Int](repeating: 0, count: faqCount + 1)
        for faq in questionFAQ { questionStart[Int(faq) + 1] += 1 }
        for faq in 0..<faqCount { questionStart[faq + 1] += questionStart[faq] }
        self.columnCount = columnCount
        // Each FAQ's distinct columns are counted first, then written straight into its place in the
        // layout and sorted there: runs made on their own and then copied in held the layout twice at
        // the peak (33 MB at 100,000 items). Only the distinct columns are sorted (sorting every
        // question's columns, repeats and all, was a tenth of compiling).
        let faqs = Array(0..<faqCount)
        let counts = ParallelMap.map(faqs, chunkSize: 256) { [questionStart] faqs in
            var seen = [Bool](repeating: false, count: columnCount)
            return faqs.map { faq in
                var count = 0
                questionVectors.forEachDistinctColumn(of: questionStart[faq]..<questionStart[faq + 1], seen: &seen) {
                    _ in count += 1
                }
                return count
            }
        }
        var start = [0]
        start.reserveCapacity(faqCount + 1)
        for count in counts { start.append(start[start.count - 1] + count) }
        var column = [Int32](repeating: 0, count: start[faqCount])
        column.withUnsafeMutableBufferPointer { layout in
            // Each FAQ writes only its own range of the layout.
            nonisolated(unsafe) let layout = layout
            _ = ParallelMap.map(faqs, chunkSize: 256) { [questionStart, start] faqs in
                var seen = [Bool](repeating: false, count: columnCount)
                for faq in faqs {
                    var position = start[faq]
                    questionVectors.forEachDistinctColumn(
                        of: questionStart[faq]..<questionStart[faq + 1], seen: &seen
                    ) {
                        layout[position] = $0
                        position += 1
                    }
                    var run = UnsafeMutableBufferPointer(rebasing: layout[start[faq]..<start[faq + 1]])
                    run.sort()
                }
                return [Bool]()
            }
        }
        self.start = start
        self.column = column
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
