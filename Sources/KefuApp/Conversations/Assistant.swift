import Foundation
import KefuCore
import KefuEngine
import KefuQuality

/// A bundle's assistant as every front end runs it (`kefu ask`, `chat`, `serve`, `replay`): the engine
/// and shop data the workspace builds, and one way to answer a buyer that logs what happened through
/// the `PersonalDataBoundary`, masked, and hands back the reply with its ticket masked too.
public struct Assistant: Sendable {
    public let engine: Engine
    public let shop: any ShopData
    private let boundary = PersonalDataBoundary()

    public init(engine: Engine, shop: any ShopData) {
        self.engine = engine
        self.shop = shop
    }

    /// Answers `message` in `session` and, given a `log`, keeps the exchange there as `origin`.
    /// - Throws: only when the log cannot be written, with the reply, which `session` holds too.
    public func answer(
        _ message: IncomingMessage, in session: inout SessionState, origin: LoggedMessage.Origin,
        context: AnswerContext, log: ConversationLog?
    ) throws(ConversationLogFailure) -> EngineReply {
        let (answered, micros) = engine.timedAnswer(message, in: &session, context: context)
        let reply = boundary.shown(answered)
        do {
            try log?.append([
                boundary.row(
                    origin: origin, message: message, reply: reply, session: session.id, buyer: session.buyer,
                    time: context.now, micros: micros)
            ])
        } catch {
            throw ConversationLogFailure(reply: reply, underlying: error)
        }
        return reply
    }

    /// Up to three replies this shop's items would give to `message` in `session`, for a person to pick
    /// from; nothing is logged and the session is left as it was.
    public func suggestions(for message: IncomingMessage, in session: SessionState, now: Date = Date())
        -> [SuggestedReply]
    {
        engine.suggestions(for: message, in: session, context: context(now: now, trace: false))
    }

    /// The answer context for this shop: its data, the agents' load and whether to trace. Times are on the
    /// shop's clock (bundle.yaml `timezone`): a promotion that ends at 23:59 in Beijing ends then on a
    /// server set to UTC too.
    public func context(agentLoad: [ItemID: Int] = [:], now: Date = Date(), trace: Bool) -> AnswerContext {
        AnswerContext(
            shop: shop, now: now, timeZone: engine.content.settings.timeZone, agentLoad: agentLoad, trace: trace)
    }

    /// A chat log replayed through this assistant, as the conversation log's rows (masked), kept in
    /// `log` when given.
    public func replay(_ entries: [ChatLogEntry], log: ConversationLog? = nil) throws -> [LoggedMessage] {
        let rows = ChatLogReplayer(engine: engine, shop: shop, timeZone: engine.content.settings.timeZone)
            .replay(entries).map(boundary.row(replayed:))
        try log?.append(rows)
        return rows
    }
}
