import Foundation
import KefuTestSupport
import Testing

/// Answers run on the shop's clock (bundle.yaml `timezone`, Asia/Shanghai by default), not the machine's:
/// a Double 11 promotion that ends at 23:59 in Beijing has ended at 07:30 Beijing time the next morning,
/// even on a server set to UTC, where it is still 23:30 on the 11th.
@Suite struct ShopClockTests {
    @Test(arguments: ["UTC", "Asia/Shanghai", "America/Los_Angeles"])
    func aReplayedPromotionEndsOnTheShopsClockWhateverTheMachines(_ zone: String) throws {
        let sample = try SampleShop()
        let (folder, shop) = (sample.folder, sample.root)
        let log = """
            {"time":"2026-11-12T07:30:00+08:00","session":"late","buyer":"b1","text":"双11有什么活动"}
            {"time":"2026-11-11T20:00:00+08:00","session":"in-time","buyer":"b2","text":"双11有什么活动"}
            """
        try (log + "\n").write(to: shop.appending(path: "double11.jsonl"), atomically: true, encoding: .utf8)
        let replay = try KefuBinary.run(["replay", "double11.jsonl", "--json"], in: shop, environment: ["TZ": zone])
        #expect(replay.status == 0, "\(replay.standardError)")
        let summary = try #require(
            JSONSerialization.jsonObject(with: Data(replay.standardOutput.utf8)) as? [String: Any])
        #expect(summary["items"] as? [String: Int] == ["rule/promo-double11": 1, "faq/discount": 1])
    }
}
