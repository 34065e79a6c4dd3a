import Foundation
import KefuCore
import KefuEngine
import Testing

/// Every decision kind, and the traps the domain articles tell of, through the whole pipeline.
@Suite struct EngineDecisionTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var text: String
        var decision: Decision
        var source: String?
        var replyContains: String?
        var handoff: HandoffReason?
        var agent: String?
        var buyer: String?
        var product: String?
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        // Shop data in replies.
        Case(text: "订单12345没收到货,查物流", decision: .answer, source: "rule/logistics-query", replyContains: "ZT7788990011"),
        Case(text: "这件有XL码吗", decision: .answer, source: "rule/stock-size", replyContains: "XL码暂时缺货", product: "SKU-1"),
        Case(text: "这件有M码吗", decision: .answer, source: "rule/stock-size", replyContains: "库存5件", product: "SKU-1"),
        Case(text: "身高165体重110斤穿什么码", decision: .answer, source: "rule/size-recommend", replyContains: "建议选L码"),
        Case(text: "1米6 95斤穿什么码", decision: .answer, source: "rule/size-recommend", replyContains: "建议选M码"),
        Case(
            text: "采购100件多少钱", decision: .answer, source: "rule/wholesale-price", replyContains: "单价22元",
            product: "SKU-2"),
        Case(
            text: "采购10件多少钱", decision: .answer, source: "rule/wholesale-price", replyContains: "起订量30件",
            product: "SKU-2"),
        // Missing data asks for it.
        Case(text: "帮我查物流", decision: .ask, source: "rule/logistics-query", replyContains: "订单号"),
        Case(text: "穿什么码好", decision: .ask, source: "rule/size-recommend", replyContains: "身高和体重"),
        // FAQ answers in Chinese and English.
        Case(text: "多久能发货呀", decision: .answer, source: "faq/shipping-time", replyContains: "48小时"),
        Case(text: "Do you ship to Canada?", decision: .answer, source: "faq/shipping-abroad"),
        Case(text: "hello", decision: .answer, source: "rule/greet", replyContains: "How can I help"),
        // Nothing matches.
        Case(text: "明天会下雨吗", decision: .fallback, source: "template/fallback", replyContains: "转人工"),
        // Handoffs, with reason and agent (no intent yet: the least loaded agent, then by id).
        Case(text: "转人工", decision: .handoff, handoff: .requested, agent: "xiaoli"),
        Case(text: "I want to talk to a human", decision: .handoff, replyContains: "colleague", handoff: .requested),
        Case(text: "你们卖假货", decision: .handoff, replyContains: "拍照保留证据", handoff: .complex, agent: "zhuguan"),
        Case(text: "再不处理我就投诉你们", decision: .handoff, handoff: .sentiment, agent: "zhuguan"),
        Case(text: "什么时候发货", decision: .handoff, handoff: .risk, buyer: "b1003"),
        // A reply with an advertising-law extreme word never reaches the buyer.
        Case(text: "质量怎么样", decision: .handoff, source: "rule/bad-claim", handoff: .compliance),
        // Guards.
        Case(text: "在吗!!!!!!", decision: .silent),
        Case(text: "@#$%^&*()_+", decision: .silent),
        // Rules: conditions on buyer tags.
        Case(text: "有赠品吗", decision: .answer, source: "rule/vip-gift", buyer: "b1001"),
    ]

    @Test(arguments: cases)
    func decides(_ expected: Case) throws {
        let reply = EngineFixture.ask(expected.text, buyer: expected.buyer, product: expected.product)
        #expect(reply.decision == expected.decision, "\(reply.reply ?? "")")
        if let source = expected.source { #expect(reply.source?.label == source) }
        if let fragment = expected.replyContains {
            #expect(reply.reply?.contains(fragment) == true, "\(reply.reply ?? "nil")")
        }
        if let reason = expected.handoff { #expect(reply.handoff?.reason == reason) }
        if let agent = expected.agent { #expect(reply.handoff?.agent?.rawValue == agent) }
        if expected.decision == .handoff, expected.handoff != .compliance, let reason = expected.handoff {
            // The summary is for the shop's people, in the shop's language (this shop's is zh-CN).
            let said = Message(.summaryReason, reason.messageKey).text(in: .chinese)
            #expect(reply.handoff?.summary.contains(said) == true, "\(reply.handoff?.summary ?? "")")
        }
    }

    @Test func aBlocklistedReplyNeverReachesTheBuyer() {
        let reply = EngineFixture.ask("质量怎么样")
        #expect(reply.reply?.contains("全网最好") == false)
        #expect(reply.reply?.contains("绝对") == false)
        let checks = reply.trace.first { $0.stage == .checks }
        let blocked = checks?["blocked"]?.list?.compactMap { $0.record?["phrase"]?.text } ?? []
        #expect(blocked.contains("最好"))
        #expect(blocked.contains("绝对"))
    }

    @Test func aKeywordWiredToTheWrongReplyIsVisibleInTheTrace() throws {
        // 活动 goes to the size chart once the Double 11 rule has expired: the trace shows both rules.
        let reply = EngineFixture.ask("有什么活动")
        #expect(reply.source?.label == "rule/wrong-reply")
        let rules = try #require(reply.trace.first { $0.stage == .rules }?["candidates"]?.list)
        let verdicts = Dictionary(
            uniqueKeysWithValues: rules.compactMap { $0.record }.map {
                ($0["id"]?.text ?? "", $0["verdict"]?.text ?? "")
            })
        #expect(verdicts["wrong-reply"] == "won")
        #expect(verdicts["promo-double11"] == "inactive")
        let winner = rules.compactMap(\.record).first { $0["id"]?.text == "wrong-reply" }
        #expect(winner?["at"]?.text?.hasPrefix("rules/rules.yaml:") == true)
    }

    @Test func duringDoubleElevenThePromotionOutranksTheSizeChart() throws {
        let november = try Date("2026-11-05T10:00:00+08:00", strategy: .iso8601)
        let reply = EngineFixture.ask("有什么活动", at: november)
        #expect(reply.source?.label == "rule/promo-double11")
        let rules = try #require(reply.trace.first { $0.stage == .rules }?["candidates"]?.list)
        let loser = rules.compactMap(\.record).first { $0["id"]?.text == "wrong-reply" }
        #expect(loser?["verdict"]?.text == "outranked")
    }

    @Test func anExcludeWordStopsARule() throws {
        let reply = EngineFixture.ask("退货的物流到哪了")
        let rules = try #require(reply.trace.first { $0.stage == .rules }?["candidates"]?.list)
        let logistics = rules.compactMap(\.record).first { $0["id"]?.text == "logistics-query" }
        #expect(logistics?["verdict"]?.text == "excluded")
        #expect(logistics?["detail"]?.text == "退货")
    }

    @Test func aConditionOnBuyerTagsIsExplained() throws {
        let reply = EngineFixture.ask("有赠品吗", buyer: "b1002")
        #expect(reply.source?.label != "rule/vip-gift")
        let rules = try #require(reply.trace.first { $0.stage == .rules }?["candidates"]?.list)
        #expect(rules.compactMap(\.record).first?["verdict"]?.text == "condition")
    }

    @Test func outsideAllHoursTheBuyerIsToldWhenAPersonAnswers() {
        let reply = EngineFixture.ask("转人工", at: EngineFixture.night)
        #expect(reply.handoff?.agentOnline == false)
        #expect(reply.handoff?.availableAt == "09:00")
        #expect(reply.reply?.contains("09:00") == true)
    }

    @Test func routingPrefersTheLeastLoadedSkilledAgent() {
        var session = SessionState(id: "load")
        let busy = EngineFixture.context(load: [ItemID("xiaowang")!: 3, ItemID("xiaoli")!: 1])
        _ = EngineFixture.engine.answer(IncomingMessage("什么时候发货"), in: &session, context: busy)
        let reply = EngineFixture.engine.answer(IncomingMessage("转人工"), in: &session, context: busy)
        // The intent is logistics: only 小王 has the skill, however busy.
        #expect(reply.handoff?.agent?.rawValue == "xiaowang")
        #expect(reply.handoff?.summary.hasPrefix("原因:买家要求人工 · ") == true, "\(reply.handoff?.summary ?? "")")
        #expect(reply.handoff?.summary.contains("意图:logistics") == true)
        #expect(reply.handoff?.transcript.first == "buyer: 什么时候发货")
    }

    @Test func anOrdinaryHandoffGoesToASkilledAgentBeforeASkilledSupervisor() {
        var session = SessionState(id: "supervisor")
        // 小李 is busier than 张主管, and both know aftersale: the supervisor stays free for escalations.
        let busy = EngineFixture.context(load: [ItemID("xiaoli")!: 5])
        _ = EngineFixture.engine.answer(IncomingMessage("退款多久到账"), in: &session, context: busy)
        let reply = EngineFixture.engine.answer(IncomingMessage("转人工"), in: &session, context: busy)
        #expect(reply.handoff?.agent?.rawValue == "xiaoli")
    }

    @Test func aGreetingGetsTheWelcomeAndIsNoFallback() {
        for text in ["在吗", "亲,在不在呀?", "bonjour !"] {
            var session = SessionState(id: "greeting")
            let reply = EngineFixture.engine.answer(
                IncomingMessage(text), in: &session, context: EngineFixture.context())
            #expect(reply.decision == .answer, "\(text)")
            #expect(reply.source?.label == "template/welcome", "\(text)")
            #expect(session.consecutiveFallbacks == 0)
        }
        // A greeting with a question is the question; a word that starts like a greeting is not one.
        #expect(EngineFixture.ask("在吗,什么时候发货").source?.label == "faq/shipping-time")
        #expect(EngineFixture.ask("hide").decision == .fallback)
        // A seller's own greeting rule answers first.
        #expect(EngineFixture.ask("hello").source?.label == "rule/greet")
    }

    @Test func imagesWithoutAConfiguredReplyAreSilent() {
        let reply = EngineFixture.ask("", type: .image)
        #expect(reply.decision == .silent)
        #expect(reply.note == "unsupported_type")
    }

    @Test func theWelcomeOpensASessionInItsLocale() {
        #expect(EngineFixture.engine.welcome(for: SessionState(id: "w")) == "亲,欢迎光临示例女装店,有什么可以帮您?")
        #expect(
            EngineFixture.engine.welcome(for: SessionState(id: "w", locale: "en"))
                == "Welcome to 示例女装店! How can I help?")
    }

    @Test func anImageGetsTheTemplateConfiguredForImages() throws {
        var content = EngineFixture.content
        let json = Data(#"{"id": "message-image", "text": "亲,图片收到了,请问有什么可以帮您?"}"#.utf8)
        content.templates.append(Sourced(try JSONDecoder().decode(ReplyTemplate.self, from: json)))
        let reply = EngineFixture.ask("", type: .image, engine: Engine(content: content))
        #expect(reply.decision == .answer)
        #expect(reply.source?.label == "template/message-image")
        #expect(reply.reply == "亲,图片收到了,请问有什么可以帮您?")
    }

    @Test func everyStageIsTimedAndNamedInOrder() {
        let reply = EngineFixture.ask("多久能发货呀")
        let stages = reply.trace.map(\.stage)
        #expect(
            stages == [
                .normalise, .guards, .handoff, .sentiment, .complex, .entities, .rules, .faq, .render, .checks, .loop,
            ])
        let faq = reply.trace.first { $0.stage == .faq }
        let top = faq?["candidates"]?.list?.first?.record
        #expect(top?["id"]?.text == "shipping-time")
        #expect(top?["at"]?.text?.hasPrefix("faq/presale.yaml:") == true)
        #expect(reply.source?.file == "faq/presale.yaml")
        #expect(reply.source?.line == 1)
    }

    @Test func withTheTraceOffNothingIsRecorded() {
        var session = SessionState(id: "quiet")
        var context = EngineFixture.context()
        context.trace = false
        let reply = EngineFixture.engine.answer(IncomingMessage("多久能发货呀"), in: &session, context: context)
        #expect(reply.trace.isEmpty)
        #expect(reply.source?.label == "faq/shipping-time")
    }
}
