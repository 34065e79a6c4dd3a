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
        let session = try JSONDecoder().decode(SessionState.self, from: data)
        loadedTickets[id] = session.tickets.count
        return session
    }

    public func save(_ session: SessionState) throws {
        let now = Date()
        let newTickets = session.tickets.dropFirst(loadedTickets[session.id] ?? 0).map { ticket in
            boundary.record(of: ticket, session: session.id, at: now)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        try store.saveSession(
            id: session.id, state: try encoder.encode(boundary.kept(session)), newTickets: Array(newTickets))
        loadedTickets[session.id] = session.tickets.count
    }

    public func openTicketCounts() throws -> [ItemID: Int] {
        var counts: [ItemID: Int] = [:]
        for (agent, count) in try store.openTicketCounts() {
            if let id = ItemID(agent) { counts[id] = count }
        }
        return counts
    }
}
