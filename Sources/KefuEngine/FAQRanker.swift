import Foundation
import KefuCore

/// Ranks FAQs for a message: retrieval (nearest question and centroid) proposes candidates, the
/// classifier reranks them, and both combine into one confidence in 0…1 that the bundle's thresholds
/// read. Inactive FAQs take no part.
struct FAQRanker: Sendable {
    /// How many retrieval candidates the classifier reranks.
    static let candidateCount = 10
    /// How much retrieval similarity counts next to the classifier in the final logit.
    static let similarityWeight: Float = 4

    private let faqs: [Sourced<FAQ>]
    private let questions: [String]
    let index: FAQIndex
    let classifier: FAQClassifier

    /// Compiles the index and trains the classifier for `faqs`, with synonym groups from `catalog`.
    init(faqs: [Sourced<FAQ>], catalog: PhraseCatalog) {
        let (index, questionVectors) = FAQIndex.compile(faqs: faqs, catalog: catalog)
        self.init(faqs: faqs, index: index, classifier: FAQClassifier(index: index, questionVectors: questionVectors))
    }

    /// The ranker over an index and classifier compiled for `faqs`.
    init(faqs: [Sourced<FAQ>], index: FAQIndex, classifier: FAQClassifier) {
        self.faqs = faqs
        self.questions = faqs.flatMap { [$0.item.question] + $0.item.similar }
        self.index = index
        self.classifier = classifier
    }

    /// The best candidates, most confident first; FAQs for which `isActive` is false are left out.
    func rank(_ text: String, synonyms: [Int32], limit: Int = 5, isActive: (Int) -> Bool = { _ in true })
        -> [FAQCandidate]
    {
        let query = index.vector(of: text, synonyms: synonyms)
        guard !query.isEmpty else { return [] }
        let scores = index.similarities(to: query)
        var combined = zip(scores.nearest, scores.centroid).map { ($0 + $1) / 2 }
        for faq in combined.indices where combined[faq] > 0 && !isActive(faq) { combined[faq] = 0 }
        let candidates = FAQClassifier.top(combined, count: Self.candidateCount)
        guard !candidates.isEmpty else { return [] }
        let logits = classifier.logits(for: query, candidates: candidates)
        var probabilities = zip(logits, candidates).map { $0 + Self.similarityWeight * combined[Int($1)] }
        FAQClassifier.softmax(&probabilities)
        let ranked = candidates.indices.sorted { probabilities[$0] > probabilities[$1] }
        return ranked.prefix(limit).map { position in
            let faq = Int(candidates[position])
            let similarity = Double(combined[faq])
            let probability = Double(probabilities[position])
            let question = scores.nearestQuestion[faq]
            return FAQCandidate(
                index: faq, id: faqs[faq].item.id,
                confidence: Self.calibrate(probability: probability, similarity: similarity),
                nearest: Double(scores.nearest[faq]), centroid: Double(scores.centroid[faq]),
                classifier: probability,
                closestQuestion: question >= 0 ? questions[Int(question)] : faqs[faq].item.question)
        }
    }

    /// One number from the two kinds of evidence: the classifier is sure among the candidates, and the
    /// words really overlap (an out-of-scope question can look like one FAQ more than the others while
    /// sharing few words with any). Tuned on CLINC150's validation split.
    static func calibrate(probability: Double, similarity: Double) -> Double {
        probability * min(1, similarity / 0.5)
    }
}
