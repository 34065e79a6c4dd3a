import Foundation
import KefuChat
import KefuCore
import KefuEngine

/// Lays out the REPL's events for a person: replies with their badge, `:why` as indented sections
/// with the winner marked and losers dimmed, tickets, mentions and help. Colour only on a terminal.
struct ChatPrinter {
    let context: CommandContext

    private var console: Console { context.console }

    /// The lines an event prints, in order.
    func lines(for event: ChatEvent) -> [String] {
        switch event {
        case .welcome(let text):
            return text.components(separatedBy: "\n") + [console.styled("[welcome]", .dim)]
        case .reply(let reply):
            let text = reply.reply.map { $0.components(separatedBy: "\n") } ?? []
            return text + [console.styled(reply.badge, .dim)]
        case .explanation(let explanation):
            return lines(for: explanation)
        case .notice(let message):
            return [console.styled(context.text(message), .cyan)]
        case .problem(let message):
            return [console.styled(context.text(message), .red)]
        case .diagnostics(let diagnostics):
            return diagnostics.map { diagnostic in context.render(diagnostic) }
        case .tickets(let tickets):
            return tickets.flatMap(lines(for:))
        case .mentions(let mentions):
            return mentions.map { mention in
                let location = mention.location.map { "  " + console.styled($0.description, .dim) } ?? ""
                return "\(mention.kind.rawValue)/\(mention.id)  \(mention.field): \(mention.excerpt)\(location)"
            }
        case .location(let path, let line):
            return ["\(path):\(line)"]
        case .help(let commands):
            let width = commands.map(\.usage.count).max() ?? 0
            let rows = commands.map { command in
                console.styled(command.usage.padding(toLength: width, withPad: " ", startingAt: 0), .bold) + "  "
                    + context.text(Message(command.summary))
            }
            return commands.count > 1 ? [context.text(Message(.chatCommandsTitle))] + rows : rows
        case .quit:
            return []
        }
    }

    private func lines(for explanation: Explanation) -> [String] {
        var lines = [withLocation(console.styled(context.text(explanation.headline.text), .bold), explanation.headline)]
        for section in explanation.sections {
            lines.append(console.styled(context.text(section.title), .bold))
            lines += section.lines.map { "  " + line($0) }
        }
        return lines
    }

    /// A line marked by its tone: the winner ticked in green, losers crossed and dimmed, warnings flagged.
    private func line(_ line: ExplanationLine) -> String {
        let text = context.text(line.text)
        let marked =
            switch line.tone {
            case .plain: "  " + text
            case .chosen: console.styled("✓ " + text, .green)
            case .passed: console.styled("✗ " + text, .dim)
            case .warning: console.styled("! " + text, .yellow)
            }
        return withLocation(marked, line)
    }

    private func withLocation(_ text: String, _ line: ExplanationLine) -> String {
        line.location.map { text + "  " + console.styled($0, .dim) } ?? text
    }

    private func lines(for ticket: HandoffTicket) -> [String] {
        let agent = ticket.agentName.map { "\($0) (\(ticket.agent?.rawValue ?? ""))" } ?? "-"
        var lines = [
            console.styled(
                context.text(
                    Message(
                        .chatTicketRouted, ticket.reason.messageKey,
                        ticket.priority == .high ? MessageKey.priorityHigh : .priorityNormal, agent)),
                .bold),
            "  " + ticket.summary,
        ]
        if !ticket.agentOnline, let time = ticket.availableAt {
            lines.append("  " + console.styled(context.text(Message(.chatTicketOffDuty, time)), .yellow))
        }
        return lines
    }
}
