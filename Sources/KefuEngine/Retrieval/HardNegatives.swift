import KefuCore

/// Each training question's closest other FAQs by centroid cosine: the hard negatives the classifier
/// learns to tell its own FAQ from. Found from the FAQs the question's columns touch, scored as answering
/// scores a message (`FAQIndex.scoreCentroids`) into a scratch reused across a run of questions, rather
/// than by scoring and scanning every FAQ for every question; and only through columns held by at most
/// `postingCap` FAQs, so a question's cost is bounded whatever the bundle's size. Up to 64 × `postingCap`
/// FAQs no column is left out (the index keeps no longer postings), and the negatives are exactly those
/// of a full scan.
enum HardNegatives {
    /// Columns held by more FAQs than this are common words: they find no close FAQ worth learning from.
    static let postingCap = 512
    /// Questions per run of work: one scratch buffer each.
    static let chunkSize = 512

    /// For every question: its own FAQ, then its `count` closest other FAQs, closest first (ties by index).
    static func candidateSets(
        index: FAQIndex, questionVectors: QuestionVectors, count: Int, postingCap: Int = postingCap
    ) -> CandidateSets {
        let runs = Array(stride(from: 0, to: questionVectors.count, by: chunkSize))
        let parts = ParallelMap.map(runs) { first in
            var scratch = index.makeScratch()
            var sets = CandidateSets()
            for question in first..<min(first + chunkSize, questionVectors.count) {
                index.scoreCentroids(questionVectors[question], into: &scratch, postingCap: postingCap)
                let own = index.questionFAQ[question]
                let closest = FAQClassifier.top(
                    scratch.touchedFAQs.lazy.map { ($0, scratch.centroid[Int($0)]) }, count: count + 1)
                scratch.clear()
                sets.append([own] + closest.filter { $0 != own }.prefix(count))
            }
            return sets
        }
        return CandidateSets(joining: parts)
    }
}
