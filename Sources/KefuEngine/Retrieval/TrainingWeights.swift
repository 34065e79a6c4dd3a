import KefuCore

/// The classifier's weights while it trains, laid out as it keeps them: for each FAQ, one weight for
/// every feature column of every question it is trained on (its own questions, and those it is a hard
/// negative of), sorted by column. Those are all the weights training can touch, so the layout is known
/// before the first step, and a candidate's weights for a question are one short run, searched by
/// galloping, instead of a hash-table probe per weight (a cache miss each on a large bundle: three
/// quarters of compiling). Every weight starts at 0, as an absent one in a table reads.
struct TrainingWeights {
    /// FAQ `f`'s weights: `column[start[f]..<start[f+1]]` and `value[…]`.
    private(set) var start: [Int]
    private(set) var column: [Int32]
    var value: [Float]

    /// The layout for `candidateSets` (for each question, the FAQs it trains: its own, then its hard
    /// negatives) over `questionVectors`; built on all cores.
    init(faqCount: Int, questionVectors: [SparseVector], candidateSets: [[Int32]]) {
        // The questions each FAQ is trained on, in the same compressed layout.
        var questionStart = [Int](repeating: 0, count: faqCount + 1)
        for candidates in candidateSets { for faq in candidates { questionStart[Int(faq) + 1] += 1 } }
        for faq in 0..<faqCount { questionStart[faq + 1] += questionStart[faq] }
        var fill = questionStart
        var trainedOn = [Int32](repeating: 0, count: questionStart[faqCount])
        for (question, candidates) in candidateSets.enumerated() {
            for faq in candidates {
                trainedOn[fill[Int(faq)]] = Int32(question)
                fill[Int(faq)] += 1
            }
        }
        let (questionsStart, questions) = (questionStart, trainedOn)
        // Each question's columns are sorted: the largest last.
        let columnCount = Int(questionVectors.map { $0.columns.last ?? -1 }.max() ?? -1) + 1
        var runs = ParallelMap.map(Array(0..<faqCount), chunkSize: 256) { faqs in
            // Columns already taken for the FAQ at hand, cleared after each: only the distinct ones are
            // sorted (sorting every question's columns, repeats and all, was a tenth of compiling).
            var seen = [Bool](repeating: false, count: columnCount)
            return faqs.map { faq in
                var columns: [Int32] = []
                for question in questions[questionsStart[faq]..<questionsStart[faq + 1]] {
                    for column in questionVectors[Int(question)].columns where !seen[Int(column)] {
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
        value = [Float](repeating: 0, count: column.count)
    }

    /// Where each of `vector`'s columns is kept in `faq`'s run, appended to `positions`. `faq` must be
    /// trained on a question with those columns (every one is then found).
    func positions(of vector: SparseVector, in faq: Int32, into positions: inout [Int32]) {
        var low = start[Int(faq)]
        let upper = start[Int(faq) + 1]
        for wanted in vector.columns {
            low = SortedColumns.gallop(to: wanted, in: column, from: low, upTo: upper)
            assert(low < upper && column[low] == wanted, "FAQ \(faq) is not trained on this question")
            positions.append(Int32(low))
        }
    }

    /// The most weights any one FAQ has.
    var longestRun: Int { zip(start, start.dropFirst()).map { $1 - $0 }.max() ?? 0 }

    /// For each question, where its columns are kept in each of its candidates' runs, as offsets from the
    /// run's start, candidate after candidate. They are the same in every epoch, so they are found once,
    /// on all cores, and training only reads them. One array per question, made where it is found:
    /// copying them into one would touch all that memory a second time on one core (at 100,000 items,
    /// 430 MB and two seconds). `Slot` must hold `longestRun`.
    func slots<Slot: FixedWidthInteger & UnsignedInteger & Sendable>(
        _ type: Slot.Type, of questionVectors: [SparseVector], candidateSets: [[Int32]]
    ) -> [[Slot]] {
        precondition(longestRun <= Int(Slot.max), "a run longer than a slot can name")
        return ParallelMap.map(Array(questionVectors.indices), chunkSize: 512) { questions in
            var found: [Int32] = []
            return questions.map { question in
                var offsets: [Slot] = []
                offsets.reserveCapacity(candidateSets[question].count * questionVectors[question].columns.count)
                for faq in candidateSets[question] {
                    found.removeAll(keepingCapacity: true)
                    positions(of: questionVectors[question], in: faq, into: &found)
                    let run = start[Int(faq)]
                    for position in found { offsets.append(Slot(Int(position) - run)) }
                }
                return offsets
            }
        }
    }

    /// The classifier: each FAQ's weights that training moved away from 0, still sorted by column.
    func classifier() -> FAQClassifier {
        // Counted first, so the kept arrays are made once at their size rather than grown by doubling.
        let keptCount = value.reduce(0) { abs($1) > 1e-4 ? $0 + 1 : $0 }
        var kept: [Int32] = [0]
        kept.reserveCapacity(start.count)
        var keptColumn: [Int32] = []
        keptColumn.reserveCapacity(keptCount)
        var keptValue: [Float] = []
        keptValue.reserveCapacity(keptCount)
        for faq in 0..<(start.count - 1) {
            for position in start[faq]..<start[faq + 1] where abs(value[position]) > 1e-4 {
                keptColumn.append(column[position])
                keptValue.append(value[position])
            }
            kept.append(Int32(keptColumn.count))
        }
        return FAQClassifier(start: kept, weightColumn: keptColumn, weightValue: keptValue)
    }
}
