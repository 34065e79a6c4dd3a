import ArgumentParser
import Foundation
import KefuApp
import KefuCore
import KefuStore
import KefuSync

/// `kefu remote add|list|remove`: the shared rule repositories this bundle pulls from and pushes to.
struct RemoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remote", abstract: Messages.text(.helpRemote),
        subcommands: [AddRemoteCommand.self, ListRemotesCommand.self, RemoveRemoteCommand.self],
        defaultSubcommand: ListRemotesCommand.self)
}

/// `kefu remote add NAME TARGET`.
struct AddRemoteCommand: KefuSubcommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: Messages.text(.helpRemoteAdd))

    @Argument(help: ArgumentHelp(Messages.text(.argRemoteName), valueName: "NAME"))
    var name: String

    @Argument(help: ArgumentHelp(Messages.text(.argRemoteTarget), valueName: "TARGET"))
    var target: String

    @OptionGroup var global: GlobalOptions
    @ParentCommand var kefu: KefuCommand

    func run(in context: CommandContext) throws {
        guard ItemID.isValid(name) else { throw AppFailure(.usage, Message(.invalidRemoteName, name)) }
        let workspace = try context.workspace()
        let remote = try RemoteErrorMessage.translating(remote: name) {
            try RemoteTarget(parsing: target, relativeTo: context.directory).remote(named: name)
        }
        try workspace.withStoreForChange { store, _ in
            guard try store.remote(named: name) == nil else {
                throw AppFailure(.failure, Message(.remoteExists, name))
            }
            try store.addRemote(remote)
        }
        if context.json {
            context.printJSON(RemoteJSON(remote))
        } else {
            context.console.out(context.text(Message(.remoteAdded, name, remote.displayTarget)))
        }
    }
}

/// `kefu remote list`.
struct ListRemotesCommand: KefuSubcommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: Messages.text(.helpRemoteList))

    @OptionGroup var global: GlobalOptions
    @ParentCommand var kefu: KefuCommand

    func run(in context: CommandContext) throws {
        let remotes = try context.workspace().openExistingStore().remotes()
        if context.json {
            context.printJSON(remotes.map(RemoteJSON.init))
        } else if remotes.isEmpty {
            context.console.out(context.text(Message(.remoteNone)))
        } else {
            for remote in remotes {
                context.console.out(
                    context.text(Message(.remoteListEntry, remote.name, remote.displayTarget, remote.version ?? "-")))
            }
        }
    }
}

/// `kefu remote remove NAME`.
struct RemoveRemoteCommand: KefuSubcommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: Messages.text(.helpRemoteRemove))

    @Argument(help: ArgumentHelp(Messages.text(.argRemoteName), valueName: "NAME"))
    var name: String

    @OptionGroup var global: GlobalOptions
    @ParentCommand var kefu: KefuCommand

    func run(in context: CommandContext) throws {
        let workspace = try context.workspace()
        try workspace.withStoreForChange { store, _ in
            guard try store.remote(named: name) != nil else {
                throw AppFailure(.failure, Message(.remoteUnknown, name))
            }
            try store.removeRemote(named: name)
        }
        try? FileManager.default.removeItem(at: workspace.root.appending(path: ".kefu/remotes/\(name)"))
        context.console.out(context.text(Message(.remoteRemoved, name)))
    }
}
