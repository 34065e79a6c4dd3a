import Foundation
import KefuTestSupport
import Testing

/// The people side from the command line: `kefu tickets` from handoff to close, `kefu suggest` for the
/// person answering, and buyers' ratings from a chat log in the report.
@Suite struct PeopleCommandTests {
    private func json(_ arguments: [String], in folder: URL) throws -> Any {
        let result = try KefuBinary.run(arguments + ["--json"], in: folder)
        #expect(result.status == 0, "\(arguments): \(result.standardError)")
        return try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8))
    }

    @Test func aTicketIsClaimedClosedAndTheBuyerIsAnsweredAgain() throws {
        let folder = try FixtureShop.syncedCopy()
        let shop = folder.url
        #expect(try KefuBinary.run(["ask", "--session", "s", "转人工"], in: shop).status == 0)
        let listed = try KefuBinary.run(["tickets"], in: shop)
        #expect(listed.standardOutput.hasPrefix("#1  open"))
        #expect(
            try KefuBinary.run(["tickets", "claim", "1", "--agent", "小王"], in: shop).standardOutput
                == "ticket 1 claimed (session s)\n")
        let taken = try KefuBinary.run(["tickets", "claim", "1", "--agent", "小李"], in: shop)
        #expect(taken.status == 1)
        #expect(taken.standardError.contains("claimed by 小王"))
        #expect(try KefuBinary.run(["ask", "--session", "s", "要不要邮费"], in: shop).standardError.contains("silent"))

        let closed = try #require(try json(["tickets", "close", "1"], in: shop) as? [String: Any])
        #expect(closed["state"] as? String == "closed")
        #expect(closed["outcome"] as? String == "resolved")
        #expect(closed["closed_by"] as? String == "tester")
        let again = try KefuBinary.run(["ask", "--session", "s", "要不要邮费"], in: shop)
        #expect(again.standardError.contains("answer · faq/shipping-fee"))
        #expect(try KefuBinary.run(["tickets", "--open"], in: shop).standardOutput == "no tickets\n")
        let twice = try KefuBinary.run(["tickets", "close", "1"], in: shop)
        #expect(twice.status == 1)
        #expect(twice.standardError.contains("already closed"))
        #expect(try KefuBinary.run(["tickets", "claim", "99"], in: shop).status == 65)

        let report = try #require(try json(["report", "--include-tests"], in: shop) as? [String: Any])
        let tickets = try #require(report["tickets"] as? [String: Any])
        #expect(tickets["raised"] as? Int == 1)
        #expect(tickets["claimed"] as? Int == 1)
        #expect(tickets["closed"] as? Int == 1)
        #expect(tickets["medianSecondsToClose"] is Double)
    }

    @Test func suggestReadsTheSessionAndKeepsNothing() throws {
        let folder = try FixtureShop.syncedCopy()
        let shop = folder.url
        #expect(try KefuBinary.run(["ask", "--session", "s", "--buyer", "b1001", "帮我查物流"], in: shop).status == 0)
        let suggestions = try #require(try json(["suggest", "--session", "s", "12345"], in: shop) as? [[String: Any]])
        #expect((suggestions.first?["reply"] as? String)?.contains("ZT7788990011") == true)
        let plain = try KefuBinary.run(["suggest", "拍下以后多长时间发货"], in: shop)
        #expect(plain.standardOutput.hasPrefix("1. "))
        #expect(plain.standardOutput.contains("[faq/shipping-time"))
        // Nothing was logged or kept: the session still waits for its order number.
        let report = try #require(try json(["report", "--include-tests"], in: shop) as? [String: Any])
        #expect(report["messages"] as? Int == 1)
        let resumed = try KefuBinary.run(["ask", "--session", "s", "12345"], in: shop)
        #expect(resumed.standardOutput.contains("ZT7788990011"))
        #expect(try KefuBinary.run(["suggest", "qqqq zzzz"], in: shop).standardOutput.contains("no item of the shop"))
    }

    @Test func ratingsInAChatLogGiveSatisfactionAndFlagALowRatedItem() throws {
        let folder = try FixtureShop.syncedCopy()
        let shop = folder.url
        let lines = [
            #"{"time": "2026-12-01T10:00:00+08:00", "session": "a", "buyer": "b1", "text": "拍下以后多长时间发货", "rating": "unhelpful", "rating_comment": "打13812345678问过了"}"#,
            #"{"time": "2026-12-01T10:05:00+08:00", "session": "b", "buyer": "b2", "text": "拍下以后多长时间发货", "rating": 2}"#,
            #"{"time": "2026-12-01T10:10:00+08:00", "session": "c", "buyer": "b3", "text": "要不要邮费", "rating": 5}"#,
            #"{"time": "2026-12-01T10:15:00+08:00", "session": "d", "buyer": "b4", "text": "要不要邮费", "rating": "helpful"}"#,
        ]
        try (lines.joined(separator: "\n") + "\n").write(
            to: shop.appending(path: "rated.jsonl"), atomically: true, encoding: .utf8)
        #expect(try KefuBinary.run(["replay", "rated.jsonl"], in: shop).status == 0)
        let report = try #require(try json(["report", "--include-tests"], in: shop) as? [String: Any])
        let satisfaction = try #require(report["satisfaction"] as? [String: Any])
        #expect(satisfaction["rated"] as? Int == 4)
        #expect(satisfaction["satisfied"] as? Int == 2)
        #expect(satisfaction["rate"] as? Double == 0.5)
        let items = try #require(report["items"] as? [[String: Any]])
        let shipping = try #require(items.first { $0["source"] as? String == "faq/shipping-time" })
        #expect(shipping["flagged"] as? Bool == true)
        #expect(shipping["satisfaction"] as? Double == 0)
        let fee = try #require(items.first { $0["source"] as? String == "faq/shipping-fee" })
        #expect(fee["flagged"] as? Bool == false)
        #expect(!StoreFiles.contain("13812345678", in: shop))
        let text = try KefuBinary.run(["report", "--include-tests"], in: shop).standardOutput
        #expect(text.contains("satisfaction: 50.0% (2 of 4 ratings at 4 or 5)"))
        #expect(text.contains("faq/shipping-time  0/2 (0.0%); rated 0.0% by 2"))

        try (lines[0].replacingOccurrences(of: "unhelpful", with: "meh") + "\n").write(
            to: shop.appending(path: "bad.jsonl"), atomically: true, encoding: .utf8)
        let bad = try KefuBinary.run(["replay", "--strict", "bad.jsonl"], in: shop)
        #expect(bad.status == 65)
        #expect(bad.standardError.contains("bad.jsonl:1"))
        #expect(bad.standardError.contains("rating column must be 1 to 5"))
    }
}
