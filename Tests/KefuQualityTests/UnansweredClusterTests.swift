import Foundation
import KefuBundle
import KefuCore
import KefuEngine
import KefuQuality
import KefuTestSupport
import Testing

/// The report's groups of unanswered questions, on the engine's test shop.
@Suite struct UnansweredClusterTests {
    private func report(_ texts: [String]) throws -> ConversationReport {
        let engine = Engine(
            content: try EngineContent(records: BundleLoader().loadBundle(at: FixtureShop.folder).contentRecords()))
        let messages = texts.enumerated().map { index, text in
            LoggedMessage(
                origin: .replay, session: "s\(index)", buyer: nil, time: Date(timeIntervalSince1970: Double(index)),
                type: "text", text: text, locale: "zh-CN", language: "zh", decision: "fallback", reply: nil,
                source: "template/fallback", intent: nil, confidence: nil, handoffReason: nil, handoffTrigger: nil,
                micros: 1)
        }
        return ConversationReport(messages: messages, engine: engine)
    }

    @Test func questionsSharingMostCharacterPairsFormOneGroup() throws {
        let clusters = try report(["你们实体店在哪", "你们实体店在哪里", "实体店在哪", "可以开专票吗", "???", "可以开专票吗"]).clusters
        #expect(clusters.map(\.questions) == [["你们实体店在哪", "你们实体店在哪里", "实体店在哪"], ["可以开专票吗"]])
        #expect(clusters.map(\.size) == [3, 2])  // punctuation alone is no question: left out
        #expect(clusters.map(\.number) == [1, 2])
    }

    @Test func aGroupNearAnFAQIsSuggestedAsItsSimilarQuestions() throws {
        let clusters = try report(["退款到账要几天啊", "退款到账要几天"]).clusters
        #expect(clusters.count == 1)
        guard case .similarTo(let faq, _, let agreeing, let asked) = clusters.first?.suggestion else {
            Issue.record("expected a similar-question suggestion, got \(String(describing: clusters.first))")
            return
        }
        #expect(faq.rawValue == "refund-time")
        #expect((agreeing, asked) == (2, 2))
        #expect(
            clusters.first?.reason.text(in: .english).hasPrefix("2 of 2 questions are nearest faq/refund-time") == true)
    }

    /// A suggestion pointing at the wrong FAQ teaches the bot a wrong answer: questions that are only
    /// faintly near an FAQ get "new FAQ", with how near the nearest came.
    @Test func aGroupFarFromEveryFAQIsANewFAQAndSaysWhy() throws {
        for question in ["再考虑一下", "太贵了"] {
            let clusters = try report([question]).clusters
            guard case .newFAQ(_, _, _, let asked) = clusters.first?.suggestion else {
                Issue.record("\(question): expected a new FAQ, got \(String(describing: clusters.first?.suggestion))")
                continue
            }
            #expect(asked == 1)
            let reason = clusters.first?.reason.text(in: .english) ?? ""
            #expect(reason.contains("under the") || reason.contains("no FAQ"), "\(question): \(reason)")
        }
    }
}
