import Foundation
import KefuChat
import KefuCore
import KefuEngine
import KefuQuality
import KefuStore

/// The REPL's content from a bundle folder and its store: loaded once, and on `:reload` synced from
/// the folder under the store lock (so a `kefu sync` in another terminal waits, never interleaves).
struct StoreChatBackend: ChatBackend {
    let workspace: Workspace
    let context: CommandContext
    /// Opened once for the chat: content is read from it and every exchange is logged to it.
    let store: Store

    var root: URL { workspace.root }

    /// Failures reach the command as they are (a missing store exits with its own status).
    func load() throws -> ChatContent {
        ChatContent(
            records: try store.contentRecords(), shop: try workspace.shopData(), semantics: workspace.semantics)
    }

    func reload() throws -> ChatReload {
        try translatingFailures {
            // The items are read back from the store the sync just wrote, still under its lock.
            try workspace.withStoreForChange { store, _ in
                let report = try workspace.folderSync(store).run()
                return ChatReload(
                    summary: SyncOutput(context: context).messages(for: report), warnings: report.warnings,
                    content: ChatContent(
                        records: try store.contentRecords(), shop: try workspace.shopData(),
                        semantics: workspace.semantics))
            }
        }
    }

    /// Each exchange goes to the conversation log as it happens; a log that cannot be written is not
    /// worth interrupting a test chat for, so it is shown as a warning and the chat goes on.
    func log(_ message: IncomingMessage, reply: EngineReply, session: SessionState, micros: Double) {
        let entry = ConversationLogger(origin: .chat).entry(
            text: message.text, type: message.type.rawValue, reply: reply, session: session.id, buyer: session.buyer,
            time: Date(), micros: micros)
        do {
            try store.log([entry])
        } catch {
            context.console.error(context.text(Message(.conversationLogFailed, "\(error)")))
        }
    }

    /// Inside the REPL a failure is shown and the chat goes on: a command's failure becomes located
    /// problems.
    private func translatingFailures<Result>(_ body: () throws -> Result) throws -> Result {
        do {
            return try body()
        } catch let failure as CommandFailure {
            throw DiagnosticsError(failure.diagnostics)
        }
    }
}
