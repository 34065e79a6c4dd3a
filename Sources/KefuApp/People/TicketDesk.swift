import Foundation
import KefuCore
import KefuEngine
import KefuStore

/// What people do with the buyers the bot hands over, the same from `kefu tickets` and the HTTP bridge:
/// list tickets, claim one, close it, or hand the buyer back to the bot. Ending a session's last active
/// ticket returns the session to the bot in the same transaction, so the buyer's next message is answered
/// again (a handed-off session is silent until then).
public struct TicketDesk: Sendable {
    private let store: Store

    public init(store: Store) { self.store = store }

    /// The states of a ticket a person still has to deal with.
    public static let active: Set<TicketRecord.State> = [.open, .claimed]

    /// Tickets oldest first: every one, or those in `states`, or those of `session`.
    public func tickets(in states: Set<TicketRecord.State>? = nil, session: String? = nil) throws -> [TicketRecord] {
        try store.tickets(in: states, session: session)
    }

    /// How many tickets are open or claimed.
    public func activeCount() throws -> Int { try store.activeTicketCount() }

    /// Ticket `id`.
    /// - Throws: `AppFailure` (data error) when there is none.
    public func ticket(id: Int64) throws -> TicketRecord {
        guard let ticket = try store.ticket(id: id) else { throw AppFailure(.dataError, Message(.ticketNotFound, id)) }
        return ticket
    }

    /// Moves ticket `id` by `change`, made by `person` now.
    /// - Throws: `AppFailure` naming what stands in the way (claimed by someone else, already closed).
    @discardableResult
    public func change(ticket id: Int64, _ change: TicketChange, by person: String, at time: Date = Date()) throws
        -> TicketRecord
    {
        do {
            return try store.change(ticket: id, change, by: person, at: time, handingBack: Self.handingBack)
        } catch let error as TicketChangeError {
            throw Self.failure(error)
        }
    }

    /// Returns session `id` to the bot, closing its active tickets as handed back by `person`.
    @discardableResult
    public func handBack(session id: String, by person: String, at time: Date = Date()) throws -> [TicketRecord] {
        do {
            return try store.handBack(session: id, by: person, at: time, handingBack: Self.handingBack)
        } catch let error as TicketChangeError {
            throw Self.failure(error)
        }
    }

    /// The session's saved state as the bot answers from it again.
    private static func handingBack(_ saved: Data) throws -> Data {
        var session = try StoreSessionStore.decoded(saved)
        session.handBack()
        return try StoreSessionStore.encoded(session)
    }

    private static func failure(_ error: TicketChangeError) -> AppFailure {
        switch error {
        case .notFound(let id): AppFailure(.dataError, Message(.ticketNotFound, id))
        case .claimedByOther(let id, let holder): AppFailure(.failure, Message(.ticketClaimedByOther, id, holder))
        case .alreadyClosed(let id, let closer):
            AppFailure(.failure, Message(.ticketAlreadyClosed, id, closer ?? "?"))
        case .nothingToHandBack(let session): AppFailure(.failure, Message(.ticketNothingToHandBack, session))
        }
    }
}
