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
        for (agent, count) in sessions[session.id]?.ticketsPerAgent ?? [:] { add(-count, to: agent) }
        for (agent, count) in session.ticketsPerAgent { add(count, to: agent) }
        sessions[session.id] = session
    }

    public func openTicketCounts() -> [ItemID: Int] { ticketCounts }

    /// Adds `count` to `agent`'s tickets; an agent left with none is left out.
    private func add(_ count: Int, to agent: ItemID) {
        let total = ticketCounts[agent, default: 0] + count
        ticketCounts[agent] = total == 0 ? nil : total
    }
}
