import Foundation
import KefuCore
import KefuEngine
import KefuTestSupport
import Testing

/// The sentence model's figures on sets written for two sample shops in buyers' words and never used to
/// tune (Fixtures/*.tsv), at the shops' own thresholds. Rules are left out so that the figure is the FAQ
/// stage's own, as in the engine's paraphrase test. The floors guard against regressions; the targets
/// and the figures measured are in Documentation/Engine.md.
@Suite struct HeldOutAccuracyTests {
    /// Below the figures measured (79.2 % and 82.1 % answered, 60.0 % and 77.5 % of strangers not
    /// answered), short of the targets of 92 % and 85 %: see Documentation/Engine.md.
    static let answeredFloor = 0.77
    static let strangersFloor = 0.57

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
        var tally = ParaphraseTally(strangerLabel: "stranger") { $0.decision != .answer }
        for (label, text) in try RealModel.lines("\(shop).tsv") {
            tally.record(label, text, RealModel.ask(text, engine: engine))
        }
        #expect(tally.paraphrases.total >= 100)
        #expect(tally.strangers.total >= 40)
        print(tally.summary("held-out \(shop) (\(byMeaning ? "words and meaning" : "words only"))"))
        // Only the figures: a held-out set's misses printed in every run would invite tuning on them.
        #expect(tally.paraphraseShare >= (byMeaning ? Self.answeredFloor : Self.lexicalAnsweredFloor))
        #expect(tally.strangerShare >= (byMeaning ? Self.strangersFloor : Self.lexicalStrangersFloor))
    }
}
