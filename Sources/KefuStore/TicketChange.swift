/// What a person does with a ticket.
public enum TicketChange: String, Sendable, CaseIterable {
    /// Takes it: the ticket is theirs and counts towards their load.
    case claim
    /// Ends it, settled by the person; the session goes back to the bot for the buyer's next question.
    case close
    /// Ends it by returning the buyer to the bot now.
    case handBack = "handback"
}
