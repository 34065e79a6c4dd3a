import Foundation
import KefuBundle
import KefuChat
import KefuCore
import KefuEngine
import KefuSync
import KefuTestSupport
import Testing

/// Every REPL command through the state machine, on the engine's test shop, at a fixed time
/// (2026-12-01 10:00 in Shanghai: agents on duty, the Double 11 rule expired).
@Suite struct ChatSessionTests {
    static let morning = Date(timeIntervalSince1970: 1_796_090_400)

    private func chat(_ profile: ChatProfile = ChatProfile()) throws -> (ChatSession, FolderChatBackend) {
        let backend = try FolderChatBackend()
        let session = try ChatSession(
            backend: backend, profile: profile, now: { Self.morning },
            timeZone: TimeZone(identifier: "Asia/Shanghai") ?? .current)
        return (session, backend)
    }

    @Test func opensWithTheWelcomeTemplate() throws {
        let (session, _) = try chat()
        guard case .welcome(let text) = session.start().first else {
            Issue.record("no welcome")
            return
        }
        #expect(text.contains("示例女装店"))
    }

    @Test func aMessageGetsTheEnginesReply() throws {
        var (session, _) = try chat()
        let events = session.handle(line: "什么时候发货")
        #expect(events.count == 1)
        #expect(events.reply?.source?.label == "faq/shipping-time")
        #expect(events.reply?.reply == "亲,付款后48小时内发货,大促期间72小时内~")
        #expect(session.exchanges.count == 1)
        #expect(session.handle(line: "   ").isEmpty)
        let faq = session.handle(line: ":why").explanationText
        #expect(faq.contains("FAQ (answer at 0.4, suggest at 0.35)"))
        #expect(faq.contains { $0.hasPrefix("1. shipping-time ") && $0.hasSuffix("closest: \"什么时候发货?\"") })
    }

    @Test func whyExplainsTheWinningRuleAndTheLosers() throws {
        var (session, _) = try chat()
        #expect(session.handle(line: ":why").problems.map(\.key) == [.chatNothingYet])
        _ = session.handle(line: "有什么活动吗")
        let why = session.handle(line: ":why")
        let explanation = try #require(why.explanation)
        #expect(explanation.headline.text.text(in: .english) == "answer from rule/wrong-reply")
        #expect(explanation.headline.location == "rules/rules.yaml:35")
        let rules = try #require(explanation.sections.first { $0.title.key == .whyRulesTitle })
        let won = try #require(rules.lines.first { $0.tone == .chosen })
        #expect(won.text == Message(.whyRuleWon, "wrong-reply", "5", "活动"))
        #expect(won.location == "rules/rules.yaml:35:3")
        // The Double 11 rule shares the keyword but its window has passed.
        #expect(rules.lines.contains { $0.text == Message(.whyRuleInactive, "promo-double11", "expired", "活动") })
        let text = why.explanationText
        #expect(text.contains("template size-chart, locale zh-CN"))
        #expect(text.contains { $0.hasPrefix("normalise ") && $0.contains(" · total ") })
    }

    @Test func traceOnExplainsEveryReply() throws {
        var (session, _) = try chat()
        #expect(session.handle(line: ":trace on").messageKeys == [.chatTraceOn])
        let traced = try #require(session.handle(line: "包邮吗").explanation)
        #expect(traced.headline.text.text(in: .english) == "answer from faq/shipping-fee 0.998")
        #expect(traced.sections.contains { $0.title.key == .whyFAQTitle })
        #expect(session.handle(line: ":trace off").messageKeys == [.chatTraceOff])
        #expect(session.handle(line: "包邮吗").explanation == nil)
        #expect(session.handle(line: ":trace maybe").problems == [Message(.chatUsage, ":trace on|off")])
    }

    @Test func asAndTagsChangeWhoIsBuying() throws {
        var (session, _) = try chat()
        #expect(session.handle(line: "有赠品吗").reply?.source?.label != "rule/vip-gift")
        #expect(session.handle(line: ":as b1001").messageKeys == [.chatBuyerSet])
        #expect(session.state.buyer == "b1001")
        #expect(session.handle(line: "有赠品吗").reply?.source?.label == "rule/vip-gift")

        #expect(session.handle(line: ":as nobody").messageKeys == [.chatBuyerUnknown])
        #expect(session.handle(line: ":tags vip,new").messageKeys == [.chatTagsSet])
        #expect(session.state.buyerTags == ["vip", "new"])
        // Tags given with :tags outlive a new session; the unknown buyer has none of their own.
        _ = session.handle(line: ":reset")
        #expect(session.state.buyerTags == ["vip", "new"])
        #expect(session.handle(line: "有礼物吗").reply?.source?.label == "rule/vip-gift")
        #expect(session.handle(line: ":tags").messageKeys == [.chatTagsCleared])
        #expect(session.handle(line: ":as").messageKeys == [.chatBuyerCleared])
        #expect(session.state.buyer == nil && session.state.buyerTags == nil)
        // A new buyer is who the notice says, with their own tags, not the ones set for the buyer before.
        _ = session.handle(line: ":tags vip")
        #expect(session.handle(line: ":as b1002").messageKeys == [.chatBuyerSet])
        #expect(session.state.buyerTags == nil)
        #expect(session.handle(line: "有赠品吗").reply?.source?.label != "rule/vip-gift")
    }

