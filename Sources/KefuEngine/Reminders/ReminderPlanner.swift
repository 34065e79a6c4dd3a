import Foundation
import KefuCore

/// Which reminders are due now, from the bundle's reminder rules and the shop's orders: an order in one of
/// a rule's statuses whose time (the rule's `from` column, in the shop's time zone unless it has an
/// offset) is `after` behind, or `before` ahead, and not yet `expires` past that. Never the same order and
/// rule twice (`sent`), nothing in quiet hours, and at most `per_buyer_per_day` a buyer a day.
public struct ReminderPlanner: Sendable {
    public let reminders: [Reminder]
    public let settings: ReminderSettings
    public let timeZone: TimeZone

    public init(reminders: [Reminder], settings: ReminderSettings, timeZone: TimeZone) {
        self.reminders = reminders.sorted { $0.id < $1.id }
        self.settings = settings
        self.timeZone = timeZone
    }

    /// The plan at `now` for `orders` (in file order), given the reminders already sent (order id and
    /// reminder id) and how many each buyer had today.
    public func plan(
        orders: [ShopRecord], now: Date, sent: Set<ReminderKey>, sentToday: [String: Int]
    ) -> ReminderPlan {
        var plan = ReminderPlan()
        let moment = BundleDate(now, in: timeZone)
        if let quiet = settings.quietHours, quiet.contains(minuteOfDay: (moment.hour ?? 0) * 60 + (moment.minute ?? 0))
        {
            plan.quiet = true
            return plan
        }
        var given = sentToday
        for order in orders {
            guard let id = order["order_id"], let status = order["status"] else { continue }
            for reminder in reminders where reminder.status.contains(status) {
                guard !sent.contains(ReminderKey(order: id, reminder: reminder.id)) else { continue }
                guard let time = order[reminder.from].flatMap({ ShopTime.date($0, in: timeZone) }) else {
                    if !plan.withoutTime.contains(id) { plan.withoutTime.append(id) }
                    continue
                }
                let window = self.window(of: reminder, at: time)
                guard window.contains(now) else { continue }
                let due = DueReminder(
                    reminder: reminder.id, order: id, buyer: order["buyer"], dueAt: window.lowerBound,
                    expiresAt: window.upperBound)
                let buyer = order["buyer"] ?? ""
                if given[buyer, default: 0] >= settings.perBuyerPerDay {
                    plan.heldBack.append(due)
                } else {
                    given[buyer, default: 0] += 1
                    plan.due.append(due)
                }
            }
        }
        return plan
    }

    /// When `reminder` is worth sending for an order whose time is `time`.
    private func window(of reminder: Reminder, at time: Date) -> Range<Date> {
        if let before = reminder.before {
            return time.addingTimeInterval(-Double(before.seconds))..<time
        }
        let start = time.addingTimeInterval(Double(reminder.after?.seconds ?? 0))
        return start..<start.addingTimeInterval(Double(reminder.expires.seconds))
    }
}
