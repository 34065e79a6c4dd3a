import Foundation

extension Engine {
    /// `answer(_:in:context:)`, with the time it took in microseconds, for the conversation log.
    public func timedAnswer(_ message: IncomingMessage, in session: inout SessionState, context: AnswerContext) -> (
        reply: EngineReply, micros: Double
    ) {
        let clock = ContinuousClock()
        let start = clock.now
        let reply = answer(message, in: &session, context: context)
        let (seconds, attoseconds) = start.duration(to: clock.now).components
        return (reply, Double(seconds) * 1_000_000 + Double(attoseconds) / 1e12)
    }
}
