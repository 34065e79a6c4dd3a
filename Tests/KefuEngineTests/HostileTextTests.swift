import Foundation
import KefuEngine
import Testing

/// Any message gets a decision and never a crash; what the session keeps stays small.
@Suite struct HostileTextTests {
    static let messages: [String] = [
        String(repeating: "发货", count: 500_000),
        String(repeating: "!", count: 10_000),
        "身高99999999999999999999999999cm 体重1e400斤 采购99999999999999999999件",
        "\u{202E}转人工\u{202C}",
        "👩‍👩‍👧‍👦👩‍👩‍👧‍👦 什么时候发货 🇨🇳",
        "发\u{200D}货\u{FEFF}了吗",
        String(repeating: "1米", count: 1000),
        "",
        "   ",
        "\u{0000}\u{0001}\u{0002}",
    ]

    @Test(arguments: messages.indices)
    func answersWithoutCrashing(_ index: Int) throws {
        var session = SessionState(id: "hostile")
        let reply = EngineFixture.engine.answer(
            IncomingMessage(Self.messages[index]), in: &session, context: EngineFixture.context())
        #expect(Decision.allCases.contains(reply.decision))
        let saved = try JSONEncoder().encode(session)
        #expect(saved.count < 20_000)
    }

    @Test func aBidiOverrideDoesNotHideAHandoffRequest() {
        #expect(EngineFixture.ask("\u{202E}转人工\u{202C}").decision == .handoff)
    }
}
