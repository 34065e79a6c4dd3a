import Foundation
import KefuEngine
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
        let lines = try String(contentsOf: EngineFixture.folder.appending(path: "paraphrases.tsv"), encoding: .utf8)
            .split(separator: "\n").filter { !$0.hasPrefix("#") }
        var inScope = (right: 0, total: 0)
        var outOfScope = (right: 0, total: 0)
        var misses: [String] = []
        for line in lines {
            let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
            try #require(parts.count == 2)
            let reply = EngineFixture.ask(parts[1], engine: engine)
            if parts[0] == "fallback" {
                outOfScope.total += 1
                if reply.decision == .fallback {
                    outOfScope.right += 1
                } else {
                    misses.append("\(parts[1]) → \(reply.decision.rawValue) \(reply.source?.label ?? "")")
                }
            } else {
                inScope.total += 1
                let answered = [.answer, .ask].contains(reply.decision) && reply.source?.label == "faq/\(parts[0])"
                if answered {
                    inScope.right += 1
                } else {
                    misses.append(
                        "\(parts[1]) → \(reply.decision.rawValue) \(reply.source?.label ?? "") (want \(parts[0]))")
                }
            }
        }
        #expect(inScope.total >= 150)
        #expect(outOfScope.total >= 50)
        let inScopeAccuracy = Double(inScope.right) / Double(inScope.total)
        let outOfScopeRecall = Double(outOfScope.right) / Double(outOfScope.total)
        print(
            String(
                format: "paraphrases (tuning set): in-scope %.1f%% (%d/%d), out-of-scope %.1f%% (%d/%d)",
                inScopeAccuracy * 100,
                inScope.right, inScope.total, outOfScopeRecall * 100, outOfScope.right, outOfScope.total))
        for miss in misses { print("  miss: \(miss)") }
        #expect(inScopeAccuracy >= Self.inScopeFloor)
        #expect(outOfScopeRecall >= Self.outOfScopeFloor)
    }
}
