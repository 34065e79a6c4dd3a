import ArgumentParser
import Foundation
import KefuApp
import KefuCore
import KefuStore
import KefuSync

/// `kefu push NAME`: publish the store's items to a remote.
struct PushCommand: KefuSubcommand {
    static let configuration = CommandConfiguration(commandName: "push", abstract: Messages.text(.helpPush))

    @Argument(help: ArgumentHelp(Messages.text(.argRemoteName), valueName: "NAME"))
    var name: String = RemoteClone.originName

    @Flag(name: .customLong("break-lock"), help: ArgumentHelp(Messages.text(.optBreakLock)))
    var breakLock = false

    @Flag(name: .customLong("allow-deletes"), help: ArgumentHelp(Messages.text(.optAllowDeletes)))
    var allowDeletes = false

    @OptionGroup var global: GlobalOptions
    @ParentCommand var kefu: KefuCommand

    func run(in context: CommandContext) throws {
        let workspace = try context.workspace()
        let report = try workspace.withRemote(named: name) { store, remote in
            try RemoteSync(root: workspace.root, store: store, author: AuthorName.resolve()).push(
                remote, breakingLock: breakLock, deletions: DeletionGuard(allowsDeletes: allowDeletes))
        }
        if context.json {
            context.printJSON(
                PushJSON(
                    remote: name, version: report.version, itemsSent: report.itemsSent,
                    mergedOnRetry: report.mergedOnRetry.count))
            return
        }
        if !report.before.isEmpty { SyncOutput(context: context).print(report.before) }
        if !report.mergedOnRetry.isEmpty {
            context.console.out(context.text(Message(.pushMergedFirst, report.mergedOnRetry.count)))
        }
        context.console.out(context.text(Message(.pushDone, name, String(report.version.prefix(12)), report.itemsSent)))
    }
}
