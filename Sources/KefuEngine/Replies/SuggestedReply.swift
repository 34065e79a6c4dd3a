import KefuCore

/// A reply the shop's items would give, offered to a person who answers the buyer (话术推荐): the text
/// rendered with the session's data, where it comes from, and how sure the engine is. Never sent to the
/// buyer by itself.
public struct SuggestedReply: Sendable, Hashable, Encodable {
    public var reply: String
    public var source: SourceReference
    public var intent: String?
    /// The FAQ confidence; nil for a keyword rule, which matches or does not.
    public var confidence: Double?
    /// Data the reply needs and the session does not have yet (`order`, `size`): the person asks for it.
    public var missing: [String]

    enum CodingKeys: String, CodingKey {
        case reply, source, intent, confidence, missing
    }
}
