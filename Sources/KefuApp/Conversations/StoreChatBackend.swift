import Foundation
import KefuChat
import KefuCore
import KefuEngine
import KefuStore
import KefuSync

/// The REPL's content from a bundle folder and its store: loaded once, and on `:reload` synced from
/// the folder under the store lock (so a `kefu sync` in another terminal waits, never interleaves).
/// Engines come from the workspace, and every exchange is answered by the `Assistant` into the store's
/// conversation log.
public struct StoreChatBackend: ChatBackend {
    let workspace: Workspace
    /// Opened once for the chat: content is read from it and every exchange is logged to it.
    let store: Store
    private let log: ConversationLog
    /// How a sync reads for the person at the terminal.
    private let describe: (SyncReport) -> [Message]
    /// Shows a problem that should not stop the chat (a conversation log that cannot be written).
    private let warn: (Message) -> Void

    public init(
        workspace: Workspace, store: Store, describe: @escaping (SyncReport) -> [Message],
        warn: @escaping (Message) -> Void
    ) {
        self.workspace = workspace
        self.store = store
        self.log = ConversationLog(store: store)
        self.describe = describe
        self.warn = warn
    }

    public var root: URL { workspace.root }

    /// Failures reach the command as they are (a missing store exits with its own status).
    public func load() throws -> ChatContent {
        try content(of: store)
    }

    public func reload() throws -> ChatReload {
        try translatingFailures {
            // The items are read back from the store the sync just wrote, still under its lock.
            try workspace.withStoreForChange { store, _ in
                let report = try workspace.folderSync(store).run()
                return ChatReload(summary: describe(report), warnings: report.warnings, content: try content(of: store))
            }
        }
    }

    /// `store`'s items with the bundle's shop data and sentence model.
    private func content(of store: Store) throws -> ChatContent {
        ChatContent(
            records: try store.contentRecords(), shop: try workspace.shopData(), semantics: workspace.semantics)
    }

    public func engine(for content: ChatContent) throws -> Engine {
        try translatingFailures { try workspace.engine(for: content.records) }
    }

    /// Each exchange goes to the conversation log as it happens; a log that cannot be written is not
    /// worth interrupting a test chat for, so it is shown as a warning and the chat goes on.
    public func answer(
        _ message: IncomingMessage, in session: inout SessionState, engine: Engine, context: AnswerContext
    ) -> EngineReply {
        let assistant = Assistant(engine: engine, shop: context.shop)
        do {
            return try assistant.answer(message, in: &session, origin: .chat, context: context, log: log)
        } catch {
            warn(Message(.conversationLogFailed, "\(error.underlying)"))
            return error.reply
        }
    }

    /// Inside the REPL a failure is shown and the chat goes on: a failure of the app becomes located
    /// problems.
    private func translatingFailures<Result>(_ body: () throws -> Result) throws -> Result {
        do {
            return try body()
        } catch let failure as AppFailure {
            throw DiagnosticsError(failure.diagnostics)
        }
    }
}
