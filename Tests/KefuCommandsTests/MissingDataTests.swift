import Foundation
import KefuTestSupport
import Testing

/// A reply never reaches a buyer with a hole where the shop's data should be: what the buyer can give
/// is asked for, what only the shop can fill in gets the fallback with a person offered, and `kefu check`
/// names the data file a reply needs. Inline replies that use variables are filled in like templates.
@Suite struct MissingDataTests {
    private func sample() throws -> (TemporaryFolder, URL) {
        let sample = try SampleShop()
        return (sample.folder, sample.root)
    }

    /// Before: `亲,身高165cm、体重50kg,建议选码` with no `data/size_chart.csv`, and `kefu check` said nothing.
    @Test func aSizeRecommendationWithoutASizeChartFallsBackAndCheckSaysWhy() throws {
        let (folder, shop) = try sample()
        let question = "身高165体重50kg穿什么码"
        let withChart = try KefuBinary.run(["ask", question], in: shop)
        #expect(withChart.standardOutput.contains("建议选M码"), "\(withChart.standardOutput)")

        try FileManager.default.removeItem(at: shop.appending(path: "data/size_chart.csv"))
        let without = try KefuBinary.run(["ask", "--json", question], in: shop)
        let object = try #require(
            JSONSerialization.jsonObject(with: Data(without.standardOutput.utf8)) as? [String: Any])
        let reply = try #require(object["reply"] as? String)
        #expect(!reply.contains("建议选码"), "\(reply)")
        #expect(object["decision"] as? String == "fallback")
        #expect(reply.contains("转人工"))
        #expect(without.standardOutput.contains("recommended_size: no data/size_chart.csv"))

        let check = try KefuBinary.run(["check"], in: shop)
        #expect(
            check.standardError.contains(
                "warning: template/size-recommendation prints 'recommended_size', which comes from data/size_chart.csv, and the bundle has no such file"
            ), "\(check.standardError)")
        #expect(check.standardError.contains("[K115]"))
        withExtendedLifetime(folder) {}
    }

    /// An empty column in the buyer's order leaves nothing to ask: the fallback, with a person offered.
    @Test func anEmptyColumnIsNeverPrintedAsNothing() throws {
        let (folder, shop) = try sample()
        let orders = shop.appending(path: "data/orders.csv")
        let text = try String(contentsOf: orders, encoding: .utf8)
        let header = text.prefix { $0 != "\n" }.split(separator: ",").map(String.init)
        let column = try #require(header.firstIndex(of: "last_event"))
        let lines = text.split(separator: "\n").map { line in
            var cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            if cells.first == "3301003" { cells[column] = "" }
            return cells.joined(separator: ",")
        }
        try (lines.joined(separator: "\n") + "\n").write(to: orders, atomically: true, encoding: .utf8)
        let result = try KefuBinary.run(["ask", "--json", "订单3301003到哪了"], in: shop)
        #expect(!result.standardOutput.contains("最新进度:~") && !result.standardOutput.contains("最新进度:\""))
        #expect(result.standardOutput.contains("\"decision\" : \"fallback\""), "\(result.standardOutput)")
        #expect(result.standardOutput.contains("order.last_event: no last_event in data/orders.csv for this one"))
        withExtendedLifetime(folder) {}
    }

    /// Before: an FAQ answer `{{product.title}}…` was sent with the braces.
    @Test func anInlineReplyWithVariablesIsFilledInAskedForOrChecked() throws {
        let (folder, shop) = try sample()
        let faq = """
            - id: fabric
              question: 这件是什么面料?
              answer: 亲,{{product.title}}是精梳棉面料,柔软透气~
            - id: typo
              question: 这件有几个颜色?
              answer: 亲,{{product.color_list}}都有哦~

            """
        try faq.write(to: shop.appending(path: "faq/fabric.yaml"), atomically: true, encoding: .utf8)
        #expect(try KefuBinary.run(["sync"], in: shop).status == 0)

        let inView = try KefuBinary.run(["ask", "--product", "TS-201", "这件是什么面料?"], in: shop)
        #expect(inView.standardOutput == "亲,纯棉圆领T恤是精梳棉面料,柔软透气~\n", "\(inView.standardOutput)")
        let noProduct = try KefuBinary.run(["ask", "这件是什么面料?"], in: shop)
        #expect(!noProduct.standardOutput.contains("{{"))
        #expect(noProduct.standardError.hasPrefix("[ask"), "\(noProduct.standardError)")

        let check = try KefuBinary.run(["check"], in: shop)
        #expect(check.standardError.contains("faq/typo uses 'product.color_list'"), "\(check.standardError)")
        #expect(check.status == 1)
        withExtendedLifetime(folder) {}
    }

    /// Before: `订单号 3456789012345678` after `帮我查物流` got the fallback `还在学习中`, then the same question again.
    @Test func anUnknownOrderIsSaidToBeNotFound() throws {
        let (folder, shop) = try sample()
        let chat = try KefuBinary.run(["chat"], in: shop, input: "帮我查物流\n订单号 3456789012345678\n订单号 3301003\n")
        let lines = chat.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.count == 3, "\(chat.standardOutput)")
        #expect(lines.count == 3 && lines[1].contains("没有查到订单3456789012345678"), "\(lines)")
        #expect(lines.count == 3 && lines[1].contains("转人工"))
        #expect(lines.count == 3 && lines[2].contains("中通快递"), "a right number then answers")
        withExtendedLifetime(folder) {}
    }

    /// A bundle with no `message-image` template is told that a picture alone gets silence.
    @Test func checkNotesABundleWithoutAnImageTemplate() throws {
        let (folder, shop) = try sample()
        #expect(!(try KefuBinary.run(["check"], in: shop).standardError.contains("message-image")))
        let templates = shop.appending(path: "templates/templates.yaml")
        let text = try String(contentsOf: templates, encoding: .utf8)
        let kept = text.components(separatedBy: "\n- id: ").filter { !$0.hasPrefix("message-image") }
        try kept.joined(separator: "\n- id: ").write(to: templates, atomically: true, encoding: .utf8)
        let check = try KefuBinary.run(["check"], in: shop)
        #expect(check.standardError.contains("note: no 'message-image' template"), "\(check.standardError)")
        withExtendedLifetime(folder) {}
    }
}
