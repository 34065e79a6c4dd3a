import Foundation
import KefuCore
import KefuEngine
import Testing

/// When a reminder falls due and when it does not: `after` and `expires`, `before` a deadline, times with
/// and without an offset, quiet hours past midnight, the daily cap, and what was sent already.
@Suite struct ReminderPlannerTests {
    static let shanghai = TimeZone(identifier: "Asia/Shanghai") ?? .current

    static func reminder(_ json: String) throws -> Reminder {
        try JSONDecoder().decode(Reminder.self, from: Data(json.utf8))
    }

    static let unpaid = #"{"id": "unpaid", "status": ["unpaid"], "after": "30m", "expires": "2h", "reply": "请付款"}"#
    static let balance =
        #"{"id": "balance", "status": ["balance_due"], "from": "balance_due_at", "before": "12h", "reply": "尾款"}"#

    static func at(_ text: String) -> Date { BundleDate(parsing: text)?.date(in: shanghai) ?? Date() }

    private func plan(
        at time: String, orders: [[String: String]], settings: ReminderSettings = ReminderSettings(),
        sent: Set<ReminderKey> = [], today: [String: Int] = [:]
    ) throws -> ReminderPlan {
        let planner = ReminderPlanner(
            reminders: [try Self.reminder(Self.unpaid), try Self.reminder(Self.balance)], settings: settings,
            timeZone: Self.shanghai)
        return planner.plan(orders: orders.map(ShopRecord.init), now: Self.at(time), sent: sent, sentToday: today)
    }

    private func names(_ due: [DueReminder]) -> [String] { due.map { "\($0.order)/\($0.reminder)" } }

    @Test func afterCountsFromTheStatusTimeUntilItExpires() throws {
        let order = ["order_id": "1", "buyer": "b", "status": "unpaid", "status_at": "2026-12-01 10:00"]
        #expect(try plan(at: "2026-12-01 10:29", orders: [order]).due.isEmpty)
        #expect(names(try plan(at: "2026-12-01 10:30", orders: [order]).due) == ["1/unpaid"])
        #expect(names(try plan(at: "2026-12-01 12:29", orders: [order]).due) == ["1/unpaid"])
        #expect(try plan(at: "2026-12-01 12:30", orders: [order]).due.isEmpty)
        // Another status, or already sent: nothing.
        var paid = order
        paid["status"] = "paid"
        #expect(try plan(at: "2026-12-01 11:00", orders: [paid]).due.isEmpty)
        let sent: Set = [ReminderKey(order: "1", reminder: ItemID("unpaid")!)]
        #expect(try plan(at: "2026-12-01 11:00", orders: [order], sent: sent).due.isEmpty)
    }

    @Test func beforeCountsDownToTheDeadlineAndTimesMayCarryAnOffset() throws {
        // 20:00 in Shanghai written as UTC.
        let order = ["order_id": "9", "buyer": "c", "status": "balance_due", "balance_due_at": "2026-12-01T12:00:00Z"]
        #expect(try plan(at: "2026-12-01 07:59", orders: [order]).due.isEmpty)
        #expect(names(try plan(at: "2026-12-01 08:00", orders: [order]).due) == ["9/balance"])
        #expect(names(try plan(at: "2026-12-01 19:59", orders: [order]).due) == ["9/balance"])
        #expect(try plan(at: "2026-12-01 20:00", orders: [order]).due.isEmpty)
    }

    @Test func quietHoursPassingMidnightSendNothing() throws {
        let order = ["order_id": "1", "buyer": "b", "status": "unpaid", "status_at": "2026-12-01 23:00"]
        let settings = ReminderSettings(quietHours: WorkingHours(parsing: "23:30-00:15"), perBuyerPerDay: 2)
        #expect(try plan(at: "2026-12-01 23:45", orders: [order], settings: settings).quiet)
        #expect(try plan(at: "2026-12-02 00:10", orders: [order], settings: settings).due.isEmpty)
        #expect(names(try plan(at: "2026-12-02 00:15", orders: [order], settings: settings).due) == ["1/unpaid"])
    }

    @Test func theDailyCapHoldsBackABuyersExtraRemindersInFileOrder() throws {
        let orders = (1...3).map {
            ["order_id": "\($0)", "buyer": "b", "status": "unpaid", "status_at": "2026-12-01 10:00"]
        }
        let plan = try plan(at: "2026-12-01 11:00", orders: orders)
        #expect(names(plan.due) == ["1/unpaid", "2/unpaid"])
        #expect(names(plan.heldBack) == ["3/unpaid"])
        let later = try self.plan(at: "2026-12-01 11:00", orders: orders, today: ["b": 2])
        #expect(later.due.isEmpty)
        #expect(later.heldBack.count == 3)
    }

    @Test func anOrderWithoutATimeIsNamedNotGuessed() throws {
        let orders = [["order_id": "5", "buyer": "b", "status": "unpaid", "status_at": "yesterday"]]
        let plan = try plan(at: "2026-12-01 11:00", orders: orders)
        #expect(plan.due.isEmpty)
        #expect(plan.withoutTime == ["5"])
    }

    @Test(arguments: [("30m", 1_800), ("2h", 7_200), ("1d", 86_400), ("1h30m", 5_400), ("0m", 0)])
    func durationsRead(_ text: String, _ seconds: Int) {
        #expect(ReminderDuration(parsing: text)?.seconds == seconds)
    }

    @Test(arguments: ["30", "30 minutes", "h", "-1h", "1w", "9999999m", ""])
    func nonsenseIsNoDuration(_ text: String) {
        #expect(ReminderDuration(parsing: text) == nil)
    }
}
