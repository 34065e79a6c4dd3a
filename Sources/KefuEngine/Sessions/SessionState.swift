import KefuCore

/// A conversation's memory between messages: who the buyer is, what they said, what is pending, and
/// the counters the loop breaker reads. Codable, so any storage can keep it between processes.
public struct SessionState: Hashable, Sendable, Codable {
    /// The longest session, buyer or product id kefu takes (they are stored with every message): a longer
    /// one is refused where it arrives (a request, a chat log, a command's option).
    public static let maximumIdentifierLength = 200

    public var id: String
    public var buyer: String?
    /// The buyer's tags when no buyer data names them (`:tags` in the REPL).
    public var buyerTags: [String]?
    public var product: String?
    /// The locale replies are written in; set by the first message whose language is clear.
    public var locale: String?
    public var entities = Entities()
    public var turns: [SessionTurn] = []
    public var pending: PendingAnswer?
    /// The FAQs offered by the last `clarify`, which `1`, `2`, … pick from.
    public var choices: [SourceReference] = []
    public var consecutiveFallbacks = 0
    /// How often each reply (its source and words) was given in this session: the loop breaker's count.
    public var answerCounts: [String: Int] = [:]
    /// A person has taken over; the bot stays quiet until handed back.
    public var handedOff = false
    /// A `watch` sentiment phrase was seen: the buyer may leave.
    public var atRisk = false
    public var tickets: [HandoffTicket] = []

    public init(id: String, buyer: String? = nil, product: String? = nil, locale: String? = nil) {
        self.id = id
        self.buyer = buyer
        self.product = product
        self.locale = locale
    }

    /// The tickets this session raised, per agent: the agents' load when the session is all there is
    /// (the REPL, a conversation test).
    public var ticketsPerAgent: [ItemID: Int] {
        var counts: [ItemID: Int] = [:]
        for case let agent? in tickets.map(\.agent) { counts[agent, default: 0] += 1 }
        return counts
    }

    /// The session with who is buying, the product in view and the buyer's language, where given (a request
    /// of a bridge, a command's options); what is not given stays as it was.
    public func applying(buyer: String?, product: String?, locale: String?) -> SessionState {
        var state = self
        if let buyer { state.buyer = buyer }
        if let product { state.product = product }
        if let locale { state.locale = locale }
        return state
    }

    /// A person hands the conversation back to the bot.
    public mutating func handBack() {
        handedOff = false
        consecutiveFallbacks = 0
        answerCounts = [:]
    }
}
