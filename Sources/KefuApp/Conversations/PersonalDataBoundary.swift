import Foundation
import KefuCore
import KefuEngine
import KefuQuality
import KefuStore

/// The one place personal data is masked. Everything kefu keeps of a conversation (the conversation
/// log's rows, a session's turns and numbers, its tickets, the REPL's history) and the ticket a reply
/// hands back is made here from what the buyer wrote and the engine said, so a new way to write cannot
/// forget: phone numbers, addresses, identity numbers, e-mail addresses and bank cards become `[phone]`,
/// `[address]`, `[id]`, `[email]` and `[card]` (`PersonalDataMasker`) before any of it reaches the store,
/// a log, a report or a bridge.
public struct PersonalDataBoundary: Sendable {
    private let masker = PersonalDataMasker()

    public init() {}

    /// The conversation log's row for one answered message.
    public func row(
        origin: LoggedMessage.Origin, message: IncomingMessage, reply: EngineReply, session: String, buyer: String?,
        time: Date, micros: Double
    ) -> LoggedMessage {
        row(
            origin: origin, text: message.text, type: message.type.rawValue, reply: reply, session: session,
            buyer: buyer, time: time, micros: micros)
    }

    /// The conversation log's row for one replayed chat-log message, with what a person answered.
    public func row(replayed: ReplayedMessage) -> LoggedMessage {
        let entry = replayed.entry
        return row(
            origin: .replay, text: entry.text, type: entry.type, reply: replayed.reply, session: entry.session,
            buyer: entry.buyer, time: entry.time, micros: replayed.micros, channel: entry.channel,
            humanReply: entry.humanReply, humanReplyTime: entry.humanReplyTime, rating: entry.rating,
            ratingComment: entry.ratingComment)
    }

    /// `session` as it may be stored: what the buyer said in each turn, the numbers read from it, and each
    /// ticket's summary and transcript, masked.
    public func kept(_ session: SessionState) -> SessionState {
        var kept = session
        for index in kept.turns.indices { kept.turns[index].buyer = masker.mask(kept.turns[index].buyer) }
        // Order and tracking numbers stay as they are (the masker leaves them): a later message needs them.
        kept.entities.order = kept.entities.order.map(masker.mask)
        kept.entities.tracking = kept.entities.tracking.map(masker.mask)
        kept.tickets = kept.tickets.map(masked)
        return kept
    }

    /// `reply` as it leaves kefu for a bridge, a platform or a person: its handoff ticket's summary and
    /// transcript masked like the stored ticket.
    public func shown(_ reply: EngineReply) -> EngineReply {
        var shown = reply
        shown.handoff = reply.handoff.map(masked)
        return shown
    }

    private func masked(_ ticket: HandoffTicket) -> HandoffTicket {
        var masked = ticket
        masked.summary = masker.mask(ticket.summary)
        masked.transcript = ticket.transcript.map(masker.mask)
        return masked
    }

    /// What may be kept of a free text a person typed (the REPL's history, a rating's comment): masked, at most as much as the
    /// engine reads.
    public func kept(text: String) -> String { excerptMasked(text) }

    /// The store's row for a ticket of session `session`, raised at `time`.
    func record(of ticket: HandoffTicket, session: String, at time: Date) -> TicketRecord {
        TicketRecord(
            session: session, agent: ticket.agent?.rawValue, reason: ticket.reason.rawValue,
            priority: ticket.priority.rawValue, summary: masker.mask(ticket.summary), createdAt: time)
    }

    private func row(
        origin: LoggedMessage.Origin, text: String, type: String, reply: EngineReply, session: String,
        buyer: String?, time: Date, micros: Double, channel: String? = nil, humanReply: String? = nil,
        humanReplyTime: Date? = nil, rating: BuyerRating? = nil, ratingComment: String? = nil
    ) -> LoggedMessage {
        LoggedMessage(
            origin: origin, channel: channel, session: session, buyer: buyer, time: time, type: type,
            text: excerptMasked(text), locale: reply.locale, language: reply.language,
            decision: reply.decision.rawValue,
            reply: reply.reply, source: reply.source?.label, intent: reply.intent, confidence: reply.confidence,
            handoffReason: reply.handoff?.reason.rawValue, handoffTrigger: reply.handoff?.trigger, micros: micros,
            humanReply: humanReply.map(excerptMasked), humanReplyTime: humanReplyTime, rating: rating?.score,
            ratingComment: ratingComment.map(excerptMasked))
    }

    /// What the log keeps of a text: as much as the engine reads, masked. A megabyte of pasted text
    /// costs a bounded row and a bounded masking pass.
    private func excerptMasked(_ text: String) -> String {
        masker.mask(PersonalDataMasker.excerpt(text, limit: TextNormaliser.maximumScalars))
    }
}
