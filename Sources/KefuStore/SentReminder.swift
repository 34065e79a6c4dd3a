import Foundation
import GRDB

/// A reminder the shop sent: to which order, by which rule, to whom, when.
public struct SentReminder: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "sentReminder"

    public var orderID: String
    public var reminder: String
    public var buyer: String?
    public var sentAt: Date

    public init(orderID: String, reminder: String, buyer: String?, sentAt: Date) {
        self.orderID = orderID
        self.reminder = reminder
        self.buyer = buyer
        self.sentAt = sentAt
    }
}
