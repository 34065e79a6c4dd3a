import KefuCore

/// How alike each FAQ question is to its own entry's other questions and to every other entry's
/// questions, taken together (centroids), in the engine's own retrieval space. The question itself is
/// left out of its entry, or it would always be nearest. A question much nearer another entry than its
/// own is one buyers get the other answer for: `kefu check` reports it (K105).
public struct QuestionNeighbours: Sendable {
    /// A question nearer another entry than its own.
    public struct Misplaced: Sendable, Equatable {
        /// Indices into `EngineContent.faqs`.
        public let faq: Int
        public let question: String
        /// The similarity to the entry's other questions taken together (0 when it has none).
        public let ownSimilarity: Double
        public let other: Int
        /// The other entry's question nearest this one.
        public let otherQuestion: String
        public let otherSimilarity: Double
    }

    private let index: FAQIndex
    private let questionVectors: QuestionVectors
    private let questions: [String]
    /// Each FAQ's questions summed (not normalised), so one question can be taken out of its own.
    private let centroids: [[Int32: Float]]
    private let centroidNormSquared: [Float]

    public init(content: EngineContent) {
        let catalog = PhraseCatalog(rules: content.rules, lexicons: content.lexicons)
        let (index, questionVectors) = FAQIndex.compile(
            questions: content.faqs.map(\.item.questions), catalog: catalog)
        var centroids = [[Int32: Float]](repeating: [:], count: content.faqs.count)
        for (question, vector) in questionVectors.enumerated() {
            for (column, weight) in zip(vector.columns, vector.weights) {
                centroids[Int(index.questionFAQ[question])][column, default: 0] += weight
            }
        }
        self.index = index
        self.questionVectors = questionVectors
        self.questions = content.faqs.flatMap(\.item.questions)
        self.centroids = centroids
        self.centroidNormSquared = centroids.map { $0.values.reduce(0) { $0 + $1 * $1 } }
    }

    /// The questions at least `minimum` alike (cosine) to another entry's questions taken together, and
    /// more alike, by `margin`, than to the rest of their own entry's questions.
    public func misplaced(minimum: Double, margin: Double) -> [Misplaced] {
        var found: [Misplaced] = []
        // One scratch for every question, cleared after each: a check scores every question of the bundle.
        var scratch = index.makeScratch()
        for question in questions.indices {
            let vector = questionVectors[question]
            guard !vector.isEmpty else { continue }
            let own = Int(index.questionFAQ[question])
            index.scoreQuestions(vector, into: &scratch)
            defer { scratch.clear() }
            let others = Set(scratch.touchedQuestions.map { Int(index.questionFAQ[Int($0)]) }).subtracting([own])
            var best: (faq: Int, similarity: Float) = (-1, 0)
            for faq in others.sorted() {
                let similarity = dot(vector, faq) / centroidNormSquared[faq].squareRoot()
                if similarity > best.similarity { best = (faq, similarity) }
            }
            // Own entry without this question: (C - v)·v / |C - v|, with |v| = 1.
            let overlap = dot(vector, own)
            let remainder = max(0, centroidNormSquared[own] - 2 * overlap + 1).squareRoot()
            let ownSimilarity = remainder > 1e-4 ? (overlap - 1) / remainder : 0
            guard best.faq >= 0, Double(best.similarity) >= minimum,
                Double(best.similarity - ownSimilarity) > margin
            else { continue }
            found.append(
                Misplaced(
                    faq: own, question: questions[question], ownSimilarity: Double(ownSimilarity),
                    other: best.faq,
                    otherQuestion: nearestQuestion(in: best.faq, scores: scratch),
                    otherSimilarity: Double(best.similarity)))
        }
        return found
    }

    private func dot(_ vector: SparseVector, _ faq: Int) -> Float {
        zip(vector.columns, vector.weights).reduce(0) { $0 + $1.1 * (centroids[faq][$1.0] ?? 0) }
    }

    /// The written question of `faq` nearest the one scored, to name in the finding.
    private func nearestQuestion(in faq: Int, scores: RetrievalScratch) -> String {
        let nearest = scores.touchedQuestions.filter { Int(index.questionFAQ[Int($0)]) == faq }.max {
            (scores.questionScore[Int($0)], -$0) < (scores.questionScore[Int($1)], -$1)
        }
        return nearest.map { questions[Int($0)] } ?? ""
    }
}
