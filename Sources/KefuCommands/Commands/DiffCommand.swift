import ArgumentParser
import Foundation
import KefuApp
import KefuBundle
import KefuCore
import KefuStore
import KefuSync

/// `kefu diff`: before a sync, field by field, what it would change and what would conflict.
struct DiffCommand: KefuSubcommand {
    static let configuration = CommandConfiguration(commandName: "diff", abstract: Messages.text(.helpDiff))

    @OptionGroup var global: GlobalOptions
    @ParentCommand var kefu: KefuCommand

    func run(in context: CommandContext) throws {
        let workspace = try context.workspace()
        let plan = try workspace.folderSync(try workspace.openExistingStore()).plan()
        let merges = plan.sortedMerges.filter { $0.changesStore || $0.changesFolder || $0.merge.conflict != nil }
        if context.json {
            context.printJSON(merges.map(DiffJSON.init))
            return
        }
        if merges.isEmpty {
            context.console.out(context.text(Message(.diffNone)))
            return
        }
        for merge in merges {
            let heading = "\(merge.key)  \(context.text(OutcomeText.message(for: merge.merge)))"
            context.console.out(context.console.styled(heading, merge.merge.conflict == nil ? .bold : .yellow))
            let folder = FieldChange.between(merge.base, merge.theirs)
            let store = FieldChange.between(merge.base, merge.ours)
            let both = !folder.isEmpty && !store.isEmpty
            for change in folder {
                print(change, side: both ? context.text(Message(.diffInFolder)) : nil, context)
            }
            for change in store {
                print(change, side: both ? context.text(Message(.diffInStore)) : nil, context)
            }
        }
    }

    private func print(_ change: FieldChange, side: String?, _ context: CommandContext) {
        let label = side.map { "\(change.field) (\($0))" } ?? change.field
        let before = change.before?.inline ?? "—"
        let after = change.after?.inline ?? "—"
        context.console.out(
            "  \(label): \(context.console.styled(before, .red)) → \(context.console.styled(after, .green))")
    }
}
