import Foundation
import KefuCore
import KefuEngine
import Testing

/// The sentence model's figures on sets written for two sample shops in buyers' words and never used to
/// tune (Fixtures/*.tsv), at the shops' own thresholds. Rules are left out so that the figure is the FAQ
/// stage's own, as in the engine's paraphrase test. The floors guard against regressions; the targets
/// and the figures measured are in Documentation/Engine.md.
@Suite struct HeldOutAccuracyTests {
    /// Below the figures measured (76.2 % and 79.2 % answered, 50.0 % and 75.0 % of strangers not
    /// answered), short of the targets of 92 % and 85 %: see Documentation/Engine.md.
    static let answeredFloor = 0.74
    static let strangersFloor = 0.45

    /// Words only (no sentence model), at the same default thresholds: the lexical engine's held-out
    /// figures, beside the tuning-set figures of the engine's own paraphrase test. Below the 55.4 % and
    /// 58.5 % answered right and 52.5 % and 70.0 % of strangers not answered measured here.
    static let lexicalAnsweredFloor = 0.53
    static let lexicalStrangersFloor = 0.50

    @Test(arguments: ["taobao-apparel", "douyin-snacks"], [true, false])
    func paraphrasesAreAnsweredAndStrangersAreNot(shop: String, byMeaning: Bool) throws {
        var content = try RealModel.content(ofSample: shop)
        content.rules = []
        // The shops' thresholds are the defaults: nothing here was set on these sets.
        #expect(content.settings.thresholds == BundleSettings.Thresholds())
        let engine = byMeaning ? try RealModel.engine(content) : Engine(content: content)
        try #require(engine.semanticStatus.isOn == byMeaning)
        var answered = (right: 0, total: 0)
        var strangers = (right: 0, total: 0)
        var misses: [String] = []
        for (label, text) in try RealModel.lines("\(shop).tsv") {
            let reply = RealModel.ask(text, engine: engine)
            if label == "stranger" {
                strangers.total += 1
                if reply.decision != .answer {
                    strangers.right += 1
                } else {
                    misses.append("stranger \(text) → \(reply.source?.label ?? "")")
                }
            } else {
                answered.total += 1
                if [.answer, .ask].contains(reply.decision), reply.source?.label == "faq/\(label)" {
                    answered.right += 1
                } else {
                    misses.append("\(text) → \(reply.decision.rawValue) \(reply.source?.label ?? "") (want \(label))")
                }
            }
        }
        #expect(answered.total >= 100)
        #expect(strangers.total >= 40)
        let answeredShare = Double(answered.right) / Double(answered.total)
        let strangersShare = Double(strangers.right) / Double(strangers.total)
        print(
            String(
                format:
                    "held-out %@ (%@): paraphrases answered right %.1f%% (%d/%d), strangers not answered %.1f%% (%d/%d)",
                shop, byMeaning ? "words and meaning" : "words only", answeredShare * 100, answered.right,
                answered.total, strangersShare * 100, strangers.right, strangers.total))
        if byMeaning { for miss in misses { print("  miss: \(miss)") } }
        #expect(answeredShare >= (byMeaning ? Self.answeredFloor : Self.lexicalAnsweredFloor))
        #expect(strangersShare >= (byMeaning ? Self.strangersFloor : Self.lexicalStrangersFloor))
    }
}
