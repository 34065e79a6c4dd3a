import Foundation
import KefuCore
import KefuEngine

/// The test-buyer REPL as a state machine: a line goes in, events come out. It owns the engine and
/// the session; the terminal loop (libedit, colour) and the tests only feed lines and read events.
public struct ChatSession {
    /// The engine's memory of the conversation (context, pending answers, loop counters, tickets).
    public private(set) var state: SessionState
    /// Who the test buyer is.
    public private(set) var profile: ChatProfile
    /// The buyer messages since the session began (or since `:reset`), with what the engine did.
    public private(set) var exchanges: [ChatExchange] = []
    /// Whether every reply is followed by its explanation (`:trace on`).
    public private(set) var showsTrace = false
    public private(set) var content: ChatContent
    var engine: Engine
    let backend: any ChatBackend
    let now: @Sendable () -> Date
    let timeZone: TimeZone
    private var sessionNumber = 1

    /// Opens a session on the backend's current content.
    /// - Throws: `DiagnosticsError` when the content cannot become an engine.
    public init(
        backend: any ChatBackend, profile: ChatProfile = ChatProfile(),
        now: @escaping @Sendable () -> Date = { Date() },
        timeZone: TimeZone = .current
    ) throws {
        self.backend = backend
        self.profile = profile
        self.now = now
        self.timeZone = timeZone
        content = try backend.load()
        engine = try backend.engine(for: content)
        state = SessionState(id: "chat-1")
        apply(profile)
    }

    /// The shop's name from `bundle.yaml`.
    public var shopName: String { engine.content.settings.name }

    /// The bundle's settings as the session answers with them (languages, thresholds, time zone).
    public var settings: BundleSettings { engine.content.settings }

    /// The last reply, which `:why`, `:open` and the badge talk about.
    public var lastReply: EngineReply? { exchanges.last?.reply }

    /// The events that open a session: the welcome template, when the bundle has one.
    public func start() -> [ChatEvent] {
        engine.welcome(for: state, context: answerContext).map { [.welcome($0)] } ?? []
    }

    /// Handles one typed line: a buyer message goes to the engine, `:command` runs the command.
    public mutating func handle(line: String) -> [ChatEvent] {
        let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return [] }
        switch ChatInput(line: trimmed) {
        case .message(let text):
            return send(IncomingMessage(text))
        case .command(let name, let argument):
            return run(name, argument: argument)
        case .unknownCommand(let word):
            let names = ChatCommandName.allCases.map(\.rawValue)
            if let closest = Suggestion.closest(to: word, among: names) {
                return [.problem(Message(.chatUnknownCommandDidYouMean, word, closest))]
            }
            return [.problem(Message(.chatUnknownCommand, word))]
        }
    }

    /// Sends a message as the buyer and records the exchange (a front end with its own message box sends
    /// text starting with a colon as a message, never as a command).
    public mutating func send(_ message: IncomingMessage) -> [ChatEvent] {
        let reply = backend.answer(message, in: &state, engine: engine, context: answerContext)
        exchanges.append(ChatExchange(message: message, reply: reply, profile: profile))
        guard showsTrace else { return [.reply(reply)] }
        return [.reply(reply), .explanation(Explanation(of: reply))]
    }

    mutating func setShowsTrace(_ on: Bool) { showsTrace = on }

    /// Replaces the buyer profile; the engine reads it from the session from the next message on.
    public mutating func apply(_ profile: ChatProfile) {
        self.profile = profile
        state.buyer = profile.buyer
        state.buyerTags = profile.tags
        state.product = profile.product
        state.locale = profile.locale
    }

    /// Changes one part of the buyer profile (`nil` clears it) and returns what it now is.
    mutating func set<Value>(_ part: WritableKeyPath<ChatProfile, Value?>, _ value: Value?) -> Value? {
        var changed = profile
        changed[keyPath: part] = value
        apply(changed)
        return value
    }

    /// Starts a new session with the same buyer profile.
    public mutating func startOver() {
        sessionNumber += 1
        state = SessionState(id: "chat-\(sessionNumber)")
        exchanges = []
        apply(profile)
    }

    /// Continues the same session with new content (after `:reload`).
    mutating func replaceContent(_ content: ChatContent) throws {
        engine = try backend.engine(for: content)
        self.content = content
    }

    /// Continues the same session on the backend's content as it is now, without a sync: for a front end
    /// that saw the store change (the console, after an edit or a pull made anywhere).
    public mutating func refreshContent() throws {
        try replaceContent(try backend.load())
    }

    var answerContext: AnswerContext {
        AnswerContext(shop: content.shop, now: now(), timeZone: timeZone, agentLoad: state.ticketsPerAgent, trace: true)
    }
}
