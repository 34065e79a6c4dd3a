import KefuEngine

/// What one `kefu remind` did: the reminders to send (recorded as sent unless it was a dry run) and
/// why the others wait.
public struct ReminderRun: Sendable {
    public var outgoing: [OutgoingReminder]
    /// The plan it came from: held back by the daily cap, quiet hours, orders without a time.
    public var plan: ReminderPlan
    /// Due, but the template needs data the order does not have (by reminder and order).
    public var unrendered: [(reminder: String, order: String, missing: [String])]
}
