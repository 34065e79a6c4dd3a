import Foundation

/// One buyer message the engine handled, as the conversation log keeps it: what was asked (personal
/// data masked before it gets here), what the engine decided and from where, how long it took, and, for
/// a replayed chat log, what a person answered and when. Reports are computed from these rows; the
/// store keeps them (`LoggedMessage+Record` in KefuStore), so the modules that read them need no store.
public struct LoggedMessage: Codable, Sendable, Hashable {
    /// Where the conversation happened: `chat`, `ask`, `serve` or `replay`.
    public enum Origin: String, Codable, Sendable, CaseIterable {
        case chat, ask, serve, replay
    }

    public var id: Int64?
    public var origin: Origin
    /// The channel a chat log names (`live`, `shop`), else the origin's name.
    public var channel: String
    public var session: String
    public var buyer: String?
    public var time: Date
    public var type: String
    public var text: String
    /// The locale the reply was written in.
    public var locale: String
    /// The language the message itself was detected in, when it showed one.
    public var language: String?
    public var decision: String
    /// What the buyer read (`nil` when silent).
    public var reply: String?
    /// `faq/ID`, `rule/ID` or `template/ID`.
    public var source: String?
    public var intent: String?
    public var confidence: Double?
    public var handoffReason: String?
    /// The phrase that raised the handoff, when one did.
    public var handoffTrigger: String?
    /// The engine's time for this message, in microseconds.
    public var micros: Double
    public var humanReply: String?
    public var humanReplyTime: Date?
    /// The buyer's rating of the reply, 1 (unhelpful) to 5 (helpful), when they gave one.
    public var rating: Int?
    /// What the buyer said with the rating, masked.
    public var ratingComment: String?

    public init(
        origin: Origin, channel: String? = nil, session: String, buyer: String?, time: Date, type: String,
        text: String, locale: String, language: String?, decision: String, reply: String?, source: String?,
        intent: String?,
        confidence: Double?, handoffReason: String?, handoffTrigger: String?, micros: Double,
        humanReply: String? = nil, humanReplyTime: Date? = nil, rating: Int? = nil, ratingComment: String? = nil
    ) {
        self.origin = origin
        self.channel = channel ?? origin.rawValue
        self.session = session
        self.buyer = buyer
        self.time = time
        self.type = type
        self.text = text
        self.locale = locale
        self.language = language
        self.decision = decision
        self.reply = reply
        self.source = source
        self.intent = intent
        self.confidence = confidence
        self.handoffReason = handoffReason
        self.handoffTrigger = handoffTrigger
        self.micros = micros
        self.humanReply = humanReply
        self.humanReplyTime = humanReplyTime
        self.rating = rating
        self.ratingComment = ratingComment
    }
}
