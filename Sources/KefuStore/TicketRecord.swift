import Foundation
import GRDB

/// A handoff ticket as the store keeps it: enough to balance agents' load, to follow a ticket from open
/// through claimed to closed, and to report on handoffs (time to claim, time to close).
public struct TicketRecord: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "ticket"

    /// Where a ticket is in its life: raised, taken by a person, ended.
    public enum State: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible {
        case open, claimed, closed
    }

    /// How a closed ticket ended: the person settled it, or handed the buyer back to the bot.
    public enum Outcome: String, Codable, Sendable, DatabaseValueConvertible {
        case resolved
        case handedBack = "handed_back"
    }

    public var id: Int64?
    public var session: String
    /// The agent the engine routed it to (an agents.yaml id).
    public var agent: String?
    public var reason: String
    public var priority: String
    public var summary: String
    public var createdAt: Date
    public var state: State
    public var claimedBy: String?
    public var claimedAt: Date?
    public var closedBy: String?
    public var closedAt: Date?
    public var outcome: Outcome?

    public init(session: String, agent: String?, reason: String, priority: String, summary: String, createdAt: Date) {
        self.session = session
        self.agent = agent
        self.reason = reason
        self.priority = priority
        self.summary = summary
        self.createdAt = createdAt
        self.state = .open
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// Ends the ticket: closed by `person` at `time`, and how.
    mutating func close(by person: String, at time: Date, _ outcome: Outcome) {
        state = .closed
        closedBy = person
        closedAt = time
        self.outcome = outcome
    }
}
