import ArgumentParser
import Foundation
import KefuApp
import KefuCore
import KefuStore
import KefuSync

/// `kefu pull NAME`: merge a remote's changes into the store, then the working folder.
struct PullCommand: KefuSubcommand {
    static let configuration = CommandConfiguration(commandName: "pull", abstract: Messages.text(.helpPull))

    @Argument(help: ArgumentHelp(Messages.text(.argRemoteName), valueName: "NAME"))
    var name: String = RemoteClone.originName

    @Flag(name: .customLong("allow-deletes"), help: ArgumentHelp(Messages.text(.optAllowDeletes)))
    var allowDeletes = false

    @OptionGroup var global: GlobalOptions
    @ParentCommand var kefu: KefuCommand

    func run(in context: CommandContext) throws {
        let workspace = try context.workspace()
        let report = try workspace.withRemote(named: name) { store, remote in
            try RemoteSync(root: workspace.root, store: store, author: AuthorName.resolve()).pull(
                remote, deletions: DeletionGuard(allowsDeletes: allowDeletes))
        }
        PullOutput(context: context).print(report, remote: name)
    }
}
