import Foundation
import KefuTestSupport
import Testing

/// `kefu chat` end to end: the built binary on a pseudo-terminal (libedit, history, Ctrl-C, Ctrl-D)
/// and in a pipe (one reply per line).
@Suite struct ChatTerminalTests {
    /// A moment after the fixture's Double 11 promotion (2026-11-01 to 11-12) has ended.
    static let afterDouble11 = "2026-12-01 10:00"

    private func shop() throws -> TemporaryFolder {
        let folder = try FixtureShop.copy()
        #expect(try KefuBinary.run(["sync"], in: folder.url).status == 0)
        return folder
    }

    @Test func aSellerChatsAsksWhyAndRecallsTheQuestion() throws {
        let folder = try shop()
        // After the Double 11 promotion's window, whatever today's date.
        let terminal = try PseudoTerminal(["chat", "--now", Self.afterDouble11], in: folder.url)
        let prompt = "buyer> "

        #expect(terminal.typeAtPrompt("有什么活动吗\r", prompt: prompt))
        #expect(terminal.text.contains("Chatting with 示例女装店 as a test buyer"))
        #expect(terminal.waitFor("[answer · rule/wrong-reply]"))
        #expect(terminal.text.contains("亲,尺码表请看详情页第三张图~"))

        #expect(terminal.typeAtPrompt(":why\r", prompt: prompt))
        #expect(terminal.waitFor("Timings (µs)"))
        #expect(terminal.text.contains("wrong-reply answered: priority 5, keywords 活动  rules/rules.yaml:35:3"))
        #expect(terminal.text.contains("promo-double11 matched 活动 but is expired"))

        // Ctrl-C drops a half-typed line; it never reaches the engine or the history.
        #expect(terminal.typeAtPrompt("不要这句\u{03}", prompt: prompt))

        // Arrow up twice: past ":why" to the question, sent again.
        #expect(terminal.typeAtPrompt("\u{1B}[A\u{1B}[A\r", prompt: prompt))
        #expect(terminal.waitFor("[answer · rule/wrong-reply]", count: 2))

        #expect(terminal.typeAtPrompt("\u{04}", prompt: prompt))
        #expect(terminal.waitForExit() == 0)
        let history = try folder.read(".kefu/history")
        #expect(history.contains("有什么活动吗"))
        #expect(history.contains(":why"))
        #expect(!history.contains("不要这句"))
        #expect(!terminal.text.contains("[fallback"))
    }

    @Test func historySurvivesIntoTheNextSession() throws {
        let folder = try shop()
        let first = try PseudoTerminal(["chat"], in: folder.url)
        #expect(first.typeAtPrompt("包邮吗\r", prompt: "buyer> "))
        #expect(first.waitFor("[answer · faq/shipping-fee"))
        #expect(first.typeAtPrompt(":quit\r", prompt: "buyer> "))
        #expect(first.waitForExit() == 0)

        let second = try PseudoTerminal(["chat"], in: folder.url)
        #expect(second.typeAtPrompt("\u{1B}[A\u{1B}[A\r", prompt: "buyer> "))
        #expect(second.waitFor("[answer · faq/shipping-fee"))
        #expect(second.typeAtPrompt(":quit\r", prompt: "buyer> "))
        #expect(second.waitForExit() == 0)
    }

    @Test func inAPipeEachMessageGetsOneLine() throws {
        let folder = try shop()
        let input = "什么时候发货\n:as b1001\n有赠品吗\n\n:image\n包邮吗\n转人工\n包邮吗\n还在吗\n"
        let result = try KefuBinary.run(["chat"], in: folder.url, input: input)
        #expect(result.status == 0)
        // A message left unanswered still has its line, saying why: after a handoff every later line
        // used to come back blank.
        let lines = result.standardOutput.components(separatedBy: "\n")
        #expect(lines.count == 8)
        #expect(
            Array(lines.prefix(4)) == [
                "亲,付款后48小时内发货,大促期间72小时内~", "亲,VIP会员下单即送定制丝巾一条~", "[silent · unsupported_type]",
                "亲,全国包邮(新疆西藏除外),偏远地区需补运费10元~",
            ])
        #expect(lines.dropFirst(4).first?.hasPrefix("亲,这个问题我为您转接人工客服") == true)
        #expect(Array(lines.suffix(3)) == ["[silent · handed_off]", "[silent · handed_off]", ""])
        #expect(result.standardError.contains("playing buyer b1001 (tags: vip, returning)"))
        #expect(result.standardError.contains("[answer · rule/vip-gift]"))
        #expect(!result.standardOutput.contains("欢迎"))
    }

    /// `--now` sets the shop's clock: the Double 11 promotion answers inside its window and not after it.
    @Test func nowChoosesTheMomentTheShopAnswersAt() throws {
        let folder = try shop()
        let during = try KefuBinary.run(["chat", "--now", "2026-11-05 10:00"], in: folder.url, input: "有什么活动吗\n")
        #expect(during.status == 0)
        #expect(during.standardOutput == "亲,双11当天前1小时全场5折,记得提前加购哦~\n")
        let after = try KefuBinary.run(["chat", "--now", Self.afterDouble11], in: folder.url, input: "有什么活动吗\n")
        #expect(after.standardOutput == "亲,尺码表请看详情页第三张图~\n")
        let wrong = try KefuBinary.run(["chat", "--now", "soon"], in: folder.url, input: "有什么活动吗\n")
        #expect(wrong.status == 64)
        #expect(wrong.standardError.contains("'soon' is not a time"))
    }

    @Test func reloadSyncsTheFolderAndKeepsTheSession() throws {
        let folder = try shop()
        let chat = try LineConversation(["chat"], in: folder.url)
        #expect(try chat.send("帮我查物流") == "亲,麻烦提供一下订单号,我帮您查询~")
        let faq = folder.url.appending(path: "faq/presale.yaml")
        let text = try String(contentsOf: faq, encoding: .utf8)
        try text.replacingOccurrences(of: "亲,全国包邮(新疆西藏除外),偏远地区需补运费10元~", with: "亲,全国包邮~")
            .write(to: faq, atomically: true, encoding: .utf8)
        try chat.command(":reload")
        // The question asked before the reload is still pending; the edit answers after it.
        #expect(try chat.send("12345")?.contains("ZT7788990011") == true)
        #expect(try chat.send("包邮吗") == "亲,全国包邮~")
        #expect(try chat.finish() == 0)
        let log = try KefuBinary.run(["log"], in: folder.url)
        #expect(log.standardOutput.contains("faq/shipping-fee"))
    }

    @Test func inAPipeJSONGivesOneObjectPerMessage() throws {
        let folder = try shop()
        let result = try KefuBinary.run(["chat", "--json"], in: folder.url, input: "什么时候发货\n转人工\n")
        let objects = try result.standardOutput.split(separator: "\n").map { line in
            try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
        #expect(objects.map { $0["decision"] as? String } == ["answer", "handoff"])
        #expect((objects.last?["handoff"] as? [String: Any])?["reason"] as? String == "requested")
    }
}
