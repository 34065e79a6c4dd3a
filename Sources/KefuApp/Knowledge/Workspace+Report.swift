import Foundation
import KefuCore
import KefuEngine
import KefuQuality
import KefuStore

extension Workspace {
    /// The measures of Documentation/Reports.md over the conversation log and the tickets since `start`
    /// (everything when nil) of the conversations in `scope` (the tickets of their sessions), in the
    /// shop's time zone, with the shop's name; `kefu report` and the console's insight page. A server that
    /// keeps an engine for the store as it is passes it, so the report builds none of its own.
    public func conversationReport(
        since start: Date?, scope: ReportScope = ReportScope(), engine kept: Engine? = nil
    ) throws -> (report: ConversationReport, shopName: String) {
        let store = try openExistingStore()
        let engine = try kept ?? engine(from: store)
        let logged = try store.loggedMessages(since: start)
        let messages = logged.filter(scope.includes)
        let sessions = Set(messages.map(\.session))
        let tickets = try store.tickets().filter { ticket in
            (start.map { ticket.createdAt >= $0 } ?? true) && sessions.contains(ticket.session)
        }
        var report = ConversationReport(
            messages: messages,
            tickets: tickets.map { TicketTimes(created: $0.createdAt, claimed: $0.claimedAt, closed: $0.closedAt) },
            engine: engine, timeZone: engine.content.settings.timeZone)
        let everyOrigin = ReportScope(includesTests: true, channel: scope.channel)
        report.testMessagesLeftOut = logged.filter(everyOrigin.includes).count - messages.count
        return (report, engine.content.settings.name)
    }
}
