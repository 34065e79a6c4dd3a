import Foundation
import KefuCore
import KefuEngine
import Testing

/// Anger and complaints with no lexicon phrase reach a person; calm buyers, quality questions included,
/// stay with the bot. Measured on Fixtures/sentiment.tsv (held out) in a sample shop with its rules.
@Suite struct SentimentByMeaningTests {
    /// Below the 90.0 % measured, above the target of 80 % (calm: 5.0 % measured, the target's ceiling;
    /// see Documentation/Engine.md).
    static let angryFloor = 0.85
    static let calmCeiling = 0.05

    @Test func angryBuyersReachAPersonAndCalmOnesDoNot() throws {
        let content = try RealModel.content(ofSample: "taobao-apparel")
        let lexical = Engine(content: content)
        let engine = try RealModel.engine(content)
        var angry = (handedOff: 0, total: 0)
        var calm = (handedOff: 0, total: 0)
        for (label, text) in try RealModel.lines("sentiment.tsv") {
            // The set holds no lexicon phrase: by words alone none of it is flagged.
            let byWords = RealModel.ask(text, engine: lexical)
            #expect(byWords.handoff?.reason != .sentiment, "\(text) holds a lexicon phrase")
            let reply = RealModel.ask(text, engine: engine)
            let handedOff = reply.decision == .handoff
            if label == "angry" {
                angry.total += 1
                if handedOff { angry.handedOff += 1 }
            } else {
                calm.total += 1
                if handedOff { calm.handedOff += 1 }
            }
        }
        #expect(angry.total >= 40 && calm.total >= 40)
        let angryShare = Double(angry.handedOff) / Double(angry.total)
        let calmShare = Double(calm.handedOff) / Double(calm.total)
        print(
            String(
                format: "sentiment by meaning: angry handed off %.1f%% (%d/%d), calm handed off %.1f%% (%d/%d)",
                angryShare * 100, angry.handedOff, angry.total, calmShare * 100, calm.handedOff, calm.total))
        // Only the figures: a held-out set's misses printed in every run would invite tuning on them.
        #expect(angryShare >= Self.angryFloor)
        #expect(calmShare <= Self.calmCeiling)
    }
}
