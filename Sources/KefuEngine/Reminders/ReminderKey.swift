import KefuCore

/// One order and one reminder rule: what is sent at most once.
public struct ReminderKey: Hashable, Sendable {
    public var order: String
    public var reminder: ItemID

    public init(order: String, reminder: ItemID) {
        self.order = order
        self.reminder = reminder
    }
}
