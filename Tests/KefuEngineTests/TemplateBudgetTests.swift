import Foundation
import KefuBundle
import KefuCore
import KefuEngine
import Testing

/// A template over the Mustache budgets that reached the engine without the loader (a store written by
/// an older kefu, say) is never parsed: its reply falls back instead of overflowing the parser's stack.
@Suite struct TemplateBudgetTests {
    /// The engine of the test shop with its `size-chart` template's text replaced by `text`, as a store
    /// written without the loader's checks would hold it.
    static func engine(withSizeChart text: String) throws -> Engine {
        var records = try BundleLoader().loadBundle(at: EngineFixture.shopFolder).contentRecords()
        let index = try #require(
            records.firstIndex {
                $0.kind == .template && String(decoding: $0.json, as: UTF8.self).contains("size-chart")
            })
        records[index].json = try JSONSerialization.data(withJSONObject: ["id": "size-chart", "text": text])
        return Engine(content: try EngineContent(records: records))
    }

    @Test func aTemplateNestedThousandsDeepFallsBackInsteadOfCrashing() throws {
        let deep = String(repeating: "{{#shop}}", count: 3_000) + "亲" + String(repeating: "{{/shop}}", count: 3_000)
        let engine = try Self.engine(withSizeChart: deep)
        let reply = EngineFixture.ask("有什么活动吗", engine: engine)
        #expect(reply.decision == .fallback)
        #expect(reply.source?.label == "template/fallback")
        #expect(reply.reply == "亲,这个问题我还不太明白,您可以换个说法,或者回复“转人工”联系人工客服~")
        // The same question with the template as shipped answers from it.
        #expect(EngineFixture.ask("有什么活动吗").reply == "亲,尺码表请看详情页第三张图~")
    }

    /// Rendering costs no more than the template's size: the variables hold no lists to loop over and no
    /// partials are registered, so each section renders at most once. The deepest and longest template the
    /// loader takes (16 sections, 16 KB) answers with one copy of its text, and `{{> name}}` (which could
    /// otherwise include a template in itself) renders nothing.
    @Test func renderingIsBoundedByTheTemplateItself() throws {
        let body = String(repeating: "亲", count: 5_000)
        let deepest =
            String(repeating: "{{#shop}}", count: 15) + body + "{{> size-chart}}{{shop.name}}"
            + String(repeating: "{{/shop}}", count: 15)
        #expect(deepest.utf8.count <= MustacheLimits.maximumBytes)
        #expect(MustacheLimits.problem(in: deepest) == nil)
        let engine = try Self.engine(withSizeChart: deepest)
        let reply = EngineFixture.ask("有什么活动吗", engine: engine)
        #expect(reply.decision == .answer)
        #expect(reply.reply == body + "示例女装店")
    }

    /// A group of variables printed whole prints nothing: Mustache would have written the Swift dictionary,
    /// every column of the buyer's row with it, into the reply (the template fuzzer found `{{}}` repeated
    /// making a reply larger than its template).
    @Test func aGroupOfVariablesPrintsNothingItself() throws {
        let engine = try Self.engine(
            withSizeChart: "亲{{.}}{{}}{{shop}}{{{buyer}}}{{&shop}}~{{#shop}}{{.}}{{name}}{{/shop}}")
        let reply = EngineFixture.ask("有什么活动吗", engine: engine)
        #expect(reply.reply == "亲~示例女装店")
    }
}
