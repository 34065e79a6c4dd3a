import Foundation
import KefuApp
import KefuCore
import KefuEngine
import KefuStore

/// What the HTTP routes do, over one store: answer buyers in their sessions' lanes, show sessions, move
/// tickets, suggest replies and keep ratings. The conversation log is written in batches while requests
/// keep coming, and as soon as none is running (as `serve --stdio` writes it whenever no line waits), so
/// a quiet bridge has logged everything it answered.
final class BridgeDesk: Sendable {
    /// Rows kept before a write while requests keep coming.
    static let logBatch = 64

    let store: Store
    let assistants: AssistantReloader
    let log: ConversationLog
    let lanes = SessionLanes()
    let metrics = BridgeMetrics()
    let tickets: TicketDesk
    let ratings: RatingDesk
    let trace: Bool
    let now: @Sendable () -> Date
    private let running = RunningCount()

    init(workspace: Workspace, trace: Bool, now: @escaping @Sendable () -> Date) throws {
        store = try workspace.openExistingStore()
        assistants = try AssistantReloader(workspace: workspace, store: store)
        log = ConversationLog(store: store, batch: Self.logBatch)
        tickets = TicketDesk(store: store)
        ratings = RatingDesk(store: store)
        self.trace = trace
        self.now = now
    }

    /// Answers `request` in its session's lane (a request without a session is a conversation of its own,
    /// neither kept nor continued), keeping the session, its tickets and the log.
    func answer(_ request: BuyerMessageRequest) async throws -> SessionReply {
        running.enter()
        defer { if running.leave() { flushLog() } }
        let clock = ContinuousClock()
        let start = clock.now
        let assistant = try assistants.current()
        let reply: EngineReply
        if let id = request.session {
            reply = try await lanes.run(id) { try self.answer(request, in: id, assistant: assistant) }
        } else {
            var state = request.applied(to: SessionState(id: "http-" + UUID().uuidString.prefix(8).lowercased()))
            reply = try answer(request.message, in: &state, assistant: assistant, agentLoad: [:])
        }
        metrics.answered(decision: reply.decision.rawValue, in: clock.now - start)
        return SessionReply(reply, session: request.session)
    }

    private func answer(_ request: BuyerMessageRequest, in id: String, assistant: Assistant) throws -> EngineReply {
        let sessions = StoreSessionStore(store: store)
        var state = request.applied(to: try sessions.session(id: id) ?? SessionState(id: id))
        let reply = try answer(
            request.message, in: &state, assistant: assistant, agentLoad: try sessions.openTicketCounts())
        try sessions.save(state)
        return reply
    }

    private func answer(
        _ message: IncomingMessage, in state: inout SessionState, assistant: Assistant, agentLoad: [ItemID: Int]
    ) throws -> EngineReply {
        do {
            return try assistant.answer(
                message, in: &state, origin: .serve,
                context: assistant.context(agentLoad: agentLoad, now: now(), trace: trace),
                log: log)
        } catch {
            throw error.underlying
        }
    }

    /// The session as kept (masked) with its tickets; nil when there is none.
    func session(_ id: String) async throws -> SessionView? {
        try await lanes.run(id) {
            guard let state = try StoreSessionStore(store: self.store).session(id: id) else { return nil }
            return SessionView(state: state, tickets: try self.tickets.tickets(session: id).map(TicketJSON.init))
        }
    }

    /// Runs `work` on ticket matters of `session` in its lane, so a hand-back never interleaves with an
    /// answer in the same conversation.
    func inLane<Value: Sendable>(of session: String, _ work: @Sendable () throws -> Value) async throws -> Value {
        try await lanes.run(session) { try work() }
    }

    /// Suggested replies for `request` in its session's context (the session is only read).
    func suggestions(for request: BuyerMessageRequest) throws -> [SuggestedReply] {
        let saved = try request.session.flatMap { try StoreSessionStore(store: store).session(id: $0) }
        let state = request.applied(to: saved ?? SessionState(id: request.session ?? "suggest"))
        return try assistants.current().suggestions(for: request.message, in: state, now: now())
    }

    /// Keeps a rating of the latest reply in `request.session`, with everything answered logged first.
    func rate(_ request: FeedbackRequest) async throws -> LoggedMessageRating {
        try await lanes.run(request.session) {
            try self.log.flush()
            return try self.ratings.rate(session: request.session, request.rating, comment: request.comment)
        }
    }

    /// Writes what the log holds (on shutdown).
    func close() { flushLog() }

    /// Writes the log, saying on standard error when it cannot (a full disk): the answers were sent, and
    /// the seller must learn that their rows are missing from the report.
    private func flushLog() {
        do {
            try log.flush()
        } catch {
            let note = Message(.httpLogFailed, "\(error)").text(in: Messages.environmentLanguage)
            FileHandle.standardError.write(Data(("warning: " + note + "\n").utf8))
        }
    }
}