    @Test func productPutsAnItemInView() throws {
        var (session, _) = try chat()
        #expect(session.handle(line: ":product SKU-1").messageKeys == [.chatProductSet])
        #expect(session.handle(line: "这件有M码吗").reply?.reply == "亲,法式碎花连衣裙的M码有货,库存5件,可以放心拍~")
        #expect(session.handle(line: ":product SKU-404").messageKeys == [.chatProductUnknown])
        #expect(session.handle(line: ":product").messageKeys == [.chatProductCleared])
        #expect(session.state.product == nil)
    }

    @Test func langChoosesTheReplyLocale() throws {
        var (session, _) = try chat()
        #expect(session.handle(line: ":lang en").messageKeys == [.chatLocaleSet])
        #expect(session.state.locale == "en")
        #expect(session.handle(line: ":lang es").messageKeys == [.chatLocaleMissing])
        #expect(session.handle(line: ":lang not a tag").problems.map(\.key) == [.invalidLocale])
        #expect(session.state.locale == "es")
        #expect(session.handle(line: ":lang").messageKeys == [.chatLocaleCleared])
        #expect(session.state.locale == nil)
    }

    @Test func imageSendsANonTextMessage() throws {
        var (session, _) = try chat()
        let reply = try #require(session.handle(line: ":image").reply)
        #expect(reply.decision == .silent)
        #expect(reply.note == "unsupported_type")
        #expect(session.exchanges.last?.message.type == .image)
    }

    @Test func handoffsListTheSessionsTickets() throws {
        var (session, _) = try chat()
        #expect(session.handle(line: ":handoffs").messageKeys == [.chatNoHandoffs])
        #expect(session.handle(line: "转人工").reply?.decision == .handoff)
        guard case .tickets(let tickets) = session.handle(line: ":handoffs").first else {
            Issue.record("no tickets")
            return
        }
        #expect(tickets.map(\.reason) == [.requested])
        // A requested handoff names no skill: of the agents on duty with the fewest open tickets (none yet),
        // the first by id.
        #expect(tickets.map { $0.agent?.rawValue } == ["xiaoli"])
        #expect(tickets.first?.agentOnline == true)
    }

    @Test func resetStartsANewSessionAsTheSameBuyer() throws {
        var (session, _) = try chat(ChatProfile(buyer: "b1002"))
        _ = session.handle(line: "转人工")
        #expect(session.state.handedOff)
        let events = session.handle(line: ":reset")
        #expect(events.messageKeys == [.chatReset])
        #expect(events.contains { if case .welcome = $0 { true } else { false } })
        #expect(session.state.id == "chat-2")
        #expect(!session.state.handedOff)
        #expect(session.exchanges.isEmpty)
        #expect(session.state.buyer == "b1002")
        #expect(session.handle(line: "包邮吗").reply?.decision == .answer)
    }

    @Test func findListsTheItemsThatMentionAWord() throws {
        var (session, _) = try chat()
        guard case .mentions(let mentions) = session.handle(line: ":find 尺码").first else {
            Issue.record("no mentions")
            return
        }
        let exchange = try #require(mentions.first { $0.id == "exchange" })
        #expect(exchange.kind == .faq)
        #expect(exchange.field == "question")
        #expect(exchange.location?.file == "faq/aftersale.yaml")
        #expect(mentions.contains { $0.kind == .rule && $0.id == "size-recommend" })
        #expect(session.handle(line: ":find SHUNFENG顺丰").messageKeys == [.chatFindNone])
        #expect(session.handle(line: ":find").problems == [Message(.chatUsage, ":find TEXT")])
        // Width and case do not matter.
        guard case .mentions(let wide) = session.handle(line: ":find ＶＩＰ").first else {
            Issue.record("full-width VIP not found")
            return
        }
        #expect(wide.contains { $0.id == "vip-gift" })
    }

    @Test func openPrintsTheSourceFileAndLine() throws {
        var (session, backend) = try chat()
        #expect(session.handle(line: ":open").problems.map(\.key) == [.chatNothingYet])
        _ = session.handle(line: "什么时候发货")
        guard case .location(let path, let line) = session.handle(line: ":open").first else {
            Issue.record("no location")
            return
        }
        #expect(path == backend.root.appending(path: "faq/presale.yaml").path)
        #expect(line == 1)
        _ = session.handle(line: "转人工")
        #expect(session.handle(line: ":open").problems.map(\.key) == [.chatNoSource])
    }

