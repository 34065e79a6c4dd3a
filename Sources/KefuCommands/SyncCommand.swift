import ArgumentParser
import Foundation
import KefuBundle
import KefuCore
import KefuStore
import KefuSync

/// `kefu sync`: two-way between the working folder and the store.
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "sync", abstract: Messages.text(.helpSync))

    @OptionGroup var global: GlobalOptions
    @ParentCommand var kefu: KefuCommand

    func run() throws {
        let context = CommandContext(global.merged(withEarlier: kefu.global))
        try context.run {
            let workspace = try Workspace.find(from: context.directory)
            let (store, lock, created) = try workspace.openStoreForChange()
            defer { withExtendedLifetime(lock) {} }
            let report = try workspace.folderSync(store).run()
            SyncOutput(context: context).print(report, storeCreated: created)
        }
    }
}
