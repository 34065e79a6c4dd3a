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
        var runs = ParallelMap.map(Array(0..<faqCount), chunkSize: 256) { faqs in
            faqs.map { faq in
                let trained = questions[questionsStart[faq]..<questionsStart[faq + 1]]
                var columns: [Int32] = []
                columns.reserveCapacity(trained.reduce(0) { $0 + questionVectors[Int($1)].columns.count })
                for question in trained { columns += questionVectors[Int(question)].columns }
                columns.sort()
                var kept = 0
                for position in columns.indices where kept == 0 || columns[position] != columns[kept - 1] {
                    columns[kept] = columns[position]
                    kept += 1
                }
                // A copy of the distinct columns alone: the run kept every question's columns, repeats and
                // all, and held on to that room (at 100,000 items, a gigabyte over every FAQ).
                return Array(columns[..<kept])
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
    func positions(of vector: SparseVector, in faq: Int32, into positions: inout [Int]) {
        var low = start[Int(faq)]
        let upper = start[Int(faq) + 1]
        for wanted in vector.columns {
            low = SortedColumns.gallop(to: wanted, in: column, from: low, upTo: upper)
            assert(low < upper && column[low] == wanted, "FAQ \(faq) is not trained on this question")
            positions.append(low)
        }
    }

    /// The classifier: each FAQ's weights that training moved away from 0, still sorted by column.
    func classifier() -> FAQClassifier {
        var kept: [Int32] = [0]
        var keptColumn: [Int32] = []
        var keptValue: [Float] = []
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
