import KefuCore

/// Each training question's closest other FAQs by centroid cosine: the hard negatives the classifier
/// learns to tell its own FAQ from. Found from the FAQs the question's columns touch, in scratch buffers
/// reused across a run of questions, rather than by scoring and scanning every FAQ for every question;
/// and only through columns held by at most `postingCap` FAQs, so a question's cost is bounded whatever
/// the bundle's size and compiling grows linearly. Up to 64 × `postingCap` FAQs no column is left out
/// (the index keeps no longer postings), and the negatives are exactly those of a full scan.
enum HardNegatives {
    /// Columns held by more FAQs than this are common words: they find no close FAQ worth learning from.
    static let postingCap = 512
    /// Questions per run of work: one scratch buffer each.
    static let chunkSize = 512

    /// For every question: its own FAQ, then its `count` closest other FAQs, closest first (ties by index).
    static func candidateSets(
        index: FAQIndex, questionVectors: [SparseVector], count: Int, postingCap: Int = postingCap
    ) -> [[Int32]] {
        ParallelMap.map(Array(questionVectors.indices), chunkSize: chunkSize) { questions in
            var scores = [Float](repeating: 0, count: index.faqCount)
            var touched: [Int32] = []
            return questions.map { question in
                let vector = questionVectors[question]
                for (column, weight) in zip(vector.columns, vector.weights) {
                    let start = Int(index.centroidStart[Int(column)])
                    let end = Int(index.centroidStart[Int(column) + 1])
                    guard end - start <= postingCap else { continue }
                    for posting in start..<end {
                        let faq = index.centroidFAQ[posting]
                        if scores[Int(faq)] == 0 { touched.append(faq) }
                        scores[Int(faq)] += weight * index.centroidWeight[posting]
                    }
                }
                let own = index.questionFAQ[question]
                let closest = FAQClassifier.top(touched.lazy.map { ($0, scores[Int($0)]) }, count: count + 1)
                for faq in touched { scores[Int(faq)] = 0 }
                touched.removeAll(keepingCapacity: true)
                return [own] + closest.filter { $0 != own }.prefix(count)
            }
        }
    }
}
