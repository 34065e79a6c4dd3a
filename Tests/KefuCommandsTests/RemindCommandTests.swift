import Foundation
import KefuTestSupport
import Testing

/// `kefu remind` on the Taobao sample's orders at several clock times: exactly the expected messages,
/// never the same order and reminder twice, none in quiet hours, at most two a buyer a day.
@Suite struct RemindCommandTests {
    private func shop() throws -> (TemporaryFolder, URL) {
        let sample = try SampleShop()
        let (folder, shop) = (sample.folder, sample.root)
        return (folder, shop)
    }

    /// `order reminder buyer` of each line `kefu remind --json --now TIME` printed, and its standard error.
    private func remind(at time: String, in shop: URL, _ extra: [String] = []) throws -> ([String], String) {
        let result = try KefuBinary.run(["remind", "--json", "--now", time] + extra, in: shop)
        #expect(result.status == 0, "\(result.standardError)")
        let lines = try result.standardOutput.split(separator: "\n").map { line in
            let object = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return "\(object["order"] ?? "") \(object["reminder"] ?? "") \(object["buyer"] ?? "")"
        }
        return (lines, result.standardError)
    }

    @Test func theSampleShopsRemindersAtThreeClockTimes() throws {
        let (folder, shop) = try shop()
        _ = folder
        // 07:50 is quiet (22:00-08:00): the shipped order of last night is due but waits.
        let (early, earlyNote) = try remind(at: "2026-12-01 07:50", in: shop)
        #expect(early.isEmpty)
        #expect(earlyNote.contains("quiet hours"))

        // 10:15: unpaid for 75 minutes, shipped at 10:00, a balance due at 20:00; b2001's third is held back.
        let (morning, morningNote) = try remind(at: "2026-12-01 10:15", in: shop)
        #expect(
            morning == [
                "3301001 remind-unpaid b2001", "3301003 remind-shipped b2001", "3301009 remind-balance b2007",
            ])
        #expect(morningNote.contains("1 held back"))
        #expect(morningNote.contains("3301010"))
        let full = try KefuBinary.run(["remind", "--json", "--now", "2026-12-01 10:15", "--dry-run"], in: shop)
        #expect(full.standardOutput.isEmpty)

        // The same time again sends nothing twice.
        #expect(try remind(at: "2026-12-01 10:15", in: shop).0.isEmpty)
        // 23:00 is quiet again although 3301011 (unpaid since 21:00) is due.
        #expect(try remind(at: "2026-12-01 23:00", in: shop).0.isEmpty)
        // The next morning: 3301011 is still worth a reminder (12 h); 3301010's has expired.
        #expect(try remind(at: "2026-12-02 09:00", in: shop).0 == ["3301011 remind-unpaid b2003"])
        #expect(try remind(at: "2026-12-02 09:00", in: shop).0.isEmpty)
    }

    @Test func aDryRunShowsWithoutRecordingAndTheTextIsRendered() throws {
        let (folder, shop) = try shop()
        _ = folder
        let dry = try KefuBinary.run(["remind", "--dry-run", "--now", "2026-12-01 10:15"], in: shop)
        #expect(
            dry.standardOutput.contains(
                "3301003 → b2001  [remind-shipped]  亲,您的订单3301003已经发货啦,中通快递运单号ZT7788990011,请留意查收~"))
        #expect(dry.standardOutput.contains("尾款将于2026-12-01 20:00截止支付"))
        #expect(try remind(at: "2026-12-01 10:15", in: shop).0.count == 3)
    }

    @Test func settingsAndBadReminderRulesAreReadFromTheBundle() throws {
        let (folder, shop) = try shop()
        _ = folder
        let manifest = shop.appending(path: "bundle.yaml")
        try
            (try String(contentsOf: manifest, encoding: .utf8)
            + "reminders: {quiet_hours: \"09:00-11:00\", per_buyer_per_day: 1}\n").write(
                to: manifest, atomically: true, encoding: .utf8)
        #expect(try KefuBinary.run(["sync"], in: shop).status == 0)
        #expect(try remind(at: "2026-12-01 10:15", in: shop).1.contains("quiet hours"))
        #expect(
            try remind(at: "2026-12-01 11:30", in: shop).0 == [
                "3301001 remind-unpaid b2001", "3301009 remind-balance b2007",
            ])

        try """
        - id: remind-typo
          status: [待付款]
          after: 30 minutes
          reply: {template: remind-unpaid}
        """.write(to: shop.appending(path: "reminders/more.yaml"), atomically: true, encoding: .utf8)
        let check = try KefuBinary.run(["check"], in: shop)
        #expect(check.status == 65)
        #expect(check.standardError.contains("reminders/more.yaml:3"))
        #expect(check.standardError.contains("'30 minutes' is not a duration"))
    }
}
