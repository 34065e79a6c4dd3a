import ArgumentParser
import Foundation
import KefuApp
import KefuBundle
import KefuCore
import KefuStore
import KefuSync

/// `kefu sync`: two-way between the working folder and the store.
struct SyncCommand: KefuSubcommand {
    static let configuration = CommandConfiguration(commandName: "sync", abstract: Messages.text(.helpSync))

    @OptionGroup var global: GlobalOptions
    @ParentCommand var kefu: KefuCommand

    func run(in context: CommandContext) throws {
        let workspace = try context.workspace()
        try workspace.withStoreForChange { store, created in
            let report = try workspace.folderSync(store).run()
            SyncOutput(context: context).print(report, storeCreated: created)
        }
    }
}
