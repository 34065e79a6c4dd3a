/// What `ReminderPlanner` found at one moment: the reminders to send, and why others are not sent now.
public struct ReminderPlan: Sendable {
    /// Due and to be sent, in the order of the orders file, then by reminder id.
    public var due: [DueReminder] = []
    /// Due, but the buyer already had the day's reminders (`per_buyer_per_day`).
    public var heldBack: [DueReminder] = []
    /// It is the shop's quiet hours: nothing is sent now; what is due waits (until it expires).
    public var quiet = false
    /// Orders a reminder's status matched whose time column was empty or unreadable, by order id.
    public var withoutTime: [String] = []
}
