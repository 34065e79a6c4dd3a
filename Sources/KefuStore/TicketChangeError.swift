/// Why a ticket could not move to the state asked for; the store is left as it was.
public enum TicketChangeError: Error, Equatable, Sendable {
    case notFound(id: Int64)
    /// Claimed by someone else (claiming again as the same person changes nothing).
    case claimedByOther(id: Int64, by: String)
    case alreadyClosed(id: Int64, by: String?)
    /// No open or claimed ticket in that session to hand back.
    case nothingToHandBack(session: String)
}
