import KefuEngine

/// One buyer message of the session and what the engine did with it, kept for `:save`.
public struct ChatExchange: Sendable {
    public var message: IncomingMessage
    public var reply: EngineReply
    /// The buyer as the message was sent, so `:save` can tell when the profile changed mid-session.
    public var profile: ChatProfile
}
