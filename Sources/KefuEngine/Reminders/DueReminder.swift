import Foundation
import KefuCore

/// A reminder that is due for one order now: which rule, which order and buyer, and since when.
public struct DueReminder: Hashable, Sendable {
    public var reminder: ItemID
    public var order: String
    public var buyer: String?
    /// When it fell due; it stays due until `expiresAt`.
    public var dueAt: Date
    public var expiresAt: Date
}
