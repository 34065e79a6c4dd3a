import KefuEngine
import Testing

@testable import KefuQuality

/// The CLINC150 harness on a tiny data set in CLINC150's shape, by words alone: the threshold is chosen on
/// the validation split and its figures there are reported beside the test split's, each over its own
/// questions.
@Suite struct CLINCEvaluationTests {
    static let splits: [String: [[String]]] = [
        "train": [
            ["what is my account balance", "balance"], ["how much money is in my account", "balance"],
            ["tell me my balance please", "balance"], ["what's the weather today", "weather"],
            ["will it rain tomorrow", "weather"], ["is it sunny outside", "weather"],
            ["play some music", "oos"],
        ],
        "val": [["show my account balance", "balance"], ["is it going to rain", "weather"]],
        "oos_val": [["book a table for two", "oos"]],
        "test": [
            ["how much is in my account", "balance"], ["what is the weather tomorrow", "weather"],
            ["check my balance", "balance"],
        ],
        "oos_test": [["order a pizza", "oos"], ["set an alarm", "oos"]],
    ]

    @Test func validationAndTestAreEachCountedOverTheirOwnQuestions() throws {
        let result = try CLINCEvaluation(
            splits: Self.splits, perIntent: nil, semantics: .off("words alone in this test"))
        #expect(result.trainingQuestions == 6)
        #expect(result.validation.inScope.total == 2 && result.validation.outOfScope.total == 1)
        #expect(result.score.inScope.total == 3 && result.score.outOfScope.total == 2)
        #expect((0...1).contains(result.threshold))
        // The threshold is the validation split's best, so it answers its balance question by words.
        #expect(result.validation.inScope.right >= 1)
        let recounted = CLINCEvaluation.score(
            [(nil, "oos"), (nil, "balance")], threshold: result.threshold)
        #expect(recounted.outOfScope.right == 1 && recounted.inScope.right == 0)
    }

    /// A stricter threshold answers fewer: the scoring the threshold is chosen by reads the confidence.
    @Test func aCandidateBelowTheThresholdIsNotAnswered() throws {
        let engine = try CLINCEvaluation.engine(
            training: CLINCEvaluation.byIntent(Self.splits["train"] ?? [], limit: nil), threshold: 0,
            semantics: .off("words alone in this test"))
        let scored = [(engine.rankFAQs("what is my account balance", limit: 1).first, "balance")]
        let confidence = try #require(scored.first?.0?.confidence)
        #expect(CLINCEvaluation.score(scored, threshold: confidence).inScope.right == 1)
        #expect(CLINCEvaluation.score(scored, threshold: min(1, confidence + 0.01)).inScope.right == 0)
    }
}
