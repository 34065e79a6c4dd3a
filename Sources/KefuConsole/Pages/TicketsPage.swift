import Foundation
import Hummingbird
import KefuApp
import KefuCore
import KefuEngine
import KefuStore

/// `/tickets`: the conversations handed to people, open and claimed first. A ticket's page shows the
/// session's transcript (as the log keeps it: masked), the summary the bot wrote, suggested replies for
/// the buyer's last message, and claim, close and hand back, as `kefu tickets` does.
struct TicketsPage: Sendable {
    let desk: ConsoleDesk
    let pages: ConsolePages

    func add(to router: Router<ConsoleRequestContext>) {
        router.get("/tickets") { _, context in
            let tickets = try desk.tickets.tickets()
            let rows = tickets.sorted { (Self.order($0), $1.createdAt) < (Self.order($1), $0.createdAt) }.map {
                row($0)
            }
            return pages.page(
                "tickets", title: pages.strings.text("navTickets", context.language), section: "/tickets",
                data: ["rows": rows, "none": rows.isEmpty], context: context)
        }
        router.get("/tickets/:id") { _, context in
            let ticket = try ticket(context)
            let transcript = try desk.store.loggedMessages(session: ticket.session)
            var data = row(ticket)
            data["transcript"] = transcript.map { message -> [String: Any] in
                TemplateFields.dropEmpty([
                    "buyer": message.text, "reply": message.reply ?? "", "decision": message.decision,
                ])
            }
            if let last = transcript.last {
                let state =
                    try StoreSessionStore(store: desk.store).session(id: ticket.session)
                    ?? SessionState(id: ticket.session)
                data["suggestions"] = try desk.assistants.current().suggestions(
                    for: IncomingMessage(last.text), in: state
                ).map { ["reply": $0.reply, "source": $0.source.label] }
            }
            data["active"] = ticket.state != .closed
            data["open"] = ticket.state == .open
            return pages.page("ticket", title: "#\(ticket.id ?? 0)", section: "/tickets", data: data, context: context)
        }
        for change in TicketChange.allCases {
            router.post("/tickets/:id/\(change.rawValue)") { _, context in
                let visitor = try context.signedIn
                let ticket = try ticket(context)
                let id = ticket.id ?? 0
                do {
                    let agent = context.field("agent") ?? AuthorName.resolve()
                    _ = try desk.tickets.change(ticket: id, change, by: agent)
                    visitor.say(.done(pages.strings.text("ticket.\(change.rawValue)", context.language)))
                } catch {
                    visitor.say(.problem(error, in: context.language))
                }
                return ConsolePages.redirect("/tickets/\(id)")
            }
        }
    }

    private func ticket(_ context: ConsoleRequestContext) throws -> TicketRecord {
        guard let id = Int64(try context.parameters.require("id")) else { throw HTTPError(.notFound) }
        do {
            return try desk.tickets.ticket(id: id)
        } catch {
            throw HTTPError(.notFound)
        }
    }

    /// Open first, then claimed, then closed.
    private static func order(_ ticket: TicketRecord) -> Int {
        switch ticket.state {
        case .open: 0
        case .claimed: 1
        case .closed: 2
        }
    }

    private func row(_ ticket: TicketRecord) -> [String: Any] {
        TemplateFields.dropEmpty([
            "id": ticket.id ?? 0, "link": "/tickets/\(ticket.id ?? 0)", "session": ticket.session,
            "state": ticket.state.rawValue, "reason": ticket.reason, "priority": ticket.priority,
            "summary": ticket.summary, "agent": ticket.agent ?? "", "claimedBy": ticket.claimedBy ?? "",
            "created": desk.shopTime(ticket.createdAt), "outcome": ticket.outcome?.rawValue ?? "",
        ])
    }
}
