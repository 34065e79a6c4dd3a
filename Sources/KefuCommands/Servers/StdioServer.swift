import Foundation
import KefuApp
import KefuCore
import KefuEngine
import KefuStore
import KefuSync

/// The loop behind `kefu serve --stdio`: one JSON request per line in, one JSON response per line
/// out, in order. Sessions live in memory for as long as the process, one per `session` field; the
/// assistant follows the store (`AssistantReloader`), so a sync in another terminal is picked up before
/// the next line.
///
/// Nothing answered is lost: the log is written whenever no further request is waiting, and a full
/// batch at once; SIGTERM or SIGINT writes it and ends with status 0, and so does a reader that goes
/// away (a closed pipe, instead of dying of SIGPIPE).
struct StdioServer {
    let workspace: Workspace
    let context: CommandContext
    let trace: Bool
    /// The moment each answer is given at (`--now`, or the current time).
    let now: () -> Date

    /// Conversations are logged in batches while requests queue up: one transaction per message would
    /// cost more than the answer.
    static let logBatch = 200
    /// A request line holds one buyer message; a longer line is answered with an error, unread.
    static let maximumLineBytes = 1 << 20

    func run() throws {
        let store = try workspace.openExistingStore()
        let assistants = try AssistantReloader(workspace: workspace, store: store)
        let sessions = InMemorySessionStore()
        let log = ConversationLog(store: store, batch: Self.logBatch)
        let signals = Self.writingLog(log, onSignals: [SIGTERM, SIGINT])
        signal(SIGPIPE, SIG_IGN)
        var lines = InputLines(limit: Self.maximumLineBytes)
        var lineNumber = 0
        while let line = try lines.next(beforeWaiting: log.flush) {
            lineNumber += 1
            let response: ServeResponse
            switch line {
            case .tooLong:
                response = .error(context.text(Message(.serveLineTooLong, Self.maximumLineBytes)), line: lineNumber)
            case .text(let text):
                guard !text.allSatisfy(\.isWhitespace) else { continue }
                // A full batch written to the log moves the store's stat too: the next line then asks for the
                // latest changeset once, which is cheap per batch and never misses a sync meanwhile.
                response = try respond(
                    to: text, number: lineNumber, assistant: assistants.current(), sessions: sessions, log: log)
            }
            do {
                try context.console.write(context.jsonLine(response))
            } catch {
                break  // Nobody reads the answers any more: log what was answered and stop.
            }
        }
        try log.flush()
        withExtendedLifetime(signals) {}
    }

    /// Sources that, on each of `signals`, write what `log` holds and end the process with status 0.
    private static func writingLog(_ log: ConversationLog, onSignals signals: [Int32]) -> [any DispatchSourceSignal] {
        signals.map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                try? log.flush()
                exit(0)
            }
            source.resume()
            return source
        }
    }

    private func respond(
        to line: String, number: Int, assistant: Assistant, sessions: InMemorySessionStore, log: ConversationLog
    ) throws -> ServeResponse {
        let request: BuyerMessageRequest
        do {
            request = try BuyerMessageRequest.read(Data(line.utf8))
        } catch {
            return .error(context.text(error.message), line: number)
        }
        // A line without a session is a conversation of its own, named by its line in the log.
        var state = request.applied(
            to: request.session.flatMap { sessions.session(id: $0) }
                ?? SessionState(id: request.session ?? "line-\(number)"))
        let reply: EngineReply
        do {
            reply = try assistant.answer(
                request.message, in: &state, origin: .serve,
                context: assistant.context(agentLoad: sessions.openTicketCounts(), now: now(), trace: trace), log: log)
        } catch {
            throw error.underlying
        }
        if request.session != nil { sessions.save(state) }
        return .reply(SessionReply(reply, session: request.session))
    }
}
