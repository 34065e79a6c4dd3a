import Foundation
import KefuStore

/// A ticket as `kefu tickets --json` and the HTTP bridge show it: snake_case keys like every other JSON
/// kefu writes to a bridge; who and when appear once they are set.
public struct TicketJSON: Encodable, Sendable {
    public let id: Int64
    public let session: String
    public let state: TicketRecord.State
    public let agent: String?
    public let reason: String
    public let priority: String
    public let summary: String
    public let createdAt: Date
    public let claimedBy: String?
    public let claimedAt: Date?
    public let closedBy: String?
    public let closedAt: Date?
    public let outcome: TicketRecord.Outcome?

    public init(_ ticket: TicketRecord) {
        id = ticket.id ?? 0
        session = ticket.session
        state = ticket.state
        agent = ticket.agent
        reason = ticket.reason
        priority = ticket.priority
        summary = ticket.summary
        createdAt = ticket.createdAt
        claimedBy = ticket.claimedBy
        claimedAt = ticket.claimedAt
        closedBy = ticket.closedBy
        closedAt = ticket.closedAt
        outcome = ticket.outcome
    }

    enum CodingKeys: String, CodingKey {
        case id, session, state, agent, reason, priority, summary, outcome
        case createdAt = "created_at"
        case claimedBy = "claimed_by"
        case claimedAt = "claimed_at"
        case closedBy = "closed_by"
        case closedAt = "closed_at"
    }
}
