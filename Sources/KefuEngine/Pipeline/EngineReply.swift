import KefuCore

/// The engine's answer to one message: the decision, what the buyer reads, where it came from, and the
/// trace. Encodes as the `kefu ask --json` object of Documentation/Engine.md.
public struct EngineReply: Sendable, Encodable {
    public var decision: Decision
    /// What the buyer reads; `nil` when `silent`.
    public var reply: String?
    public var source: SourceReference?
    public var intent: String?
    /// The FAQ confidence, for FAQ answers and clarifications.
    public var confidence: Double?
    public var handoff: HandoffTicket?
    /// The FAQs offered by `clarify`.
    public var choices: [SourceReference]
    public var entities: Entities
    public var locale: String
    /// The language the message itself was detected in (`zh`, `es`); `nil` when it did not show one.
    public var language: String? = nil
    /// Why the reply is `silent` or a `handoff` in one word (`risk`, `unsupported_type`, `handed_off`).
    public var note: String?
    /// Whether the engine understood by meaning as well as words: `on (MODEL)` or `off: REASON`.
    public var semantic: String? = nil
    public var trace: [TraceStep]

    enum CodingKeys: String, CodingKey {
        case decision, reply, source, intent, confidence, handoff, choices, entities, locale, language, note, semantic
        case trace
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(decision, forKey: .decision)
        try container.encode(reply, forKey: .reply)
        try container.encode(source, forKey: .source)
        try container.encode(intent, forKey: .intent)
        try container.encode(confidence.map { ($0 * 1000).rounded() / 1000 }, forKey: .confidence)
        try container.encode(handoff, forKey: .handoff)
        if !choices.isEmpty { try container.encode(choices, forKey: .choices) }
        try container.encode(entities, forKey: .entities)
        try container.encode(locale, forKey: .locale)
        try container.encodeIfPresent(language, forKey: .language)
        try container.encodeIfPresent(note, forKey: .note)
        try container.encodeIfPresent(semantic, forKey: .semantic)
        try container.encode(trace, forKey: .trace)
    }
}
