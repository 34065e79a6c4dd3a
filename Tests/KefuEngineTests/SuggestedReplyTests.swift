import Foundation
import KefuCore
import KefuEngine
import KefuTestSupport
import Testing

/// Suggested replies for a person (`kefu suggest`, `POST /v1/suggestions`): the right item first at least
/// as often as the bot answers with it, rendered with the session's data, and the session untouched.
@Suite struct SuggestedReplyTests {
    @Test func theRightFAQComesFirstAtLeastAsOftenAsTheBotAnswersWithIt() throws {
        var content = EngineFixture.content
        content.rules = []
        let engine = Engine(content: content)
        var answered = 0
        var suggestedFirst = 0
        var total = 0
        for (label, text) in try ParaphraseTally.lines(of: EngineFixture.folder.appending(path: "paraphrases.tsv"))
        where label != "fallback" {
            total += 1
            let want = "faq/\(label)"
            let reply = EngineFixture.ask(text, engine: engine)
            if [.answer, .ask].contains(reply.decision), reply.source?.label == want { answered += 1 }
            let session = SessionState(id: "agent")
            let suggestions = engine.suggestions(
                for: IncomingMessage(text), in: session, context: EngineFixture.context())
            #expect(suggestions.count <= 3)
            if suggestions.first?.source.label == want { suggestedFirst += 1 }
        }
        print(
            "paraphrases (tuning set): bot answers right \(answered)/\(total), right suggestion first \(suggestedFirst)/\(total)"
        )
        #expect(total >= 150)
        #expect(suggestedFirst >= answered)
    }

    @Test func suggestionsUseTheSessionAndLeaveItAsItWas() {
        let engine = EngineFixture.engine
        var session = SessionState(id: "s", buyer: "b1001")
        _ = engine.answer(IncomingMessage("帮我查物流"), in: &session, context: EngineFixture.context())
        #expect(session.pending != nil)
        let before = session
        let suggestions = engine.suggestions(
            for: IncomingMessage("12345"), in: session, context: EngineFixture.context())
        #expect(suggestions.first?.source.label == "rule/logistics-query")
        #expect(suggestions.first?.reply.contains("ZT7788990011") == true)
        #expect(suggestions.first?.missing == [])
        #expect(session == before)
    }

    @Test func aHandedOffSessionStillGetsSuggestionsForThePerson() {
        let engine = EngineFixture.engine
        var session = SessionState(id: "s")
        _ = engine.answer(IncomingMessage("转人工"), in: &session, context: EngineFixture.context())
        #expect(session.handedOff)
        let suggestions = engine.suggestions(
            for: IncomingMessage("拍下以后多长时间发货"), in: session, context: EngineFixture.context())
        #expect(suggestions.first?.source.label == "faq/shipping-time")
        #expect(suggestions.first?.confidence != nil)
    }
}
