import Foundation
import KefuCore
import Testing

@testable import KefuEngine

/// The classifier's hard negatives come from the FAQs a question's columns touch, not a scan of every
/// FAQ: the same negatives as the scan (so compiling the same bundle trains the same classifier), and a
/// column held by too many FAQs is not walked (so a question's cost stays bounded as bundles grow).
@Suite struct HardNegativesTests {
    /// 400 FAQs of three questions each, from a small vocabulary, so that FAQs share many words.
    static let compiled: (index: FAQIndex, questionVectors: QuestionVectors) = {
        var generator = SeededGenerator(seed: 7)
        let words = ["发货", "退款", "尺码", "颜色", "快递", "优惠", "质量", "面料", "发票", "包邮", "预售", "赠品", "换货", "物流"]
        let questions = (0..<400).map { _ in
            (0..<3).map { _ in
                let text = (0..<4).map { _ in words[Int(generator.next() % UInt64(words.count))] }.joined()
                return (text: text, synonyms: [Int32]())
            }
        }
        return FAQIndex.compile(questionCounts: questions.map(\.count)) { questions[$0][$1] }
    }()

    @Test func theNegativesAreThoseOfAScanOfEveryFAQ() {
        let (index, vectors) = Self.compiled
        let found = HardNegatives.candidateSets(index: index, questionVectors: vectors, count: 12)
        #expect(found.count == vectors.count)
        for (question, vector) in vectors.enumerated() {
            let own = index.questionFAQ[question]
            var scratch = index.makeScratch()
            index.score(vector, into: &scratch)
            let scanned = FAQClassifier.top(scratch.centroid, count: 13).filter { $0 != own }
            #expect(Array(found[question]) == [own] + scanned.prefix(12), "question \(question)")
        }
        #expect(found.contains { $0.count == 13 }, "the vocabulary is small enough for full sets")
    }

    @Test func aColumnHeldByTooManyFAQsIsNotWalked() {
        let (index, vectors) = Self.compiled
        // Every column here is held by more than one FAQ: with a cap of one, no negative is found.
        let capped = HardNegatives.candidateSets(index: index, questionVectors: vectors, count: 12, postingCap: 1)
        #expect(capped.enumerated().allSatisfy { Array($0.element) == [index.questionFAQ[$0.offset]] })
    }
}
