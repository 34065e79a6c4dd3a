import ArgumentParser
import Foundation
import KefuApp
import KefuCore
import KefuStore
import KefuSync

/// `kefu rollback N`: every item back as it was after changeset N, as a new changeset; the folder
/// follows through a sync, which also merges any folder edits not synced yet.
struct RollbackCommand: KefuSubcommand {
    static let configuration = CommandConfiguration(commandName: "rollback", abstract: Messages.text(.helpRollback))

    @Argument(help: ArgumentHelp(Messages.text(.argChangeset), valueName: "CHANGESET"))
    var changeset: Int64

    @OptionGroup var global: GlobalOptions
    @ParentCommand var kefu: KefuCommand

    func run(in context: CommandContext) throws {
        let workspace = try Workspace.find(from: context.directory)
        let (change, recorded, report) = try workspace.applyAndSync { store in
            do {
                return try Rollback.change(to: changeset, in: store, author: AuthorName.resolve())
            } catch RollbackError.noSuchChangeset(let id) {
                throw AppFailure(.failure, Message(.noSuchChangeset, "\(id)"))
            }
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
}
