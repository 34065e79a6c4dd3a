import Foundation

/// The embeddings of every FAQ question and similar question, and of each FAQ's centroid, for retrieval by
/// meaning. Built when the engine is compiled; texts kept in an `EmbeddingStore` are read back rather than
/// embedded again.
///
/// Cosines are taken after centring on the shop's *anchor*: the mean of its questions and of a few generic
/// buyer questions (the calm sentiment prototypes, so a shop of three FAQs still has a sensible one). The
/// model's vectors all share a large common part, which puts any two buyer questions at 0.85–0.90 and
/// moves with the shop's trade and language; centred, unrelated questions sit near 0 and a paraphrase well
/// above, on the same scale in a clothing shop in Chinese as in an electronics shop in Portuguese.
struct SemanticIndex: Sendable {
    let dimension: Int
    /// The vector every other is centred on.
    let anchor: [Float]
    /// Row `q` is question `q`'s vector less the anchor, normalised.
    let questionVectors: [Float]
    /// `|question − anchor|` and (centred question · anchor) per question: enough to read the plain cosine
    /// back from the centred one (sentiment by meaning compares plain cosines).
    let questionLengths: [Float]
    let questionAnchorDots: [Float]
    /// The FAQ each question belongs to.
    let questionFAQ: [Int32]
    /// Each FAQ's first question, for scoring one FAQ without a scan.
    let firstQuestion: [Int32]
    /// Row `f` is the normalised mean of FAQ `f`'s centred questions.
    let centroids: [Float]
    var faqCount: Int { firstQuestion.count }

    /// The index of `questions` (FAQ `i`'s normalised questions in `questions[i]`), centred on the mean of
    /// those questions and of `generic` (unit vectors of generic buyer questions, row by row).
    init(questions: [[String]], generic: [Float], embeddings: TextEmbeddings) throws {
        let dimension = embeddings.dimension
        let flat = questions.flatMap { $0 }
        var vectors = try embeddings.vectors(of: flat)
        let anchor = Self.mean(of: [vectors, generic], dimension: dimension)
        var lengths: [Float] = []
        var anchorDots: [Float] = []
        for row in 0..<flat.count {
            for d in 0..<dimension { vectors[row * dimension + d] -= anchor[d] }
            lengths.append(Self.normalise(&vectors, row: row, dimension: dimension))
            anchorDots.append(
                vectors.withUnsafeBufferPointer { rows in
                    anchor.withUnsafeBufferPointer { Self.dot(rows, row: row, $0, dimension: dimension) }
                })
        }
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
        self.anchor = anchor
        self.questionVectors = vectors
        self.questionLengths = lengths
        self.questionAnchorDots = anchorDots
        self.questionFAQ = questionFAQ
        self.firstQuestion = firstQuestion
        self.centroids = centroids
    }

    /// A median of fewer FAQs than this says little about unrelated ones.
    static let baselineFAQs = 8

    /// A message's unit vector as the index compares it: less the anchor, normalised; and its plain cosine
    /// read back from a centred one to question `q` is `lengths[q] × (length × centred + anchorDots[q]) +
    /// anchorDot`.
    struct Centred {
        let vector: [Float]
        let length: Float
        let anchorDot: Float
    }

    func centred(_ query: [Float]) -> Centred {
        var vector = query
        var anchorDot: Float = 0
        for d in 0..<dimension {
            anchorDot += query[d] * anchor[d]
            vector[d] -= anchor[d]
        }
        let length = Self.normalise(&vector, row: 0, dimension: dimension)
        return Centred(vector: vector, length: length, anchorDot: anchorDot)
    }

    /// The message `query` (a unit vector) as the model sees it: the `keep` FAQs closest in meaning (by the
    /// mean of nearest-question and centroid centred cosine), best first, and what one pass over every FAQ
    /// tells besides (`SemanticQuery.baseline`, `.nearestQuestion`).
    func query(_ query: [Float], keep: Int) -> SemanticQuery {
        let centred = centred(query)
        guard faqCount > 0 else {
            return SemanticQuery(
                vector: query, centred: centred.vector, closest: [], baseline: nil, nearestQuestion: -1)
        }
        var nearest = [Float](repeating: -2, count: faqCount)
        var nearestQuestion = [Int32](repeating: 0, count: faqCount)
        var nearestPlain: Float = -1
        questionVectors.withUnsafeBufferPointer { rows in
            centred.vector.withUnsafeBufferPointer { vector in
                for question in 0..<questionFAQ.count {
                    let similarity = Self.dot(rows, row: question, vector, dimension: dimension)
                    let plain =
                        questionLengths[question] * (centred.length * similarity + questionAnchorDots[question])
                        + centred.anchorDot
                    nearestPlain = max(nearestPlain, plain)
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
            centred.vector.withUnsafeBufferPointer { vector in
                for faq in 0..<faqCount { centroid[faq] = Self.dot(rows, row: faq, vector, dimension: dimension) }
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
        return SemanticQuery(
            vector: query, centred: centred.vector, closest: scores, baseline: baseline, nearestQuestion: nearestPlain)
    }

    /// The score of one FAQ for a message (`centred`, as `SemanticQuery.centred`), for a lexical candidate
    /// that meaning alone did not rank high.
    func score(of faq: Int, for centred: [Float]) -> SemanticScore {
        let first = Int(firstQuestion[faq])
        let end = faq + 1 < faqCount ? Int(firstQuestion[faq + 1]) : questionFAQ.count
        var best: (Float, Int32) = (-2, Int32(first))
        questionVectors.withUnsafeBufferPointer { rows in
            centred.withUnsafeBufferPointer { query in
                for question in first..<end {
                    let similarity = Self.dot(rows, row: question, query, dimension: dimension)
                    if similarity > best.0 { best = (similarity, Int32(question)) }
                }
            }
        }
        let centroid = centroids.withUnsafeBufferPointer { rows in
            centred.withUnsafeBufferPointer { Self.dot(rows, row: faq, $0, dimension: dimension) }
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

    /// Scales `values`' row `row` to unit length (a zero row stays zero); returns its length before.
    @discardableResult
    static func normalise(_ values: inout [Float], row: Int, dimension: Int) -> Float {
        let range = row * dimension..<(row + 1) * dimension
        let norm = values[range].reduce(0) { $0 + $1 * $1 }.squareRoot()
        guard norm > 0 else { return 0 }
        for index in range { values[index] /= norm }
        return norm
    }

    /// The mean of the rows of `blocks`; zero when there are none.
    static func mean(of blocks: [[Float]], dimension: Int) -> [Float] {
        var sum = [Float](repeating: 0, count: dimension)
        var rows = 0
        for block in blocks {
            for row in 0..<block.count / dimension {
                for d in 0..<dimension { sum[d] += block[row * dimension + d] }
                rows += 1
            }
        }
        guard rows > 0 else { return sum }
        return sum.map { $0 / Float(rows) }
    }
}
