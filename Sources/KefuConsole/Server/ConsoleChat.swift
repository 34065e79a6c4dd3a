import Foundation
import KefuApp
import KefuChat
import KefuCore
import KefuEngine
import KefuStore

/// One browser's test-buyer chat: the REPL's session (`ChatSession`) behind a lock, answering with the
/// store's content as it is now. An edit, an accepted group or a pull (from the console or a terminal)
/// is picked up before the next message, without a sync of its own.
final class ConsoleChat: @unchecked Sendable {
    private let lock = NSLock()
    private var session: ChatSession
    private var welcome: [String]
    private let store: Store
    private var version: Int64?

    init(workspace: Workspace, store: Store) throws {
        self.store = store
        let backend = StoreChatBackend(workspace: workspace, store: store, describe: { _ in [] }, warn: { _ in })
        session = try ChatSession(backend: backend, timeZone: workspace.timeZone())
        version = try store.latestChangesetID()
        welcome = session.start().compactMap { if case .welcome(let text) = $0 { text } else { nil } }
    }

    /// Sends `text` as the buyer, whatever it starts with.
    func send(_ text: String) throws {
        try lock.withLock {
            try refreshIfChanged()
            _ = session.send(IncomingMessage(text))
        }
    }

    /// Sets who the test buyer is, from the next message on.
    func setProfile(_ profile: ChatProfile) {
        lock.withLock { session.apply(profile) }
    }

    /// Starts the conversation again with the same buyer.
    func reset() {
        lock.withLock { session.startOver() }
    }

    /// Runs one of the REPL's commands (`:save NAME`) and returns what it said.
    func command(_ line: String) -> [ChatEvent] {
        lock.withLock { session.handle(line: line) }
    }

    /// What the chat page shows, with the shop data and languages the buyer pickers offer.
    var snapshot:
        (welcome: [String], exchanges: [ChatExchange], profile: ChatProfile, shop: ShopDataTables, locales: [String])
    {
        lock.withLock {
            (welcome, session.exchanges, session.profile, session.content.shop, session.settings.locales)
        }
    }

    private func refreshIfChanged() throws {
        let latest = try store.latestChangesetID()
        guard latest != version else { return }
        try session.refreshContent()
        version = latest
    }
}
