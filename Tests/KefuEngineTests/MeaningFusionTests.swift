import Testing

@testable import KefuEngine

/// How closeness in meaning enters a candidate's logit (`FAQRanker.logit`).
@Suite struct MeaningFusionTests {
    /// Two FAQs both close enough in meaning to earn the whole evidence: the one the words lean to by half a
    /// logit must still lose to the one clearly closer in meaning. With evidence alone they tie on meaning
    /// and the words decide.
    @Test func theCloserInMeaningWinsWhenBothAreSaturated() {
        let closer = FAQRanker.logit(classifier: 0, similarity: 0.2, meaning: 1, behindClosest: 0)
        let wordier = FAQRanker.logit(classifier: 0.5, similarity: 0.2, meaning: 1, behindClosest: -0.1)
        #expect(FAQRanker.meaningEvidence(0.6) == 1 && FAQRanker.meaningEvidence(0.43) > 0.8)
        #expect(FAQRanker.meaningEvidence(0.25) == 0 && FAQRanker.meaningEvidence(nil) == 0)
        #expect(closer > wordier)
        // A tenth of the gap leaves the words in charge: meaning refines the choice, it does not overrule.
        let barelyBehind = FAQRanker.logit(classifier: 0.5, similarity: 0.2, meaning: 1, behindClosest: -0.01)
        #expect(barelyBehind > closer)
    }

    /// Without a model every candidate is at the closest (no meaning), so the ranking is the words' own.
    @Test func withoutMeaningTheLogitIsTheWordsAlone() {
        let logit = FAQRanker.logit(classifier: 1.25, similarity: 0.5, meaning: 0, behindClosest: 0)
        #expect(logit == 1.25 + FAQRanker.similarityWeight * 0.5)
    }
}

/// How far meaning lets shared words vouch for a candidate (`FAQRanker.wordTrust`).
@Suite struct WordTrustScaleTests {
    @Test func wordsCountOnlyAsFarAsMeaningStandsAboveTheBaseline() {
        #expect(FAQRanker.wordTrust(0.30, baseline: nil) == 1)
        #expect(FAQRanker.wordTrust(nil, baseline: 0.10) == 1)
        #expect(FAQRanker.wordTrust(0.15, baseline: 0.10) == 0)
        #expect(FAQRanker.wordTrust(0.199, baseline: 0.10) == 0)
        let halfway = FAQRanker.wordTrust(0.30, baseline: 0.10)
        #expect(halfway > 0.4 && halfway < 0.6)
        #expect(FAQRanker.wordTrust(0.41, baseline: 0.10) == 1)
    }

    /// Full shared words and a sure reranker, but no trust and no meaning: no confidence.
    @Test func distrustedWordsGiveNoConfidenceWithoutMeaning() {
        #expect(FAQRanker.calibrate(probability: 0.9, similarity: 0.6) == 0.9)
        #expect(FAQRanker.calibrate(probability: 0.9, similarity: 0.6, wordTrust: 0) == 0)
        #expect(FAQRanker.calibrate(probability: 0.9, similarity: 0.6, meaning: 0.5, wordTrust: 0) == 0.45)
    }
}
