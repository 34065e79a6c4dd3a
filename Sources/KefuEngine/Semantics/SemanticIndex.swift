import Foundation

/// The embeddings of every FAQ question and similar question, and of each FAQ's centroid (the normalised
/// mean of its questions), for retrieval by meaning. Built when the engine is compiled; texts kept in an
/// `EmbeddingStore` are read back rather than embedded again.
struct SemanticIndex: Sendable {
    let dimension: Int
    /// Row `q` is question `q`'s unit vector.
    let questionVectors: [Float]
    /// The FAQ each question belongs to.
    let questionFAQ: [Int32]
    /// Each FAQ's first question, for scoring one FAQ without a scan.
    let firstQuestion: [Int32]
    /// Row `f` is FAQ `f`'s unit centroid.
    let centroids: [Float]
    var faqCount: Int { firstQuestion.count }

    /// The index of `questions` (FAQ `i`'s normalised questions in `questions[i]`).
    init(questions: [[String]], embeddings: TextEmbeddings) throws {
        let dimension = embeddings.dimension
        let flat = questions.flatMap { $0 }
        let vectors = try embeddings.vectors(of: flat)
        var questionFAQ: [Int32] = []
        var firstQuestion: [Int32] = []
        var centroids = [Float](repeating: 0, count: questions.count * dimension)
        var row = 0
        for (faq, texts) in questions.enumerated() {
            firstQuestion.append(Int32(row))
            for _ in texts {
                questionFAQ.append(Int32(faq))
                for d in 0..<dimension { centroids[faq * dimension + d] += vectors[row * dimension + d] }
                row += 1
            }
            Self.normalise(&centroids, row: faq, dimension: dimension)
        }
        self.dimension = dimension
        self.questionVectors = vectors
        self.questionFAQ = questionFAQ
        self.firstQuestion = firstQuestion
        self.centroids = centroids
    }

    /// A median of fewer FAQs than this says little about unrelated ones.
    static let baselineFAQs = 8

    /// The message `query` as the model sees it: the `keep` FAQs closest in meaning (by the mean of
    /// nearest-question and centroid cosine), best first, and what one pass over every FAQ tells besides
    /// (`SemanticQuery.baseline`, `.nearestQuestion`).
    func query(_ query: [Float], keep: Int) -> SemanticQuery {
        guard faqCount > 0 else { return SemanticQuery(vector: query, closest: [], baseline: nil, nearestQuestion: -1) }
        var nearest = [Float](repeating: -1, count: faqCount)
        var nearestQuestion = [Int32](repeating: 0, count: faqCount)
        questionVectors.withUnsafeBufferPointer { rows in
            query.withUnsafeBufferPointer { query in
                for question in 0..<questionFAQ.count {
                    let similarity = Self.dot(rows, row: question, query, dimension: dimension)
                    let faq = Int(questionFAQ[question])
                    if similarity > nearest[faq] {
                        nearest[faq] = similarity
                        nearestQuestion[faq] = Int32(question)
                    }
                }
            }
        }
        var centroid = [Float](repeating: 0, count: faqCount)
        centroids.withUnsafeBufferPointer { rows in
            query.withUnsafeBufferPointer { query in
                for faq in 0..<faqCount { centroid[faq] = Self.dot(rows, row: faq, query, dimension: dimension) }
            }
        }
        // The best `keep` without sorting every FAQ; shifted by 2 because `top` keeps positive scores only.
        let shifted = (0..<faqCount).map { 2 + (nearest[$0] + centroid[$0]) / 2 }
        let scores = FAQClassifier.top(shifted, count: keep).map { faq in
            let faq = Int(faq)
            return SemanticScore(
                faq: Int32(faq), nearest: nearest[faq], centroid: centroid[faq], nearestQuestion: nearestQuestion[faq])
        }
        let baseline = faqCount < Self.baselineFAQs ? nil : shifted.sorted()[faqCount / 2] - 2
        return SemanticQuery(vector: query, closest: scores, baseline: baseline, nearestQuestion: nearest.max() ?? -1)
    }

    /// The score of one FAQ, for a lexical candidate that meaning alone did not rank high.
    func score(of faq: Int, for query: [Float]) -> SemanticScore {
        let first = Int(firstQuestion[faq])
        let end = faq + 1 < faqCount ? Int(firstQuestion[faq + 1]) : questionFAQ.count
        var best: (Float, Int32) = (-1, Int32(first))
        questionVectors.withUnsafeBufferPointer { rows in
            query.withUnsafeBufferPointer { query in
                for question in first..<end {
                    let similarity = Self.dot(rows, row: question, query, dimension: dimension)
                    if similarity > best.0 { best = (similarity, Int32(question)) }
                }
            }
        }
        let centroid = centroids.withUnsafeBufferPointer { rows in
            query.withUnsafeBufferPointer { Self.dot(rows, row: faq, $0, dimension: dimension) }
        }
        return SemanticScore(faq: Int32(faq), nearest: best.0, centroid: centroid, nearestQuestion: best.1)
    }

    static func dot(
        _ rows: UnsafeBufferPointer<Float>, row: Int, _ query: UnsafeBufferPointer<Float>, dimension: Int
    ) -> Float {
        var sum: Float = 0
        let base = row * dimension
        for d in 0..<dimension { sum += rows[base + d] * query[d] }
        return sum
    }

    static func normalise(_ values: inout [Float], row: Int, dimension: Int) {
        let range = row * dimension..<(row + 1) * dimension
        let norm = values[range].reduce(0) { $0 + $1 * $1 }.squareRoot()
        guard norm > 0 else { return }
        for index in range { values[index] /= norm }
    }
}
