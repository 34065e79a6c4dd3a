import Foundation
import KefuBundle
import KefuCore
import KefuEngine
import Testing

/// A template over the Mustache budgets that reached the engine without the loader (a store written by
/// an older kefu, say) is never parsed: its reply falls back instead of overflowing the parser's stack.
@Suite struct TemplateBudgetTests {
    @Test func aTemplateNestedThousandsDeepFallsBackInsteadOfCrashing() throws {
        let deep = String(repeating: "{{#shop}}", count: 3_000) + "亲" + String(repeating: "{{/shop}}", count: 3_000)
        var records = try BundleLoader().loadBundle(at: EngineFixture.shopFolder).contentRecords()
        let index = try #require(
            records.firstIndex {
                $0.kind == .template && String(decoding: $0.json, as: UTF8.self).contains("size-chart")
            })
        records[index].json = try JSONSerialization.data(withJSONObject: ["id": "size-chart", "text": deep])
        let engine = Engine(content: try EngineContent(records: records))
        let reply = EngineFixture.ask("有什么活动吗", engine: engine)
        #expect(reply.decision == .fallback)
        #expect(reply.source?.label == "template/fallback")
        #expect(reply.reply == "亲,这个问题我还不太明白,您可以换个说法,或者回复“转人工”联系人工客服~")
        // The same question with the template as shipped answers from it.
        #expect(EngineFixture.ask("有什么活动吗").reply == "亲,尺码表请看详情页第三张图~")
    }
}
