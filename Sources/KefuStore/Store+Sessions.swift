import Foundation
import GRDB
import KefuCore

extension Store {
    /// The saved state of conversation `id` (the engine's JSON), if there is one.
    public func sessionState(id: String) throws -> Data? {
        try writer.read { db in
            try String.fetchOne(db, sql: "SELECT state FROM session WHERE id = ?", arguments: [id]).map {
                Data($0.utf8)
            }
        }
    }

    /// Saves a conversation's state and the tickets it raised, in one transaction.
    public func saveSession(id: String, state: Data, newTickets: [TicketRecord]) throws {
        try writer.write { db in
            try db.execute(
                sql: """
                    INSERT INTO session (id, state, updatedAt) VALUES (?, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET state = excluded.state, updatedAt = excluded.updatedAt
                    """,
                arguments: [id, String(decoding: state, as: UTF8.self), Date()])
            for var ticket in newTickets { try ticket.insert(db) }
        }
    }

    /// Tickets not yet closed per agent id: the load that routing balances.
    public func openTicketCounts() throws -> [String: Int] {
        try writer.read { db in
            var counts: [String: Int] = [:]
            let rows = try Row.fetchAll(
                db,
                sql:
                    "SELECT agent, COUNT(*) AS count FROM ticket WHERE state != 'closed' AND agent IS NOT NULL GROUP BY agent"
            )
            for row in rows { counts[row["agent"]] = row["count"] }
            return counts
        }
    }
}
