import Foundation
import GRDB

/// A handoff ticket as the store keeps it: enough to balance agents' load and to report on handoffs.
public struct TicketRecord: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "ticket"

    public var id: Int64?
    public var session: String
    public var agent: String?
    public var reason: String
    public var priority: String
    public var summary: String
    public var createdAt: Date
    public var open: Bool

    public init(session: String, agent: String?, reason: String, priority: String, summary: String, createdAt: Date) {
        self.session = session
        self.agent = agent
        self.reason = reason
        self.priority = priority
        self.summary = summary
        self.createdAt = createdAt
        self.open = true
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
