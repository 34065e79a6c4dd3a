/// One exchange of a session: what the buyer said and what the bot did.
public struct SessionTurn: Hashable, Sendable, Codable {
    public var buyer: String
    public var decision: Decision
    public var reply: String?
    /// `faq/ID` or `rule/ID`, when an item answered.
    public var source: String?
    public var intent: String?
}
