import ArgumentParser
import Foundation
import KefuApp
import KefuCore
import KefuStore

/// `kefu conflicts`: the open conflicts, each with both sides' revisions and authors.
struct ConflictsCommand: KefuSubcommand {
    static let configuration = CommandConfiguration(commandName: "conflicts", abstract: Messages.text(.helpConflicts))

    @OptionGroup var global: GlobalOptions
    @ParentCommand var kefu: KefuCommand

    func run(in context: CommandContext) throws {
        let conflicts = try context.workspace().openExistingStore().conflicts()
        if context.json {
            context.printJSON(conflicts.map(ConflictJSON.init))
        } else if conflicts.isEmpty {
            context.console.out(context.text(Message(.conflictsNone)))
        } else {
            for conflict in conflicts { context.console.out(ConflictText.line(for: conflict, in: context)) }
        }
    }
}
