import Foundation
import KefuCore
import KefuEngine

/// Plays conversation tests (`tests/*.yaml`) through the engine, each in a fresh session as its
/// buyer, and checks every turn against its expectation.
public struct ConversationRunner: Sendable {
    let engine: Engine
    let shop: any ShopData
    let now: Date
    let timeZone: TimeZone

    public init(engine: Engine, shop: any ShopData, now: Date = Date(), timeZone: TimeZone = .current) {
        self.engine = engine
        self.shop = shop
        self.now = now
        self.timeZone = timeZone
    }

    public func run(_ test: Sourced<ConversationTest>) -> ConversationTestResult {
        var session = SessionState(
            id: "test-\(test.item.id.rawValue)", buyer: test.item.buyer, product: test.item.product,
            locale: test.item.locale)
        session.buyerTags = test.item.tags
        let now = test.item.moment?.date(in: timeZone) ?? now
        // A test that carries its data plays on it alone, so it passes the same on every machine.
        let shop: any ShopData =
            test.item.data.map { rows in
                ShopDataTables(
                    orders: rows.orders ?? [], products: rows.products ?? [], buyers: rows.buyers ?? [],
                    sizeChart: rows.sizeChart ?? [])
            } ?? self.shop
        var turns: [TurnResult] = []
        for (index, turn) in test.item.turns.enumerated() {
            // Agents' load is what this conversation raised, so a test never depends on another.
            let context = AnswerContext(
                shop: shop, now: now, timeZone: timeZone, agentLoad: session.ticketsPerAgent, trace: true)
            let message = IncomingMessage(turn.buyer, type: MessageType(rawValue: turn.type) ?? .text)
            let reply = engine.answer(message, in: &session, context: context)
            turns.append(
                TurnResult(
                    number: index + 1, buyer: turn.buyer, reply: reply,
                    mismatches: turn.expect.map { Self.mismatches(of: reply, against: $0) } ?? []))
        }
        return ConversationTestResult(id: test.item.id, location: test.location, turns: turns)
    }

    /// Every expectation that does not hold for `reply`.
    static func mismatches(of reply: EngineReply, against expect: ConversationTest.Expectation)
        -> [ExpectationMismatch]
    {
        var mismatches: [ExpectationMismatch] = []
        func require(_ field: String, _ expected: String?, _ actual: String?, holds: (String, String?) -> Bool) {
            guard let expected, !holds(expected, actual) else { return }
            mismatches.append(ExpectationMismatch(field: field, expected: expected, actual: actual ?? "-"))
        }
        func equal(_ expected: String, _ actual: String?) -> Bool { expected == actual }
        // A rule or FAQ expectation names an id; any other source is shown by its full label.
        func id(of kind: ItemKind) -> String? {
            guard let source = reply.source else { return nil }
            return source.kind == kind ? source.id.rawValue : source.label
        }
        require("decision", expect.decision, reply.decision.rawValue, holds: equal)
        require("rule", expect.rule?.rawValue, id(of: .rule), holds: equal)
        require("faq", expect.faq?.rawValue, id(of: .faq), holds: equal)
        require("intent", expect.intent, reply.intent, holds: equal)
        require("handoff", expect.handoff, reply.handoff?.reason.rawValue, holds: equal)
        require("agent", expect.agent?.rawValue, reply.handoff?.agent?.rawValue, holds: equal)
        require("reply_contains", expect.replyContains, reply.reply) { expected, actual in
            actual?.contains(expected) ?? false
        }
        return mismatches
    }
}
