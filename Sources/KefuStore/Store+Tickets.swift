import Foundation
import GRDB

extension Store {
    /// Tickets, oldest first: every one, or those in `states`, or of `session`.
    public func tickets(in states: Set<TicketRecord.State>? = nil, session: String? = nil) throws -> [TicketRecord] {
        try writer.read { db in
            var request = TicketRecord.order(Column("id"))
            if let states { request = request.filter(states.map(\.rawValue).contains(Column("state"))) }
            if let session { request = request.filter(Column("session") == session) }
            return try request.fetchAll(db)
        }
    }

    /// The ticket numbered `id`, if there is one.
    public func ticket(id: Int64) throws -> TicketRecord? {
        try writer.read { db in try TicketRecord.fetchOne(db, key: id) }
    }

    /// Tickets not yet closed.
    public func activeTicketCount() throws -> Int {
        try writer.read { db in
            try TicketRecord.filter(Column("state") != TicketRecord.State.closed.rawValue).fetchCount(db)
        }
    }

    /// Moves ticket `id` by `change`, made by `person` at `time`, in one transaction. Ending a session's
    /// last active ticket hands the session back to the bot: `handingBack` turns the session's saved state
    /// (the engine's JSON) into the state the bot answers again from.
    /// - Throws: `TicketChangeError` when the ticket does not allow it; nothing is changed then.
    @discardableResult
    public func change(
        ticket id: Int64, _ change: TicketChange, by person: String, at time: Date,
        handingBack: (Data) throws -> Data
    ) throws -> TicketRecord {
        try writer.write { db in
            guard var ticket = try TicketRecord.fetchOne(db, key: id) else { throw TicketChangeError.notFound(id: id) }
            if ticket.state == .closed { throw TicketChangeError.alreadyClosed(id: id, by: ticket.closedBy) }
            switch change {
            case .claim:
                if ticket.state == .claimed, let holder = ticket.claimedBy {
                    guard holder == person else { throw TicketChangeError.claimedByOther(id: id, by: holder) }
                    return ticket
                }
                ticket.state = .claimed
                ticket.claimedBy = person
                ticket.claimedAt = time
            case .close: ticket.close(by: person, at: time, .resolved)
            case .handBack: ticket.close(by: person, at: time, .handedBack)
            }
            try ticket.update(db)
            if ticket.state == .closed {
                try Self.handBackIfDone(session: ticket.session, db: db, handingBack: handingBack)
            }
            return ticket
        }
    }

    /// Hands session `session` back to the bot: every ticket of it not yet closed is closed as handed back
    /// by `person` at `time`, and its saved state is passed through `handingBack`, in one transaction.
    /// - Returns: the tickets closed.
    /// - Throws: `TicketChangeError.nothingToHandBack` when the session has no active ticket.
    @discardableResult
    public func handBack(
        session: String, by person: String, at time: Date, handingBack: (Data) throws -> Data
    ) throws -> [TicketRecord] {
        try writer.write { db in
            var active = try TicketRecord.filter(Column("session") == session)
                .filter(Column("state") != TicketRecord.State.closed.rawValue).order(Column("id")).fetchAll(db)
            guard !active.isEmpty else { throw TicketChangeError.nothingToHandBack(session: session) }
            for index in active.indices {
                active[index].close(by: person, at: time, .handedBack)
                try active[index].update(db)
            }
            try Self.handBackIfDone(session: session, db: db, handingBack: handingBack)
            return active
        }
    }

    /// Passes the saved state of `session` through `handingBack` when none of its tickets is active any more.
    private static func handBackIfDone(
        session: String, db: Database, handingBack: (Data) throws -> Data
    ) throws {
        let active = try TicketRecord.filter(Column("session") == session)
            .filter(Column("state") != TicketRecord.State.closed.rawValue).fetchCount(db)
        guard active == 0,
            let state = try String.fetchOne(db, sql: "SELECT state FROM session WHERE id = ?", arguments: [session])
        else { return }
        let returned = try handingBack(Data(state.utf8))
        try db.execute(
            sql: "UPDATE session SET state = ?, updatedAt = ? WHERE id = ?",
            arguments: [String(decoding: returned, as: UTF8.self), Date(), session])
    }

    /// Keeps a buyer's rating of the latest bot reply in `session` on its logged message.
    /// - Returns: the rated message, or nil when the session has no logged reply.
    public func rateLatestReply(in session: String, rating: Int, comment: String?) throws -> LoggedMessageRating? {
        try writer.write { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT id, source FROM conversationMessage
                        WHERE session = ? AND reply IS NOT NULL ORDER BY id DESC LIMIT 1
                        """, arguments: [session])
            else { return nil }
            let id: Int64 = row["id"]
            try db.execute(
                sql: "UPDATE conversationMessage SET rating = ?, ratingComment = ? WHERE id = ?",
                arguments: [rating, comment, id])
            return LoggedMessageRating(message: id, source: row["source"])
        }
    }
}
