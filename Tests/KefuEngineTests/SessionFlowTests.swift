import Foundation
import KefuCore
import KefuEngine
import Testing

/// Context across turns: pending answers resume, clarifications pick, loops break, handoffs silence.
@Suite struct SessionFlowTests {
    private func conversation(_ lines: [String], buyer: String? = nil) -> (
        replies: [EngineReply], session: SessionState
    ) {
        var session = SessionState(id: "flow", buyer: buyer)
        let replies = lines.map {
            EngineFixture.engine.answer(IncomingMessage($0), in: &session, context: EngineFixture.context())
        }
        return (replies, session)
    }

    @Test func aPendingAnswerResumesWhenTheOrderNumberArrives() {
        let (replies, session) = conversation(["帮我查物流", "订单号是12345"])
        #expect(replies[0].decision == .ask)
        #expect(replies[1].decision == .answer)
        #expect(replies[1].source?.label == "rule/logistics-query")
        #expect(replies[1].reply?.contains("中通快递") == true)
        #expect(session.pending == nil)
    }

    @Test func aBareNumberAnswersTheQuestionForAnOrder() {
        let (replies, _) = conversation(["帮我查物流", "23456"])
        #expect(replies[1].reply?.contains("还未发货") == true)
    }

    @Test func anOrderNotInTheShopDataIsAskedForAgainWithTheReasonInTheTrace() throws {
        let (replies, _) = conversation(["订单99999到哪了"])
        #expect(replies[0].decision == .ask)
        let render = try #require(replies[0].trace.first { $0.stage == .render })
        #expect(render["missing"]?.list?.first?.text?.contains("99999") == true)
    }

    @Test func heightAndWeightGivenLaterCompleteASizeQuestion() {
        let (replies, _) = conversation(["穿什么码", "身高158 体重90斤"])
        #expect(replies[0].decision == .ask)
        #expect(replies[1].reply?.contains("建议选S码") == true)
    }

    @Test func aNumberPicksFromAClarification() throws {
        var session = SessionState(id: "pick")
        session.choices = [SourceReference(kind: .faq, id: try #require(ItemID("invoice")))]
        let reply = EngineFixture.engine.answer(IncomingMessage("1"), in: &session, context: EngineFixture.context())
        #expect(reply.decision == .answer)
        #expect(reply.source?.label == "faq/invoice")
        #expect(session.choices.isEmpty)
    }

    @Test func aClarificationOffersNumberedChoices() {
        var content = EngineFixture.content
        content.settings.thresholds = .init(answer: 0.99, suggest: 0.1)
        let engine = Engine(content: content)
        var session = SessionState(id: "clarify")
        let reply = engine.answer(IncomingMessage("多久发货"), in: &session, context: EngineFixture.context())
        #expect(reply.decision == .clarify)
        #expect(reply.reply?.contains("1. ") == true)
        #expect(!session.choices.isEmpty)
        #expect(reply.choices == session.choices)
    }

    @Test func twoFallbacksInARowThenAHandoff() {
        let (replies, session) = conversation(["明天会下雨吗", "我想学做饭", "你多大了"])
        #expect(replies.map(\.decision) == [.fallback, .fallback, .handoff])
        #expect(replies[2].handoff?.reason == .loop)
        #expect(session.handedOff)
    }

    @Test func theSameAnswerAThirdTimeIsHandedOff() {
        let (replies, _) = conversation(["多久能发货", "到底多久发货", "几天能发货啊"])
        #expect(replies.map(\.decision) == [.answer, .answer, .handoff])
        #expect(replies[2].handoff?.reason == .loop)
        #expect(replies[2].handoff?.summary.contains("faq/shipping-time") == true)
    }

    /// Before: three stock questions about three sizes were one source three times, and a person was
    /// called. The loop breaker counts replies, and keeps a digest of each, never the words, which can
    /// carry a buyer's order data into the saved session.
    @Test func differentRepliesFromOneSourceAreNotALoop() {
        var session = SessionState(id: "sizes", product: "SKU-1")
        let replies = ["S码有货吗", "M码有货吗", "L码有货吗", "L码有货吗", "L码有货吗"].map {
            EngineFixture.engine.answer(IncomingMessage($0), in: &session, context: EngineFixture.context())
        }
        #expect(replies.map(\.decision) == [.answer, .answer, .answer, .answer, .handoff], "\(replies.map(\.reply))")
        #expect(Set(replies.prefix(3).compactMap { $0.source?.label }) == ["rule/stock-size"])
        #expect(replies[4].handoff?.reason == .loop)
        #expect(!session.answerCounts.keys.contains { $0.contains("库存") || $0.contains("有货") })
    }

    @Test func afterAHandoffTheBotStaysQuietUntilHandedBack() {
        let (replies, sessionAfter) = conversation(["转人工", "在吗"])
        var session = sessionAfter
        #expect(replies[1].decision == .silent)
        #expect(replies[1].note == "handed_off")
        session.handBack()
        let reply = EngineFixture.engine.answer(IncomingMessage("多久发货"), in: &session, context: EngineFixture.context())
        #expect(reply.decision == .answer)
    }

    @Test func aWatchPhraseFlagsTheSessionAndTheTicket() {
        let (replies, session) = conversation(["太贵了,我再考虑一下", "转人工"])
        #expect(session.atRisk)
        #expect(replies[1].handoff?.summary.contains("有流失风险") == true, "\(replies[1].handoff?.summary ?? "")")
    }

    @Test func entitiesCarryAcrossTurns() {
        let (replies, session) = conversation(["订单12345", "到哪了"])
        #expect(session.entities.order == "12345")
        #expect(replies[1].reply?.contains("ZT7788990011") == true)
    }

    @Test func theLocaleFollowsTheBuyersLanguage() {
        let (replies, session) = conversation(["height 1.7m weight 60kg, what size?"])
        #expect(session.locale == "en")
        #expect(replies[0].reply?.contains("we suggest size") == true)
    }

    @Test func aMissingLocaleFallsBackToTheDefaultAndSaysSo() throws {
        var session = SessionState(id: "locale", product: "SKU-1", locale: "en")
        session.entities.size = "M"
        let reply = EngineFixture.engine.answer(
            IncomingMessage("这件有M码吗"), in: &session, context: EngineFixture.context())
        let render = try #require(reply.trace.first { $0.stage == .render })
        #expect(render["locale"]?.text == "zh-CN")
    }

    @Test func theInMemoryStoreKeepsSessionsAndCountsOpenTicketsPerAgent() throws {
        let sessions = InMemorySessionStore()
        for id in ["a", "b"] {
            var session = sessions.session(id: id) ?? SessionState(id: id)
            _ = EngineFixture.engine.answer(IncomingMessage("你们卖假货"), in: &session, context: EngineFixture.context())
            sessions.save(session)
        }
        #expect(sessions.session(id: "a")?.handedOff == true)
        #expect(sessions.openTicketCounts() == [try #require(ItemID("zhuguan")): 2])
    }

    @Test func sessionsSurviveEncoding() throws {
        let (_, session) = conversation(["帮我查物流"])
        let data = try JSONEncoder().encode(session)
        #expect(try JSONDecoder().decode(SessionState.self, from: data) == session)
    }
}
