import Foundation
import KefuCore
import KefuEngine
import KefuStore

/// Keeps engine sessions in the store between `kefu ask --session` calls; the tickets a session raised
/// since it was loaded are recorded with it, in the same transaction. What the buyer wrote is kept with
/// personal data masked, like the conversation log.
final class StoreSessionStore: SessionStore {
    private let store: Store
    private let masker = PersonalDataMasker()
    private var loadedTickets: [String: Int] = [:]

    init(store: Store) { self.store = store }

    func session(id: String) throws -> SessionState? {
        guard let data = try store.sessionState(id: id) else { return nil }
        let session = try JSONDecoder().decode(SessionState.self, from: data)
        loadedTickets[id] = session.tickets.count
        return session
    }

    func save(_ session: SessionState) throws {
        let newTickets = session.tickets.dropFirst(loadedTickets[session.id] ?? 0).map { ticket in
            TicketRecord(
                session: session.id, agent: ticket.agent?.rawValue, reason: ticket.reason.rawValue,
                priority: ticket.priority.rawValue, summary: ticket.summary, createdAt: Date())
        }
        var kept = session
        for index in kept.turns.indices { kept.turns[index].buyer = masker.mask(kept.turns[index].buyer) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        try store.saveSession(id: session.id, state: try encoder.encode(kept), newTickets: Array(newTickets))
        loadedTickets[session.id] = session.tickets.count
    }

    func openTicketCounts() throws -> [ItemID: Int] {
        var counts: [ItemID: Int] = [:]
        for (agent, count) in try store.openTicketCounts() {
            if let id = ItemID(agent) { counts[id] = count }
        }
        return counts
    }
}
