import KefuCore

/// Where sessions live between messages (the store for `kefu ask --session`, memory for the REPL).
public protocol SessionStore {
    func session(id: String) throws -> SessionState?
    func save(_ session: SessionState) throws
    /// Open tickets per agent, for routing to the least loaded.
    func openTicketCounts() throws -> [ItemID: Int]
}
