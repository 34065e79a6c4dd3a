import Foundation
import KefuEngine
import Testing

/// Any message gets its decision, never a crash; only a bounded prefix is read, and what the session
/// keeps stays small.
@Suite struct HostileTextTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var decision: Decision
        var source: String? = nil
        var testDescription: String { String(text.prefix(20)) + " (\(text.count) characters)" }
    }

    static let cases: [Case] = [
        Case(text: String(repeating: "发货", count: 500_000), decision: .answer),
        Case(text: String(repeating: "!", count: 10_000), decision: .silent),
        Case(text: "身高99999999999999999999999999cm 体重1e400斤 采购99999999999999999999件", decision: .ask),
        Case(text: "\u{202E}转人工\u{202C}", decision: .handoff),
        Case(text: "👩‍👩‍👧‍👦👩‍👩‍👧‍👦 什么时候发货 🇨🇳", decision: .answer, source: "faq/shipping-time"),
        Case(text: "发\u{200D}货\u{FEFF}了吗", decision: .answer, source: "faq/shipping-time"),
        Case(text: String(repeating: "1米", count: 1000), decision: .fallback),
        Case(text: "", decision: .silent),
        Case(text: "   ", decision: .silent),
        Case(text: "\u{0000}\u{0001}\u{0002}", decision: .silent),
    ]

    @Test(arguments: cases)
    func answersWithinBounds(_ expected: Case) throws {
        var session = SessionState(id: "hostile")
        let reply = EngineFixture.engine.answer(
            IncomingMessage(expected.text), in: &session, context: EngineFixture.context())
        #expect(reply.decision == expected.decision)
        if let source = expected.source { #expect(reply.source?.label == source) }
        let read = try #require(reply.trace.first { $0.stage == .normalise }?["text"]?.text)
        #expect(read.unicodeScalars.count <= TextNormaliser.maximumScalars)
        // Absurd measures are not measures.
        #expect(reply.entities.height.map { $0 < 1_000 } ?? true)
        #expect(reply.entities.quantity.map { $0 < 1_000_000 } ?? true)
        #expect(try JSONEncoder().encode(session).count < 20_000)
    }

    @Test func anEmptyMessageIsNotAStepTowardsALoop() {
        var session = SessionState(id: "empty")
        for _ in 0..<3 {
            _ = EngineFixture.engine.answer(IncomingMessage(" "), in: &session, context: EngineFixture.context())
        }
        #expect(session.consecutiveFallbacks == 0)
        #expect(!session.handedOff)
    }
}
