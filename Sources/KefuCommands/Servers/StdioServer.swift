import Foundation
import KefuApp
import KefuCore
import KefuEngine
import KefuStore
import KefuSync

/// The loop behind `kefu serve --stdio`: one JSON request per line in, one JSON response per line
/// out, in order. Sessions live in memory for as long as the process, one per `session` field; the
/// engine is rebuilt when the store's items change (a `kefu sync` or `pull` in another process), so a
/// bridge never needs a restart to pick up new rules. Every commit writes the store's WAL file, so
/// the store is asked for its latest changeset only when its files' stat has moved: a query on every
/// request cost 60 µs of a 220 µs answer.
///
/// Nothing answered is lost: the log is written whenever no further request is waiting, and a full
/// batch at once; SIGTERM or SIGINT writes it and ends with status 0, and so does a reader that goes
/// away (a closed pipe, instead of dying of SIGPIPE).
struct StdioServer {
    let workspace: Workspace
    let context: CommandContext
    let trace: Bool

    /// Conversations are logged in batches while requests queue up: one transaction per message would
    /// cost more than the answer.
    static let logBatch = 200
    /// A request line holds one buyer message; a longer line is answered with an error, unread.
    static let maximumLineBytes = 1 << 20

    func run() throws {
        let store = try workspace.openExistingStore()
        var version = try store.latestChangesetID()
        var files = storeFiles
        var assistant = try workspace.assistant(from: store)
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
                let stat = storeFiles
                if stat != files {
                    files = stat
                    let current = try store.latestChangesetID()
                    if current != version {
                        assistant = try workspace.assistant(from: store)
                        version = current
                    }
                }
                // A full batch is written to the log here; our own write moves the store's stat too: the
                // next line then asks for the latest changeset once, which is cheap per batch and never
                // misses a sync that happened meanwhile.
                response = try respond(
                    to: text, number: lineNumber, assistant: assistant, sessions: sessions, log: log)
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

    /// The stat of the store and its write-ahead log, which any commit changes.
    private var storeFiles: [FileStat?] {
        let store = workspace.storeURL
        return [FileStat.of(store), FileStat.of(URL(filePath: store.path + "-wal"))]
    }

    private func respond(
        to line: String, number: Int, assistant: Assistant, sessions: InMemorySessionStore, log: ConversationLog
    ) throws -> ServeResponse {
        let request: ServeRequest
        do {
            request = try JSONDecoder().decode(ServeRequest.self, from: Data(line.utf8))
        } catch {
            return .error(context.text(Message(.serveBadLine, Self.reason(error))), line: number)
        }
        let typeName = request.type ?? MessageType.text.rawValue
        guard let type = MessageType(rawValue: typeName) else {
            let known = MessageType.allCases.map(\.rawValue).joined(separator: ", ")
            return .error(context.text(Message(.serveBadType, typeName, known)), line: number)
        }
        // A line without a session is a conversation of its own, named by its line in the log.
        for (field, value) in [
            ("session", request.session), ("buyer", request.buyer), ("product", request.product),
            ("locale", request.locale),
        ] where (value?.count ?? 0) > SessionState.maximumIdentifierLength {
            return .error(
                context.text(Message(.serveIdentifierTooLong, field, SessionState.maximumIdentifierLength)),
                line: number)
        }
        var state =
            request.session.flatMap { sessions.session(id: $0) }
            ?? SessionState(id: request.session ?? "line-\(number)")
        if let buyer = request.buyer { state.buyer = buyer }
        if let product = request.product { state.product = product }
        if let locale = request.locale { state.locale = locale }
        let reply: EngineReply
        do {
            reply = try assistant.answer(
                IncomingMessage(request.text, type: type), in: &state, origin: .serve,
                context: assistant.context(agentLoad: sessions.openTicketCounts(), trace: trace), log: log)
        } catch {
            throw error.underlying
        }
        if request.session != nil { sessions.save(state) }
        return .reply(reply, session: request.session)
    }

    /// What was wrong with a request, in a few words rather than a decoder's dump.
    private static func reason(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): "missing \"\(key.stringValue)\""
        case DecodingError.typeMismatch(_, let where_), DecodingError.valueNotFound(_, let where_):
            "\"\(where_.codingPath.map(\.stringValue).joined(separator: "."))\" must be a string"
        default: "not a JSON object"
        }
    }
}
