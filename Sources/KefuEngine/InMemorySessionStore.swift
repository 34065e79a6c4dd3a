import KefuCore

/// Sessions in memory: for the REPL, tests and `kefu serve`.
public final class InMemorySessionStore: SessionStore {
    private var sessions: [String: SessionState] = [:]
    /// Kept up to date on each save: summing every session's tickets for each message made a long
    /// `kefu serve` slower with every buyer it had seen.
    private var ticketCounts: [ItemID: Int] = [:]

    public init() {}

    public func session(id: String) -> SessionState? { sessions[id] }

    public func save(_ session: SessionState) {
        if let previous = sessions[session.id] {
            for (agent, count) in previous.ticketsPerAgent { ticketCounts[agent, default: 0] -= count }
        }
        for (agent, count) in session.ticketsPerAgent { ticketCounts[agent, default: 0] += count }
        ticketCounts = ticketCounts.filter { $0.value != 0 }
        sessions[session.id] = session
    }

    public func openTicketCounts() -> [ItemID: Int] { ticketCounts }
}
