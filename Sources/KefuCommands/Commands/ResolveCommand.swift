import ArgumentParser
import Foundation
import KefuApp
import KefuBundle
import KefuCore
import KefuStore
import KefuSync

/// `kefu resolve KIND/ID --ours | --theirs | --file F`: settles one conflict as a changeset, then
/// syncs so the folder shows the result and the conflict file goes away.
struct ResolveCommand: KefuSubcommand {
    static let configuration = CommandConfiguration(commandName: "resolve", abstract: Messages.text(.helpResolve))

    @Argument(help: ArgumentHelp(Messages.text(.argItem), valueName: "KIND/ID"))
    var item: String

    @Flag(help: ArgumentHelp(Messages.text(.optOurs)))
    var ours = false

    @Flag(help: ArgumentHelp(Messages.text(.optTheirs)))
    var theirs = false

    @Option(help: ArgumentHelp(Messages.text(.optFile), valueName: "FILE"))
    var file: String?

    @OptionGroup var global: GlobalOptions
    @ParentCommand var kefu: KefuCommand

    func run(in context: CommandContext) throws {
        let key = try ItemKeyArgument.parse(item)
        guard [ours, theirs, file != nil].filter({ $0 }).count == 1 else {
            throw AppFailure(.usage, Message(.resolveChooseOne, key.description))
        }
        let workspace = try context.workspace()
        let resolution = try self.resolution(for: key, context: context)
        let (_, recorded, report) = try workspace.applyAndSync { store in
            do {
                return try resolution.change(for: key, in: store, author: AuthorName.resolve())
            } catch ResolutionError.noConflict {
                throw AppFailure(.failure, Message(.noConflict, key.description))
            }
        }
        if context.json {
            context.printJSON(
                ResolveJSON(
                    item: key.description, changeset: recorded?.id,
                    sync: SyncReportJSON(report, language: context.language)))
            return
        }
        context.console.out(context.text(Message(.resolveDone, key.description, "\(recorded?.id ?? 0)")))
        if !report.isEmpty { SyncOutput(context: context).print(report) }
    }

    private func resolution(for key: ItemKey, context: CommandContext) throws -> Resolution {
        if ours { return .ours }
        if theirs { return .theirs }
        guard let file else { return .ours }
        let data = try context.readInput(file)
        let item = try ConflictFile.readResolution(data, path: file, kind: key.kind)
        guard item.key == key else {
            throw AppFailure(.dataError, Message(.expectedOneItem, key.description), at: item.location)
        }
        return .item(item)
    }
}
