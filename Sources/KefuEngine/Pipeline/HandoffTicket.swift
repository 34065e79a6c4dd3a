import KefuCore

/// What a person receives when they take over: why, how urgent, who, and what happened so far, so the
/// buyer never repeats themselves.
public struct HandoffTicket: Hashable, Sendable, Codable {
    public enum Priority: String, Sendable, Codable {
        case normal, high
    }

    public var reason: HandoffReason
    public var priority: Priority
    /// The agent it was routed to; `nil` when the bundle has no agents.
    public var agent: ItemID?
    public var agentName: String?
    /// Whether the agent is on duty now; when not, `availableAt` says when someone will be.
    public var agentOnline: Bool
    /// `HH:MM` when the first agent comes on duty, for a ticket raised outside everyone's hours.
    public var availableAt: String?
    /// The phrase that raised it (转人工, 投诉, 胀袋, a blocked word), when a phrase did.
    public var trigger: String?
    /// One line built from the session: buyer tags, intents, entities, sentiment, what the bot tried.
    public var summary: String
    /// The session so far, buyer and bot turns.
    public var transcript: [String]

    enum CodingKeys: String, CodingKey {
        case reason, priority, agent, trigger, summary, transcript
        case agentName = "agent_name"
        case agentOnline = "agent_online"
        case availableAt = "available_at"
    }
}
