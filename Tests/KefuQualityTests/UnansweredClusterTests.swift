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
        guard case .similarTo(let faq, _) = clusters.first?.suggestion else {
            Issue.record("expected a similar-question suggestion, got \(String(describing: clusters.first))")
            return
        }
        #expect(faq.rawValue == "refund-time")
    }
}
