import ArgumentParser
import Foundation
import KefuApp
import KefuCore
import KefuStore

/// `kefu tickets [--open]` and `kefu tickets claim|close|handback ID`: the buyers the bot handed to
/// people, followed until they end.
struct TicketsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tickets", abstract: Messages.text(.helpTickets),
        subcommands: [
            ListTicketsCommand.self, ChangeTicketCommand<Claim>.self, ChangeTicketCommand<Close>.self,
            ChangeTicketCommand<HandBack>.self,
        ],
        defaultSubcommand: ListTicketsCommand.self)
}

/// `kefu tickets list [--open]`.
struct ListTicketsCommand: KefuSubcommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: Messages.text(.helpTicketsList))

    @Flag(help: ArgumentHelp(Messages.text(.optTicketsOpen)))
    var open = false

    @OptionGroup var global: GlobalOptions
    @ParentCommand var kefu: KefuCommand

    func run(in context: CommandContext) throws {
        let store = try context.workspace().openExistingStore()
        let tickets = try TicketDesk(store: store).tickets(in: open ? TicketDesk.active : nil)
        if context.json {
            context.printJSON(tickets.map(TicketJSON.init))
            return
        }
        if tickets.isEmpty { context.console.out(context.text(Message(.ticketsNone))) }
        for ticket in tickets { context.console.out(Self.line(ticket)) }
    }

    /// `#3  open      high  complaint  session b2001-1  → xiaowang  summary…`
    static func line(_ ticket: TicketRecord) -> String {
        let who = [ticket.claimedBy ?? ticket.agent, ticket.closedBy].compactMap { $0 }.joined(separator: " → ")
        let fields = [
            "#\(ticket.id ?? 0)", ticket.state.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0),
            ticket.priority, ticket.reason, ticket.session, who.isEmpty ? "-" : who, ticket.summary,
        ]
        return fields.joined(separator: "  ")
    }
}

/// One of claim, close and hand back, as a subcommand.
protocol TicketChangeKind {
    static var change: TicketChange { get }
    static var abstract: MessageKey { get }
    static var done: MessageKey { get }
}

enum Claim: TicketChangeKind {
    static let change = TicketChange.claim
    static let abstract = MessageKey.helpTicketsClaim
    static let done = MessageKey.ticketClaimed
}

enum Close: TicketChangeKind {
    static let change = TicketChange.close
    static let abstract = MessageKey.helpTicketsClose
    static let done = MessageKey.ticketClosed
}

enum HandBack: TicketChangeKind {
    static let change = TicketChange.handBack
    static let abstract = MessageKey.helpTicketsHandBack
    static let done = MessageKey.ticketHandedBack
}

/// `kefu tickets claim|close|handback ID [--agent NAME]`.
struct ChangeTicketCommand<Kind: TicketChangeKind>: KefuSubcommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: Kind.change.rawValue, abstract: Messages.text(Kind.abstract))
    }

    @Argument(help: ArgumentHelp(Messages.text(.argTicketID), valueName: "ID"))
    var id: Int64

    @Option(help: ArgumentHelp(Messages.text(.optTicketAgent), valueName: "NAME"))
    var agent: String?

    @OptionGroup var global: GlobalOptions
    @ParentCommand var kefu: KefuCommand

    func run(in context: CommandContext) throws {
        let store = try context.workspace().openExistingStore()
        let ticket = try TicketDesk(store: store).change(ticket: id, Kind.change, by: agent ?? AuthorName.resolve())
        if context.json {
            context.printJSON(TicketJSON(ticket))
        } else {
            context.console.out(context.text(Message(Kind.done, id, ticket.session)))
        }
    }
}
