import Foundation
import KefuTestSupport
import Testing

/// The console in a real headless Chromium (Debian's, through chromedriver and the WebDriver protocol),
/// on a copy of the Taobao sample, the way a seller clicks through it. Each test takes the screenshots
/// Documentation/Console.md shows (into `.build/console-screenshots`, or `KEFU_CONSOLE_SCREENSHOTS`).
/// One browser at a time: two cores run one Chromium well.
@Suite(.serialized) struct ConsoleBrowserTests {
    /// A copy of the sample shop, synced, with its console running and a browser signed in.
    final class Workbench: @unchecked Sendable {
        let folder: TemporaryFolder
        let shop: URL
        let console: RunningConsole
        let browser: WebDriver

        init(width: Int = 1280, height: Int = 900, language: String = "en-US", prepare: (URL) throws -> Void = { _ in })
            async throws
        {
            folder = try TemporaryFolder("console")
            shop = folder.url.appending(path: "shop")
            try FileManager.default.copyItem(
                at: ShippedBundleTests.repository.appending(path: "Samples/taobao-apparel"), to: shop)
            let synced = try KefuBinary.run(["sync"], in: shop)
            guard synced.status == 0 else { throw FixtureShop.FixtureError.syncFailed(synced.standardError) }
            try prepare(shop)
            console = try RunningConsole(in: shop)
            browser = try await WebDriver(width: width, height: height, language: language)
            try await browser.open(console.signIn)
        }

        func url(_ path: String) -> URL { URL(string: path, relativeTo: console.base) ?? console.base }

        func file(_ path: String) throws -> String {
            try String(contentsOf: shop.appending(path: path), encoding: .utf8)
        }

