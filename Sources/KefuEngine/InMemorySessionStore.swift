import KefuCore

/// Sessions in memory: for the REPL, tests and `kefu serve`.
public final class InMemorySessionStore: SessionStore {
    private var sessions: [String: SessionState] = [:]

    public init() {}

    public func session(id: String) -> SessionState? { sessions[id] }

    public func save(_ session: SessionState) { sessions[session.id] = session }

    public func openTicketCounts() -> [ItemID: Int] {
        sessions.values.reduce(into: [:]) { counts, session in
            counts.merge(session.ticketsPerAgent, uniquingKeysWith: +)
        }
    }
}
