import Foundation
import KefuCore
import KefuEngine
import KefuStore

/// The reminders the shop sends first (`kefu remind`): planned from the bundle's reminder rules and
/// `data/orders.csv`, rendered from their templates with each order's data, and recorded as sent in one
/// transaction, so each order gets each reminder once even when two runs overlap.
public struct ReminderDesk: Sendable {
    private let workspace: Workspace
    private let store: Store

    public init(workspace: Workspace, store: Store) {
        self.workspace = workspace
        self.store = store
    }

    /// The reminders due at `now`; recorded as sent unless `dryRun`.
    public func run(at now: Date, dryRun: Bool) throws -> ReminderRun {
        let engine = try workspace.engine(from: store)
        let settings = engine.content.settings
        let timeZone = settings.timeZone
        let reminders = engine.content.reminders.map(\.item)
        let shop = try workspace.shopData()
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let sent = Set(
            try store.sentReminders().compactMap { sent in
                ItemID(sent.reminder).map { ReminderKey(order: sent.orderID, reminder: $0) }
            })
        let plan = ReminderPlanner(reminders: reminders, settings: settings.reminders, timeZone: timeZone).plan(
            orders: shop.allOrders, now: now, sent: sent,
            sentToday: try store.remindersPerBuyer(since: calendar.startOfDay(for: now)))
        let byID = Dictionary(reminders.map { ($0.id, $0) }) { first, _ in first }
        let context = AnswerContext(shop: shop, now: now, timeZone: timeZone, trace: false)
        var outgoing: [OutgoingReminder] = []
        var unrendered: [(String, String, [String])] = []
        for due in plan.due {
            guard let reminder = byID[due.reminder] else { continue }
            var session = SessionState(id: "remind-\(due.order)", buyer: due.buyer)
            session.entities.order = due.order
            let (text, missing) = engine.rendered(reminder.reply, in: session, context: context)
            guard missing.isEmpty, let text, !text.isEmpty else {
                unrendered.append((due.reminder.rawValue, due.order, missing))
                continue
            }
            outgoing.append(
                OutgoingReminder(
                    reminder: due.reminder.rawValue, order: due.order, buyer: due.buyer, text: text, dueAt: due.dueAt))
        }
        if !dryRun {
            let sent = outgoing.map {
                SentReminder(orderID: $0.order, reminder: $0.reminder, buyer: $0.buyer, sentAt: now)
            }
            let recorded = Set(try store.recordSent(sent))
            outgoing = zip(outgoing, sent).filter { recorded.contains($1) }.map(\.0)
        }
        return ReminderRun(outgoing: outgoing, plan: plan, unrendered: unrendered)
    }
}