        /// Every FAQ file's text, in name order.
        func faqFiles() throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: shop.appending(path: "faq").path).sorted().map {
                try file("faq/\($0)")
            }
        }

        /// Saves the window as `Documentation/Console/NAME.png` would show it.
        func screenshot(_ name: String) async throws {
            let folder =
                ProcessInfo.processInfo.environment["KEFU_CONSOLE_SCREENSHOTS"].map { URL(filePath: $0) }
                ?? ShippedBundleTests.repository.appending(path: ".build/console-screenshots")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try await browser.screenshot().write(to: folder.appending(path: "\(name).png"))
        }

        func finish() async -> KefuBinary.Result {
            await browser.quit()
            return console.stop()
        }

        /// Runs `steps` on a new workbench and always closes the browser and the console, which must
        /// end with status 0.
        static func run(
            width: Int = 1280, height: Int = 900, language: String = "en-US",
            prepare: (URL) throws -> Void = { _ in }, _ steps: (Workbench) async throws -> Void
        ) async throws {
            let bench = try await Workbench(width: width, height: height, language: language, prepare: prepare)
            do {
                try await steps(bench)
            } catch {
                _ = await bench.finish()
                throw error
            }
            #expect(await bench.finish().status == 0)
        }
    }

    @Test func chattingShowsTheBadgeAndAWhyPanelNamingTheFAQ() async throws {
        try await Workbench.run { bench in
            let browser = bench.browser
            #expect(try await browser.currentURL.hasSuffix("/chat"))
            // The buyer pickers offer the shop data's buyers and products.
            #expect(try await browser.elements("#buyer-choices option").count >= 2)
            #expect(try await browser.elements(#"#product-choices option[value="DR-101"]"#).count == 1)
            try await browser.type("b2001", into: "#buyer")
            try await browser.type("DR-101", into: "#product")
            try await browser.click("form.buyer button")
            #expect(try await browser.text("#flash").contains("b2001 · DR-101"))
            try await browser.type("多久发货", into: "#message")
            try await browser.click("#send")
            #expect(try await browser.text("#last .text") == "亲,付款后48小时内发货,大促期间72小时内~")
            #expect(try await browser.text("#last .badge").contains("faq/shipping-time"))
            #expect(try await browser.text("#why .headline").contains("faq/shipping-time"))
            #expect(try await browser.text("#why").contains("presale.yaml"))
            try await bench.screenshot("chat")
            // The conversation is kept as a test, with the buyer it was held as.
            try await browser.type("console-shipping", into: "#test-name")
            try await browser.click("#save-test")
            #expect(try await browser.text("#flash").contains("tests/console-shipping.yaml"))
            let saved = try bench.file("tests/console-shipping.yaml")
            #expect(saved.contains("b2001"))
            #expect(saved.contains("DR-101"))
            #expect(saved.contains("多久发货"))
            // The source in the why panel is a link to the item.
            try await browser.click("#why .headline a")
            #expect(try await browser.text("h1") == "faq/shipping-time")
            #expect(try await browser.text("#location").hasPrefix("faq/presale.yaml:"))
        }
    }

    @Test func editingAnAnswerWritesTheFileAndTheNextAnswerChanges() async throws {
        try await Workbench.run { bench in
            let browser = bench.browser
            try await browser.open(bench.url("/knowledge"))
            try await browser.type("发货", into: "#q")
            try await browser.click("#filters button")
            #expect(try await browser.elements("#items tbody tr").count >= 2)
            try await bench.screenshot("knowledge")
            try await browser.click(#"a[href="/knowledge/faq/shipping-time"]"#)
            try await browser.type("亲,现货付款后24小时内发出~", into: "#text")
            try await browser.type("啥时候能发", into: "#add")
            try await browser.click("#save")
            #expect(try await browser.text("#flash").contains("Saved to the bundle"))
            let file = try bench.file("faq/presale.yaml")
            #expect(file.contains("answer: 亲,现货付款后24小时内发出~"))
            #expect(file.contains("啥时候能发"))
            #expect(!file.contains("大促期间72小时内"))
            #expect(try await browser.text("#revisions").contains("#2 edit"))
            // Rewritten where it stood, the FAQ keeps its place in the file.
            #expect(try await browser.text("#location") == "faq/presale.yaml:3")
            try await bench.screenshot("item")
            try await browser.open(bench.url("/chat"))
            try await browser.type("啥时候能发", into: "#message")
            try await browser.click("#send")
            #expect(try await browser.text("#last .text") == "亲,现货付款后24小时内发出~")
        }
    }

    @Test func anUnansweredGroupIsAcceptedAfterItsPreview() async throws {
        try await Workbench.run { bench in
            let browser = bench.browser
            try await browser.open(bench.url("/insight"))
            try await browser.type("logs/chat-2026-11.jsonl", into: "#replay-path")
            try await browser.click("#replay")
            #expect(try await browser.text("#flash").hasPrefix("Replayed "))
            try await bench.screenshot("insight")
            // The replayed log tells the knowledge table which FAQs answered: fewer are "never used".
            try await browser.open(bench.url("/knowledge?kind=faq"))
            let faqs = try await browser.elements("#items tbody tr").count
            try await browser.open(bench.url("/knowledge?kind=faq&flag=unused"))
            let unused = try await browser.elements("#items tbody tr").count
            #expect(faqs > 10 && unused < faqs - 5, "\(unused) of \(faqs) FAQs never used")
            let report = try KefuBinary.run(["report", "--json"], in: bench.shop)
            let clusters = try #require(
                (try JSONSerialization.jsonObject(with: Data(report.standardOutput.utf8)) as? [String: Any])?[
                    "clusters"]
                    as? [[String: Any]])
            let group = try #require(clusters.first { ($0["suggestion"] as? [String: Any])?["faq"] != nil })
            let number = try #require(group["number"] as? Int)
            let faq = try #require((group["suggestion"] as? [String: Any])?["faq"] as? String)
            let questions = try #require(group["questions"] as? [String])
            let before = try bench.faqFiles()
            try await browser.open(bench.url("/insight"))
            try await browser.click(#"a[href="/insight/groups/\#(number)"]"#)
            // The preview shows the FAQ before and after, and changes nothing.
            let shownBefore = try await browser.text("#before")
            let shownAfter = try await browser.text("#after")
            #expect(shownBefore.hasPrefix("id: \(faq)"))
            for question in questions {
                #expect(!shownBefore.contains(question))
                #expect(shownAfter.contains(question))
            }
            #expect(try bench.faqFiles() == before)
            try await bench.screenshot("accept-preview")
            try await browser.click("#accept")
            #expect(try await browser.text("#flash").contains("faq/\(faq)"))
            #expect(try await browser.text("h1") == "faq/\(faq)")
            let written = try bench.faqFiles().joined()
            for question in questions { #expect(written.contains(question)) }
            #expect(try KefuBinary.run(["conflicts"], in: bench.shop).standardOutput.contains("No open conflicts"))
        }
    }

    @Test func aConflictWithTheEditorIsSettledFieldByField() async throws {
        try await Workbench.run { bench in
            let browser = bench.browser
            try await browser.open(bench.url("/knowledge/faq/shipping-time"))
            // Meanwhile, in an editor: the same answer and end date changed differently, and a question added.
            let path = bench.shop.appending(path: "faq/presale.yaml")
            let edited = try bench.file("faq/presale.yaml").replacingOccurrences(
                of: """
                      answer: "亲,付款后48小时内发货,大促期间72小时内~"
                      intent: logistics
                    """,
                with: """
                      answer: "编辑器里写的答案"
                      intent: logistics
                      active: {until: "2027-01-15"}
                    """
            ).replacingOccurrences(of: "\"付款后什么时候发\"]", with: "\"付款后什么时候发\", \"编辑器加的问法\"]")
            #expect(edited != (try bench.file("faq/presale.yaml")))
            try Data(edited.utf8).write(to: path)
            try await browser.type("控制台写的答案", into: "#text")
            try await browser.type("2026-12-31", into: "#until")
            try await browser.click("#save")
            #expect(try await browser.text("#flash").contains("conflict"))
            try await browser.open(bench.url("/conflicts"))
            try await browser.click(#"a[href="/conflicts/faq/shipping-time"]"#)
            #expect(try await browser.elements("tr.conflicting").count == 2)
            try await bench.screenshot("conflict")
            // Ours (the console's) for the answer, theirs (the editor's) for the end date.
            try await browser.click(#"input[name="field.answer"][value="ours"]"#)
            try await browser.click(#"input[name="field.active"][value="theirs"]"#)
            try await browser.click("#resolve-fields")
            #expect(try await browser.text("#flash").contains("Conflict settled"))
            let file = try bench.file("faq/presale.yaml")
            #expect(file.contains("控制台写的答案"))
            #expect(!file.contains("编辑器里写的答案"))
            #expect(file.contains("2027-01-15"))
            #expect(!file.contains("2026-12-31"))
            #expect(file.contains("编辑器加的问法"))
            #expect(try KefuBinary.run(["conflicts"], in: bench.shop).standardOutput.contains("No open conflicts"))
        }
    }

    @Test func aTicketIsClaimedAndHandedBack() async throws {
        try await Workbench.run(prepare: { shop in
            let asked = try KefuBinary.run(["ask", "--session", "buyer-9", "质量太差了我要投诉"], in: shop)
            #expect(asked.standardError.contains("handoff"))
        }) { bench in
            let browser = bench.browser
            try await browser.open(bench.url("/tickets"))
            try await browser.click("#tickets tbody a")
            #expect(try await browser.text("#state") == "open")
            #expect(try await browser.text(".transcript").contains("质量太差了我要投诉"))
            try await bench.screenshot("ticket")
            try await browser.type("小李", into: "#agent")
            try await browser.click("#claim")
            // The next page is the one whose state says so (the old page may still be there a moment).
            #expect(try await browser.text("#state.state-claimed") == "claimed")
            #expect(try await browser.text("h1 + p").contains("小李"))
            try await browser.click("#handback")
            #expect(try await browser.text("#state.state-closed") == "closed")
            let tickets = try KefuBinary.run(["tickets", "--json"], in: bench.shop)
            #expect(tickets.standardOutput.contains("handed_back"))
        }
    }

    @Test func aNarrowWindowInChineseReadsWithoutSidewaysScrolling() async throws {
        try await Workbench.run(width: 420, height: 860, language: "zh-CN") { bench in
            let browser = bench.browser
            #expect(try await browser.text("nav").contains("对话测试"))
            try await browser.type("几天能发出", into: "#message")
            try await browser.click("#send")
            // The answered page (only it has a last reply), then its why panel, in Chinese.
            #expect(!(try await browser.text("#last .text")).isEmpty)
            #expect(try await browser.text("#why h2") == "为什么这样回复")
            #expect(try await browser.text("#why .headline").contains("faq/shipping-time"))
            let overflow = try await browser.evaluate(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth")
            #expect((overflow as? Int ?? (overflow as? Double).map { Int($0) } ?? 99) <= 0)
            try await bench.screenshot("chat-narrow-zh")
        }
    }
}
