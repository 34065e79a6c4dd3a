import Foundation
import KefuCore
import KefuEngine
import KefuStore

/// Keeps engine sessions in the store between `kefu ask --session` calls; the tickets a session raised
/// since it was loaded are recorded with it, in the same transaction. What is kept passes the
/// `PersonalDataBoundary`, like the conversation log.
public final class StoreSessionStore: SessionStore {
    private let store: Store
    private let boundary = PersonalDataBoundary()
    private var loadedTickets: [String: Int] = [:]

    public init(store: Store) { self.store = store }

    public func session(id: String) throws -> SessionState? {
        guard let data = try store.sessionState(id: id) else { return nil }
        let session = try Self.decoded(data)
        loadedTickets[id] = session.tickets.count
        return session
    }

    public func save(_ session: SessionState) throws {
        let now = Date()
        let newTickets = session.tickets.dropFirst(loadedTickets[session.id] ?? 0).map { ticket in
            boundary.record(of: ticket, session: session.id, at: now)
        }
        try store.saveSession(
            id: session.id, state: try Self.encoded(boundary.kept(session)), newTickets: Array(newTickets))
        loadedTickets[session.id] = session.tickets.count
    }

    /// A session as the store keeps it (the engine's JSON, keys sorted so an unchanged session reads the same).
    static func encoded(_ session: SessionState) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return try encoder.encode(session)
    }

    static func decoded(_ data: Data) throws -> SessionState {
        try JSONDecoder().decode(SessionState.self, from: data)
    }

    public func openTicketCounts() throws -> [ItemID: Int] {
        var counts: [ItemID: Int] = [:]
        for (agent, count) in try store.openTicketCounts() {
            if let id = ItemID(agent) { counts[id] = count }
        }
        return counts
    }
}
