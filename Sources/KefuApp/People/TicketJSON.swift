import Foundation
import KefuStore

/// A ticket as `kefu tickets --json` and the HTTP bridge show it: snake_case keys like every other JSON
/// kefu writes, times in ISO 8601.
public struct TicketJSON: Encodable, Sendable {
    public let id: Int64
    public let session: String
    public let state: String
    public let agent: String?
    public let reason: String
    public let priority: String
    public let summary: String
    public let createdAt: Date
    public let claimedBy: String?
    public let claimedAt: Date?
    public let closedBy: String?
    public let closedAt: Date?
    public let outcome: String?

    public init(_ ticket: TicketRecord) {
        id = ticket.id ?? 0
        session = ticket.session
        state = ticket.state.rawValue
        agent = ticket.agent
        reason = ticket.reason
        priority = ticket.priority
        summary = ticket.summary
        createdAt = ticket.createdAt
        claimedBy = ticket.claimedBy
        claimedAt = ticket.claimedAt
        closedBy = ticket.closedBy
        closedAt = ticket.closedAt
        outcome = ticket.outcome?.rawValue
    }

    enum CodingKeys: String, CodingKey {
        case id, session, state, agent, reason, priority, summary, outcome
        case createdAt = "created_at"
        case claimedBy = "claimed_by"
        case claimedAt = "claimed_at"
        case closedBy = "closed_by"
        case closedAt = "closed_at"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(session, forKey: .session)
        try container.encode(state, forKey: .state)
        try container.encode(agent, forKey: .agent)
        try container.encode(reason, forKey: .reason)
        try container.encode(priority, forKey: .priority)
        try container.encode(summary, forKey: .summary)
        try container.encode(outcome, forKey: .outcome)
        let time = { (date: Date?) in date.map { $0.formatted(.iso8601) } }
        try container.encode(time(createdAt), forKey: .createdAt)
        try container.encode(claimedBy, forKey: .claimedBy)
        try container.encode(time(claimedAt), forKey: .claimedAt)
        try container.encode(closedBy, forKey: .closedBy)
        try container.encode(time(closedAt), forKey: .closedAt)
    }
}
