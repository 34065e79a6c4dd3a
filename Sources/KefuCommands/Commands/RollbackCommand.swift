import ArgumentParser
import Foundation
import KefuApp
import KefuCore
import KefuStore
import KefuSync

/// `kefu rollback N [--dry-run]`: every item back as it was after changeset N, as a new changeset, which
/// the folder then shows. Refused while the folder has edits not synced yet: rolling back would write
/// the old items over them (a saved test, an answer being fixed), so the seller syncs first and the
/// edits become revisions that stay in history. `--dry-run` lists what it would change.
struct RollbackCommand: KefuSubcommand {
    static let configuration = CommandConfiguration(commandName: "rollback", abstract: Messages.text(.helpRollback))

    @Argument(help: ArgumentHelp(Messages.text(.argChangeset), valueName: "CHANGESET"))
    var changeset: Int64

    @Flag(name: .customLong("dry-run"), help: ArgumentHelp(Messages.text(.optRollbackDryRun)))
    var dryRun = false

    @OptionGroup var global: GlobalOptions
    @ParentCommand var kefu: KefuCommand

    func run(in context: CommandContext) throws {
        let workspace = try context.workspace()
        if dryRun {
            let store = try workspace.openExistingStore()
            let change = try rollback(store)
            let unsynced = try Self.unsyncedEdits(in: workspace, store: store)
            let actions = try Self.actions(of: change, store: store)
            if context.json {
                context.printJSON(RollbackPlanJSON(rollingBackTo: changeset, actions: actions, unsynced: unsynced))
                return
            }
            context.console.out(
                context.text(
                    actions.isEmpty
                        ? Message(.rollbackNothing, "\(changeset)")
                        : Message(.rollbackWould, "\(changeset)", actions.count)
                ))
            for action in actions {
                context.console.out("  \(context.text(Message(action.action.message, action.item)))")
            }
            if !unsynced.isEmpty { context.console.error(context.text(Self.refusal(unsynced))) }
            return
        }
        let (change, recorded, report) = try workspace.applyAndSync { store in
            let unsynced = try Self.unsyncedEdits(in: workspace, store: store)
            guard unsynced.isEmpty else { throw AppFailure(.failure, Self.refusal(unsynced)) }
            return try rollback(store)
        }
        if context.json {
            context.printJSON(
                RollbackJSON(
                    rolledBackTo: changeset, changeset: recorded?.id,
                    sync: SyncReportJSON(report, language: context.language)))
            return
        }
        if let recorded, let id = recorded.id {
            let count = change.puts.count + change.deletes.count
            context.console.out(context.text(Message(.rollbackDone, "\(changeset)", "\(id)", count)))
        } else {
            context.console.out(context.text(Message(.rollbackNothing, "\(changeset)")))
        }
        if !report.isEmpty { SyncOutput(context: context).print(report) }
    }

    private func rollback(_ store: Store) throws -> StoreChange {
        do {
            return try Rollback.change(to: changeset, in: store, author: AuthorName.resolve())
        } catch RollbackError.noSuchChangeset(let id) {
            throw AppFailure(.failure, Message(.noSuchChangeset, "\(id)"))
        }
    }

    /// The items the folder changed since it last agreed with the store (what `kefu status` lists under
    /// the folder), as `faq/shipping-time`.
    private static func unsyncedEdits(in workspace: Workspace, store: Store) throws -> [String] {
        try workspace.folderSync(store).plan().sortedMerges.filter { !PlannedMerge.same($0.base, $0.theirs) }
            .map { "\($0.key)" }
    }

    private static func refusal(_ unsynced: [String]) -> Message {
        let shown = unsynced.prefix(5).joined(separator: ", ") + (unsynced.count > 5 ? ", …" : "")
        return Message(.rollbackUnsynced, unsynced.count, shown)
    }

    /// Each item the change touches and what happens to it: restored (it is gone now), changed back, or
    /// removed (it did not exist then).
    private static func actions(of change: StoreChange, store: Store) throws -> [RollbackPlanJSON.Action] {
        let now = try store.items(change.puts.map(\.key))
        let puts = change.puts.map { item in
            RollbackPlanJSON.Action(item: "\(item.key)", action: now[item.key] == nil ? .restore : .change)
        }
        return puts + change.deletes.map { RollbackPlanJSON.Action(item: "\($0)", action: .remove) }
    }
}
