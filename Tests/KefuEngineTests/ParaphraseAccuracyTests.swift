import Foundation
import KefuEngine
import KefuTestSupport
import Testing

/// FAQ retrieval on 164 buyer questions written differently from the fixture's 41 FAQs (other words,
/// other order, colloquial Chinese, a few in English) and 50 out-of-scope ones. Rules are left out so
/// that the figure is the FAQ stage's own.
///
/// This is the **tuning set**: the lexical engine's weights and the fixture's thresholds (answer 0.62,
/// suggest 0.35) were chosen on it, so its figures flatter the engine and serve only to catch
/// regressions. The held-out figures, on sets never looked at while tuning and at the default
/// thresholds, are `HeldOutAccuracyTests` (KefuSemanticTests, words only and with the sentence model);
/// Documentation/Engine.md gives both side by side.
@Suite struct ParaphraseAccuracyTests {
    /// Regression floors on the tuning set, under the 82.9 % and 76.0 % measured on it.
    static let inScopeFloor = 0.8
    static let outOfScopeFloor = 0.7

    @Test func paraphrasesFindTheirFAQAndStrangersFallBack() throws {
        var content = EngineFixture.content
        content.rules = []
        let engine = Engine(content: content)
        // A stranger is right only when it falls back: a clarification counts as a miss here.
        var tally = ParaphraseTally(strangerLabel: "fallback") { $0.decision == .fallback }
        for (label, text) in try ParaphraseTally.lines(of: EngineFixture.folder.appending(path: "paraphrases.tsv")) {
            tally.record(label, text, EngineFixture.ask(text, engine: engine))
        }
        #expect(tally.paraphrases.total >= 150)
        #expect(tally.strangers.total >= 50)
        print(tally.summary("paraphrases (tuning set)"))
        for miss in tally.misses { print("  miss: \(miss)") }
        #expect(tally.paraphraseShare >= Self.inScopeFloor)
        #expect(tally.strangerShare >= Self.outOfScopeFloor)
    }
}
