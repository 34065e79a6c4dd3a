import Foundation
import KefuBundle
import KefuCore
import KefuSync
import KefuTestSupport
import PropertyBased
import Testing

/// Guarantee 1: independent changes give the same store whatever order they arrive in.
@Suite struct ArrivalOrderTests {
    /// Independent edits: each touches a different item or field of the fixture bundle.
    static let edits: [(path: String, old: String, new: String)] = [
        ("faq/logistics.yaml", "48小时内发货", "24小时内发货"),
        ("faq/logistics.yaml", "intent: logistics\n  tags", "intent: shipping\n  tags"),
        ("faq/logistics.yaml", "similar: [查物流, 物流信息]", "similar: [查物流, 物流信息, 快递到哪了]"),
        ("rules/promo.yaml", "priority: 10", "priority: 30"),
        ("agents.yaml", "skills: [presale, logistics]", "skills: [presale, logistics, aftersale]"),
        ("lexicons/words.yaml", "level: high", "level: watch"),
        ("templates/standard.yaml", "Welcome to {{shop.name}}!", "Welcome!"),
    ]
    /// What each edit leaves in the canonical JSON of the item it changes, and is not there before.
    static let landed: [(item: String, text: String)] = [
        ("faq/shipping-time", "24小时内发货"), ("faq/shipping-time", #""intent":"shipping""#),
        ("faq/where-is-my-order", #"物流信息","快递到哪了""#), ("rule/promo-double11", #""priority":30"#),
        ("agent/xiaowang", #""aftersale""#), ("lexicon/negative", #""level":"watch""#),
        ("template/welcome", #""Welcome!""#),
    ]

    @Test func independentChangesGiveTheSameStoreInEitherOrder() async throws {
        await propertyCheck(count: 12, input: Gen.int(in: 0...127)) { mask in
            let chosen = Self.edits.indices.filter { mask & (1 << $0) != 0 }
            let forA = chosen.enumerated().filter { $0.offset % 2 == 0 }.map { Self.edits[$0.element] }
            let forB = chosen.enumerated().filter { $0.offset % 2 == 1 }.map { Self.edits[$0.element] }
            do {
                let one = try Self.outcome(first: forA, then: forB)
                let other = try Self.outcome(first: forB, then: forA)
                #expect(one == other)
                // Every edit sent is in the store, and nothing else changed those fields.
                for (index, landed) in Self.landed.enumerated() {
                    let content = try #require(one[landed.item], "\(landed.item) is in the store")
                    #expect(content.contains(landed.text) == chosen.contains(index), "edit \(index): \(content)")
                }
            } catch {
                Issue.record(error)
            }
        }
    }

    /// A fresh shop receives the change sets of two colleagues, in the given order.
    static func outcome(
        first: [(path: String, old: String, new: String)], then second: [(path: String, old: String, new: String)]
    ) throws
        -> [String: String]
    {
        let shop = try SyncFixture()
        var folders: [TemporaryFolder] = []
        for (name, edits) in [("a", first), ("b", second)] {
            let colleague = try TemporaryFolder()
            try colleague.write(BundleFixtures.complete)
            _ = try shop.merge(from: colleague.url, as: name)
            folders.append(colleague)
            for edit in edits {
                let text = try colleague.read(edit.path)
                try colleague.write([edit.path: text.replacingOccurrences(of: edit.old, with: edit.new)])
            }
        }
        _ = try shop.merge(from: folders[0].url, as: "a")
        _ = try shop.merge(from: folders[1].url, as: "b")
        _ = try shop.sync()
        return try shop.storedItems()
    }
}
