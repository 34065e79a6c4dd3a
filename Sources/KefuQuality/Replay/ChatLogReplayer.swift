import Foundation
import KefuCore
import KefuEngine

/// Runs a chat log through an engine as the buyers wrote it: each conversation in a fresh session as its
/// buyer, each message at the time it was sent (so `active` windows and agents' hours are those of the
/// day), handoffs raising the load that routing balances.
public struct ChatLogReplayer: Sendable {
    public let engine: Engine
    public let shop: any ShopData
    public let timeZone: TimeZone

    public init(engine: Engine, shop: any ShopData, timeZone: TimeZone = .current) {
        self.engine = engine
        self.shop = shop
        self.timeZone = timeZone
    }

    /// Each entry with its reply, in the log's time order (ties in the order written).
    public func replay(_ entries: [ChatLogEntry]) -> [ReplayedMessage] {
        let ordered = entries.enumerated().sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }
        var sessions: [String: SessionState] = [:]
        var load: [ItemID: Int] = [:]
        var replayed: [ReplayedMessage] = []
        replayed.reserveCapacity(entries.count)
        for (_, entry) in ordered {
            var state = sessions[entry.session] ?? SessionState(id: entry.session, buyer: entry.buyer)
            let context = AnswerContext(shop: shop, now: entry.time, timeZone: timeZone, agentLoad: load, trace: false)
            let message = IncomingMessage(entry.text, type: MessageType(rawValue: entry.type) ?? .text)
            let (reply, micros) = engine.timedAnswer(message, in: &state, context: context)
            if let agent = reply.handoff?.agent { load[agent, default: 0] += 1 }
            sessions[entry.session] = state
            replayed.append(ReplayedMessage(entry: entry, reply: reply, micros: micros))
        }
        return replayed
    }
}
