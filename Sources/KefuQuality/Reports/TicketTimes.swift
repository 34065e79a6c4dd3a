import Foundation

/// When one handoff ticket was raised, claimed by a person and closed: what the report's time to claim
/// and time to close are measured from (the store keeps tickets; the report needs only these times).
public struct TicketTimes: Sendable, Hashable {
    public var created: Date
    public var claimed: Date?
    public var closed: Date?

    public init(created: Date, claimed: Date?, closed: Date?) {
        self.created = created
        self.claimed = claimed
        self.closed = closed
    }
}