    @Test func reloadKeepsTheSessionAndAnswersWithTheNewContent() throws {
        var (session, backend) = try chat()
        #expect(session.handle(line: "帮我查物流").reply?.decision == .ask)
        let faq = backend.root.appending(path: "faq/presale.yaml")
        let text = try String(contentsOf: faq, encoding: .utf8)
        try text.replacingOccurrences(of: "亲,全国包邮(新疆西藏除外),偏远地区需补运费10元~", with: "亲,全国包邮~")
            .write(to: faq, atomically: true, encoding: .utf8)

        let events = session.handle(line: ":reload")
        #expect(events.messageKeys == [.syncNothing, .chatReloaded])
        #expect(backend.reloads == 1)
        #expect(session.exchanges.count == 1)
        // The pending question survives the reload: the order number still completes it.
        #expect(session.handle(line: "12345").reply?.source?.label == "rule/logistics-query")
        #expect(session.handle(line: "包邮吗").reply?.reply == "亲,全国包邮~")
    }

    @Test func reloadOfABrokenFolderKeepsTheOldContent() throws {
        var (session, backend) = try chat()
        try "- id: broken\n  question: [unclosed\n".write(
            to: backend.root.appending(path: "faq/broken.yaml"), atomically: true, encoding: .utf8)
        let events = session.handle(line: ":reload")
        guard case .diagnostics(let diagnostics) = events.first else {
            Issue.record("no diagnostics")
            return
        }
        #expect(diagnostics.first?.location?.file == "faq/broken.yaml")
        #expect(events.messageKeys == [.chatReloadKept])
        #expect(session.handle(line: "什么时候发货").reply?.source?.label == "faq/shipping-time")
    }

    @Test func saveWritesATestTheLoaderAccepts() throws {
        var (session, backend) = try chat(ChatProfile(buyer: "b1001", product: "SKU-1"))
        #expect(session.handle(line: ":save first").problems.map(\.key) == [.chatSaveEmpty])
        _ = session.handle(line: "什么时候发货")
        _ = session.handle(line: "有赠品吗")
        _ = session.handle(line: ":image")
        _ = session.handle(line: "我要投诉你们")

        let events = session.handle(line: ":save tests/size-and-gift.yaml")
        #expect(events.messageKeys == [.chatSaved])
        let path = backend.root.appending(path: "tests/size-and-gift.yaml")
        let written = try String(contentsOf: path, encoding: .utf8)
        #expect(written.hasPrefix("# Saved from `kefu chat`"))

        let bundle = try BundleLoader().loadBundle(at: backend.root)
        let id = try #require(ItemID("size-and-gift"))
        let item = try #require(bundle.items[ItemKey(kind: .test, id: id)])
        let test = try item.decode(as: ConversationTest.self)
        #expect(test.buyer == "b1001")
        #expect(test.product == "SKU-1")
        #expect(test.turns.map(\.buyer) == ["什么时候发货", "有赠品吗", "[image]", "我要投诉你们"])
        #expect(test.turns.map(\.type) == ["text", "text", "image", "text"])
        #expect(test.turns[0].expect?.faq == ItemID("shipping-time"))
        #expect(test.turns[1].expect?.rule == ItemID("vip-gift"))
        #expect(test.turns[2].expect?.decision == "silent")
        #expect(test.turns[3].expect?.decision == "handoff")
        #expect(test.turns[3].expect?.handoff == "sentiment")

        // A second save under the same name, or a name that is not an id, writes nothing.
        #expect(session.handle(line: ":save size-and-gift").problems.map(\.key) == [.chatSaveExists])
        #expect(try String(contentsOf: path, encoding: .utf8) == written)
        #expect(session.handle(line: ":save Size Test").problems.map(\.key) == [.chatSaveBadName])
    }

    @Test func saveWarnsWhenTheBuyerChangedMidSession() throws {
        var (session, _) = try chat()
        _ = session.handle(line: "包邮吗")
        _ = session.handle(line: ":tags vip")
        _ = session.handle(line: "有赠品吗")
        let events = session.handle(line: ":save mixed")
        #expect(events.messageKeys == [.chatSaved, .chatSaveProfileChanged])
    }

    @Test func helpListsEveryCommandOrExplainsOne() throws {
        var (session, _) = try chat()
        guard case .help(let all) = session.handle(line: ":help").first,
            case .help(let one) = session.handle(line: ":help :why").first
        else {
            Issue.record("no help")
            return
        }
        #expect(all == ChatCommandName.allCases)
        #expect(one == [.why])
        #expect(session.handle(line: ":wyh").problems == [Message(.chatUnknownCommandDidYouMean, "wyh", "why")])
        #expect(session.handle(line: ":zzzzzzzz").problems == [Message(.chatUnknownCommand, "zzzzzzzz")])
    }

    @Test func quitEndsAndColonsStillReachTheBuyer() throws {
        var (session, _) = try chat()
        let quit = session.handle(line: ":quit")
        #expect(quit.count == 1)
        if case .quit = quit.first {} else { Issue.record("no quit") }
        if case .quit = session.handle(line: ":q").first {} else { Issue.record(":q does not quit") }
        #expect(session.handle(line: ":)").reply != nil)
        #expect(session.handle(line: "::help").reply != nil)
        #expect(session.exchanges.map(\.message.text) == [":)", ":help"])
    }
}
