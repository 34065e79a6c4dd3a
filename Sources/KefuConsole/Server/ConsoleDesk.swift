import Foundation
import KefuApp
import KefuCore
import KefuQuality
import KefuStore

/// What the console's pages work on: the bundle's workspace, its store (opened once, shared by every
/// page), the assistant as the store is now (for suggested replies and the shop's name) and the
/// ticket desk. Changes go through KefuApp, which takes the store lock for each.
final class ConsoleDesk: Sendable {
    let workspace: Workspace
    let store: Store
    let assistants: AssistantReloader
    let tickets: TicketDesk

    init(workspace: Workspace) throws {
        self.workspace = workspace
        store = try workspace.openExistingStore()
        assistants = try AssistantReloader(workspace: workspace, store: store)
        tickets = TicketDesk(store: store)
    }

    var shopName: String { (try? assistants.current().engine.content.settings.name) ?? "" }

    /// The report over the whole conversation log, from the engine kept for the store as it is now.
    func report() throws -> ConversationReport {
        try workspace.conversationReport(since: nil, engine: try assistants.current().engine).report
    }

    /// A moment as the shop reads it: its own time zone, to the minute.
    func shopTime(_ date: Date) -> String {
        var style = Date.ISO8601FormatStyle(timeZone: workspace.timeZone())
        style = style.year().month().day().dateSeparator(.dash).time(includingFractionalSeconds: false)
        return date.formatted(style)
    }

    /// A new test-buyer chat for a browser that signed in.
    func makeChat() throws -> ConsoleChat { try ConsoleChat(workspace: workspace, store: store) }
}
