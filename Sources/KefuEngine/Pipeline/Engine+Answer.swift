import Foundation
import KefuCore

extension Engine {
    /// Answers one buyer message in `session`, updating the session (context, pending answer, loop
    /// counters, tickets). The stages run in the order of Documentation/Engine.md; each records what it
    /// saw in the trace, and the first that has an answer ends the turn.
    public func answer(_ message: IncomingMessage, in session: inout SessionState, context: AnswerContext)
        -> EngineReply
    {
        var turn = Turn(message, session: session, context: context)
        var reply = decide(&turn)
        session = turn.session
        reply.language = turn.language
        if context.trace { reply.semantic = semanticStatus.traceText }
        return reply
    }

    /// The pipeline itself (suggestions run it too, then read what the turn found).
    func decide(_ turn: inout Turn) -> EngineReply {
        turn.trace.begin()
        if turn.session.handedOff {
            turn.trace.record(.session, ["handed_off": .flag(true)])
            return finish(.silent, note: "handed_off", &turn)
        }
        normalise(&turn)  // 1
        if let reply = guardAgainstRisk(&turn) { return reply }  // 2
        if let reply = handOffOnPhrases(&turn) { return reply }  // 3–5
        readEntities(&turn)  // 6
        if let reply = continueContext(&turn) { return reply }
        if let reply = answerByRule(&turn) { return reply }  // 7
        if let reply = handOffOnFeeling(&turn) { return reply }  // 8
        if let reply = answerByFAQ(&turn) { return reply }
        return greetOrFallBack(&turn)
    }
}
