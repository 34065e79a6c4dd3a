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

    private let faqs: ItemShelf<FAQ>
    let index: FAQIndex
    let classifier: FAQClassifier
    /// Per-message retrieval buffers, one per concurrent answer.
    private let scratchPool: ScratchPool<RetrievalScratch>

    /// Compiles the index and trains the classifier for `faqs`, whose questions are `questions` (each FAQ's
    /// `FAQ.questions`), with synonym groups from `catalog`; `progress` is told how training goes.
    init(
        faqs: ItemShelf<FAQ>, questions: consuming [[String]], catalog: PhraseCatalog,
        progress: (any ProgressReporter)? = nil
    ) {
        let (index, questionVectors) = Self.indexed(questions: questions, catalog: catalog)
        let classifier = FAQClassifier(index: index, questionVectors: consume questionVectors, progress: progress)
        self.init(faqs: faqs, index: index, classifier: classifier)
    }

    /// The index of `questions` and their vectors, for training.
    static func indexed(questions: consuming [[String]], catalog: PhraseCatalog) -> (
        index: FAQIndex, questionVectors: QuestionVectors
    ) {
        // The texts are let go once indexed (15 MB at 100,000 items, through training otherwise).
        let indexed = FAQIndex.compile(questions: consume questions, catalog: catalog)
        // Compiling built and dropped its features and centroids on worker threads, where training cannot
        // reuse the memory.
        FreedMemory.returnToSystem()
        return indexed
    }

    /// The ranker over an index and classifier compiled for `faqs`.
    init(faqs: ItemShelf<FAQ>, index: FAQIndex, classifier: FAQClassifier) {
        self.faqs = faqs
        self.index = index
        self.classifier = classifier
        self.scratchPool = ScratchPool { index.makeScratch() }
    }

    /// The best candidates, most confident first; FAQs for which `isActive` is false are left out. With
    /// `meaning` (the sentence model's view of the message), the FAQs closest in meaning join the
    /// candidates, and their closeness adds to the reranker's logit and counts as evidence beside shared
    /// words (see `calibrate`).
    func rank(
        _ text: String, synonyms: [Int32], limit: Int = 5, meaning: SemanticRanking? = nil,
        isActive: (Int) -> Bool = { _ in true }
    ) -> [FAQCandidate] {
        let query = index.vector(of: text, synonyms: synonyms)
        guard !query.isEmpty || meaning != nil else { return [] }
        return scratchPool.withScratch { scratch in
            index.score(query, into: &scratch)
            let ranked = rank(query, scores: scratch, limit: limit, meaning: meaning, isActive: isActive)
            scratch.clear()
            return ranked
        }
    }

    /// `rank` once the message's retrieval scores are in `scores`.
    private func rank(
        _ query: SparseVector, scores: RetrievalScratch, limit: Int, meaning: SemanticRanking?,
        isActive: (Int) -> Bool
    ) -> [FAQCandidate] {
        // Only FAQs the message touched can score; an inactive one is not a candidate.
        var candidates = FAQClassifier.top(
            scores.touchedFAQs.lazy.map { ($0, scores.combined($0)) }, count: Self.candidateCount
        ) { isActive(Int($0)) }
        var semantic: [Int32: SemanticScore] = [:]
        if let meaning {
            for score in meaning.query.closest where isActive(Int(score.faq)) {
                semantic[score.faq] = score
                if !candidates.contains(score.faq) { candidates.append(score.faq) }
            }
            for faq in candidates where semantic[faq] == nil {
                semantic[faq] = meaning.index.score(of: Int(faq), for: meaning.query.centred)
            }
        }
        guard !candidates.isEmpty else { return [] }
        let logits = classifier.logits(for: query, candidates: candidates)
        let evidence = candidates.map {
            Self.meaningEvidence(semantic[$0]?.similarity)
        }
        let closest = candidates.map { semantic[$0]?.similarity ?? 0 }.max() ?? 0
        var probabilities = candidates.indices.map { position in
            Self.logit(
                classifier: logits[position], similarity: scores.combined(candidates[position]),
                meaning: evidence[position],
                behindClosest: (semantic[candidates[position]]?.similarity ?? closest) - closest)
        }
        FAQClassifier.softmax(&probabilities)
        let ranked = candidates.indices.sorted { probabilities[$0] > probabilities[$1] }
        return ranked.prefix(limit).map { position in
            let faq = Int(candidates[position])
            let probability = Double(probabilities[position])
            let question = scores.nearestQuestion[faq]
            let dense = semantic[Int32(faq)]
            return FAQCandidate(
                index: faq, id: faqs.ids[faq],
                confidence: Self.calibrate(
                    probability: probability, similarity: Double(scores.combined(Int32(faq))),
                    meaning: evidence[position],
                    wordTrust: Self.wordTrust(dense?.similarity, baseline: meaning?.query.baseline)),
                nearest: Double(scores.nearest[faq]), centroid: Double(scores.centroid[faq]),
                classifier: probability,
                closestQuestion: question >= 0 ? text(ofQuestion: Int(question)) : faqs[faq].item.question,
                meaning: dense.map { Double($0.similarity) },
                closestInMeaning: dense.map { text(ofQuestion: Int($0.nearestQuestion)) })
        }
    }

    /// A question's words as written: each FAQ's questions are indexed together, its `question` first and
    /// then its `similar` ones. Looked up from the FAQ rather than kept as a list, so that a kept engine
    /// decodes only the FAQs an answer names.
    private func text(ofQuestion question: Int) -> String {
        let faq = index.questionFAQ[question]
        var first = question
        while first > 0, index.questionFAQ[first - 1] == faq { first -= 1 }
        let item = faqs[Int(faq)].item
        return first == question ? item.question : item.similar[question - first - 1]
    }

    /// A candidate's logit among the others: the reranker's, its shared words (`similarity`), its closeness
    /// in meaning as evidence (`meaning`, see `meaningEvidence`) and how far it trails the candidate closest
    /// in meaning (`behindClosest`, zero or less). Evidence saturates, so several close FAQs all earn the
    /// whole meaning weight; without the last term the words alone would choose among them.
    static func logit(classifier: Float, similarity: Float, meaning: Double, behindClosest: Float) -> Float {
        classifier + similarityWeight * similarity + meaningWeight * Float(meaning) + meaningGapWeight * behindClosest
    }

    /// One number from the kinds of evidence: the reranker is sure among the candidates, and the message
    /// really is close to the FAQ, in shared words (an out-of-scope question can look like one FAQ more
    /// than the others while sharing few words with any; `wordTrust` is how far meaning lets them count)
    /// or, with the sentence model, in meaning (`meaning` is the evidence of `meaningEvidence`). Tuned on
    /// CLINC150's validation split and the tuning sets of the sentence model (see `meaningWeight`).
    static func calibrate(probability: Double, similarity: Double, meaning: Double = 0, wordTrust: Double = 1) -> Double
    {
        probability * max(min(1, similarity / 0.5) * wordTrust, meaning)
    }

    /// How far shared words may vouch for a candidate, in 0…1: with the model, not at all when the candidate
    /// stands less than `wordTrustFloor` above the message's baseline (the median closeness of the shop's
    /// FAQs, that is of its unrelated ones), fully from `wordTrustCeiling` above it. A stranger can share most of its words with one
    /// question (what is the weather in Paris, What is in the box?) while meaning nothing like it. Without
    /// the model, or in a shop too small for a baseline, words are trusted as before.
    static func wordTrust(_ similarity: Float?, baseline: Float?) -> Double {
        guard let similarity, let baseline else { return 1 }
        return Double(min(1, max(0, (similarity - baseline - wordTrustFloor) / (wordTrustCeiling - wordTrustFloor))))
    }

    /// How much closeness in meaning counts in the reranker's logit. This and the constants below were
    /// chosen on the tuning sets (the tuning half of the engine's paraphrase set, and the sets written for
    /// the 1688 and AliExpress samples in Tests/KefuSemanticTests/Fixtures/tuning/) and on CLINC150's
    /// validation split, with the sample shops' own conversation tests passing; the held-out sets were
    /// never looked at to choose them. All closeness here is the centred cosine of `SemanticIndex`.
    static let meaningWeight: Float = 16
    /// How much a candidate's distance in meaning behind the closest candidate costs in the logit: 0.08 of
    /// centred cosine behind costs about one unit, where the evidence above has long saturated. Chosen over
    /// 0, 3, 6, 12 and 20 (12: CLINC150's validation split, 10 per intent, 83.1 → 83.8 % in scope against 6).
    static let meaningGapWeight: Float = 12
    /// Shared words count fully from `wordTrustCeiling` above the message's baseline, not at all below
    /// `wordTrustFloor` above it. Chosen over floors 0.05 to 0.30 and ranges 0.10 to 0.20.
    static let wordTrustFloor: Float = 0.10
    static let wordTrustCeiling: Float = 0.30
    /// Centred, unrelated questions sit around 0 to 0.3 and paraphrases around 0.4 to 0.7: below
    /// `meaningFloor` closeness is no evidence, at `meaningCeiling` it is full evidence, so an answer at
    /// the default threshold (0.4) needs about 0.36. Chosen over floors 0.25 to 0.40 and ceilings 0.40 to
    /// 0.55; the best threshold of nearest-question-and-centroid closeness alone sits at 0.35–0.43 on every
    /// tuning set and at 0.33 on CLINC150's validation split, where uncentred cosines wanted 0.885 in one
    /// shop and 0.92 in another.
    static let meaningFloor: Float = 0.30
    static let meaningCeiling: Float = 0.45

    /// Closeness in meaning as evidence in 0…1.
    static func meaningEvidence(_ similarity: Float?) -> Double {
        guard let similarity else { return 0 }
        return Double(min(1, max(0, (similarity - meaningFloor) / (meaningCeiling - meaningFloor))))
    }
}
