import ArgumentParser
import Foundation
import KefuApp
import KefuCore

/// `kefu remind [--now TIME] [--dry-run] [--json]`: the reminders the shop sends first that are due now
/// (unpaid orders, shipped parcels, presale balances), rendered from their templates, as JSON Lines for a
/// bridge to deliver. Each is recorded as sent, so the next run never repeats it.
struct RemindCommand: KefuSubcommand {
    static let configuration = CommandConfiguration(commandName: "remind", abstract: Messages.text(.helpRemind))

    @OptionGroup var clock: ClockOptions

    @Flag(name: .customLong("dry-run"), help: ArgumentHelp(Messages.text(.optRemindDryRun)))
    var dryRun = false

    @OptionGroup var global: GlobalOptions
    @ParentCommand var kefu: KefuCommand

    func run(in context: CommandContext) throws {
        let workspace = try context.workspace()
        let now = try clock.moment(in: workspace.timeZone())
        let run = try workspace.withStoreForChange { store, _ in
            try ReminderDesk(workspace: workspace, store: store).run(at: now, dryRun: dryRun)
        }
        if context.json {
            for reminder in run.outgoing { context.printJSONLine(reminder) }
        } else {
            for reminder in run.outgoing {
                context.console.out(
                    "\(reminder.order) → \(reminder.buyer ?? "-")  [\(reminder.reminder)]  \(reminder.text)")
            }
        }
        // What waits, and why, goes to standard error: standard output is only what to send.
        let note = { (message: Message) in context.console.error(context.text(message)) }
        if run.plan.quiet { note(Message(.remindQuiet)) }
        if !run.plan.heldBack.isEmpty {
            note(
                Message(
                    .remindHeldBack, run.plan.heldBack.count, run.plan.heldBack.map(\.order).joined(separator: ", ")))
        }
        if !run.plan.withoutTime.isEmpty {
            note(Message(.remindWithoutTime, run.plan.withoutTime.joined(separator: ", ")))
        }
        for skipped in run.unrendered {
            note(Message(.remindUnrendered, skipped.reminder, skipped.order, skipped.missing.joined(separator: ", ")))
        }
        if run.outgoing.isEmpty && !run.plan.quiet && !context.json { note(Message(.remindNone)) }
    }
}
