import ArgumentParser
import Foundation
import KefuApp
import KefuChat
import KefuCore
import KefuEngine
import KefuStore

/// `kefu ask [--json] [--session ID] [--buyer ID] [--product SKU] [--locale L] TEXT`: one buyer message
/// answered from the store, as a buyer would get it. The reply goes to standard output and a badge
/// (decision, source, confidence) to standard error, so scripts can take the reply alone.
struct AskCommand: KefuSubcommand {
    static let configuration = CommandConfiguration(commandName: "ask", abstract: Messages.text(.helpAsk))

    @Argument(help: ArgumentHelp(Messages.text(.argAskText), valueName: "TEXT"))
    var text: String

    @Option(help: ArgumentHelp(Messages.text(.optSession), valueName: "ID"))
    var session: String?

    @OptionGroup var buyerOptions: BuyerOptions

    @Option(name: .customLong("type"), help: ArgumentHelp(Messages.text(.optMessageType), valueName: "TYPE"))
    var messageType: String = "text"

    @OptionGroup var global: GlobalOptions
    @ParentCommand var kefu: KefuCommand

    func run(in context: CommandContext) throws {
        guard let type = MessageType(rawValue: messageType) else {
            let known = MessageType.allCases.map(\.rawValue).joined(separator: ", ")
            throw AppFailure(.usage, Message(.askBadType, messageType, known))
        }
        for (option, value) in [
            ("session", session), ("buyer", buyerOptions.buyer), ("product", buyerOptions.product),
        ] where (value?.count ?? 0) > SessionState.maximumIdentifierLength {
            throw AppFailure(.usage, Message(.askIdentifierTooLong, option, SessionState.maximumIdentifierLength))
        }
        let workspace = try context.workspace()
        let message = IncomingMessage(text, type: type)
        if let session {
            // A conversation changes the store (its state, its tickets, its log): take the lock. A one-off
            // question is not a conversation, so it is neither kept nor logged.
            try workspace.withStoreForChange { store, _ in
                let sessions = StoreSessionStore(store: store)
                var state = try sessions.session(id: session) ?? SessionState(id: session)
                let assistant = try assistantWarningIfUnsynced(workspace, store, context)
                let reply = try answer(
                    message, in: &state, assistant: assistant, agentLoad: try sessions.openTicketCounts(),
                    log: ConversationLog(store: store))
                try sessions.save(state)
                print(reply, in: context)
            }
        } else {
            var state = SessionState(id: "ask")
            let store = try workspace.openExistingStore()
            let assistant = try assistantWarningIfUnsynced(workspace, store, context)
            print(try answer(message, in: &state, assistant: assistant, agentLoad: [:], log: nil), in: context)
        }
    }

    /// The store's assistant. The answer comes from the store, so this says when the folder has edits it
    /// has not seen, found on the other core while the engine loads (it stats every bundle file).
    private func assistantWarningIfUnsynced(_ workspace: Workspace, _ store: Store, _ context: CommandContext)
        throws -> Assistant
    {
        let language = context.language
        let (assistant, notice) = ParallelMap.both(
            { try workspace.assistant(from: store) },
            { try workspace.unsyncedNotice(store, reload: false, in: language) })
        let built = try assistant.get()
        if let notice = try notice.get() {
            context.console.error(context.text(notice))
        }
        return built
    }

    private func answer(
        _ message: IncomingMessage, in state: inout SessionState, assistant: Assistant, agentLoad: [ItemID: Int],
        log: ConversationLog?
    ) throws -> EngineReply {
        state = buyerOptions.applied(to: state)
        do {
            return try assistant.answer(
                message, in: &state, origin: .ask, context: assistant.context(agentLoad: agentLoad, trace: true),
                log: log)
        } catch {
            throw error.underlying
        }
    }

    private func print(_ reply: EngineReply, in context: CommandContext) {
        if context.json {
            context.printJSON(reply)
            return
        }
        if let text = reply.reply { context.console.out(text) }
        context.console.error(context.console.styled(reply.badge, .dim, onStandardError: true))
    }
}
