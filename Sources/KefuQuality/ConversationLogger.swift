import Foundation
import KefuCore
import KefuEngine
import KefuStore

/// Turns one handled message into the row the conversation log keeps, masking the buyer's personal data
/// (and a person's reply) first: every origin (chat, ask, serve, replay) logs through here.
public struct ConversationLogger: Sendable {
    public let origin: LoggedMessage.Origin
    private let masker = PersonalDataMasker()

    public init(origin: LoggedMessage.Origin) { self.origin = origin }

    public func entry(
        text: String, type: String, reply: EngineReply, session: String, buyer: String?, time: Date,
        micros: Double, channel: String? = nil, humanReply: String? = nil,
        humanReplyTime: Date? = nil
    ) -> LoggedMessage {
        LoggedMessage(
            origin: origin, channel: channel, session: session, buyer: buyer, time: time, type: type,
            text: kept(text), locale: reply.locale, language: reply.language, decision: reply.decision.rawValue,
            reply: reply.reply,
            source: reply.source?.label, intent: reply.intent, confidence: reply.confidence,
            handoffReason: reply.handoff?.reason.rawValue, handoffTrigger: reply.handoff?.trigger, micros: micros,
            humanReply: humanReply.map(kept), humanReplyTime: humanReplyTime)
    }

    /// What the log keeps of a text: as much as the engine reads, masked. A megabyte of pasted text
    /// costs a bounded row and a bounded masking pass.
    private func kept(_ text: String) -> String {
        masker.mask(PersonalDataMasker.excerpt(text, limit: TextNormaliser.maximumScalars))
    }
}
