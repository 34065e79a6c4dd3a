import ArgumentParser
import Foundation
import KefuApp
import KefuCore
import KefuStore

/// `kefu log [KIND/ID]`: the changesets, newest first, or one item's revisions, oldest first.
struct LogCommand: KefuSubcommand {
    static let configuration = CommandConfiguration(commandName: "log", abstract: Messages.text(.helpLog))

    @Argument(help: ArgumentHelp(Messages.text(.argLogItem), valueName: "KIND/ID"))
    var item: String?

    @OptionGroup var global: GlobalOptions
    @ParentCommand var kefu: KefuCommand

    func run(in context: CommandContext) throws {
        let store = try context.workspace().openExistingStore()
        if let item {
            try showRevisions(of: try ItemKeyArgument.parse(item), store: store, context: context)
        } else {
            try showChangesets(store: store, context: context)
        }
    }

    private func showChangesets(store: Store, context: CommandContext) throws {
        let changesets = try store.changesets()
        var entries: [LogJSON.Changeset] = []
        for changeset in changesets {
            let revisions = try store.revisions(inChangeset: changeset.id ?? 0)
            entries.append(LogJSON.Changeset(changeset, items: revisions.map { "\($0.key)" }))
        }
        if context.json {
            context.printJSON(entries)
            return
        }
        if changesets.isEmpty { context.console.out(context.text(Message(.logEmpty))) }
        for entry in entries {
            let items = Set(entry.items).sorted()
            let shown = items.count <= 3 ? items.joined(separator: ", ") : context.text(Message(.logItems, items.count))
            let line = Message(
                .logChangeset, "\(entry.id)", entry.operation, entry.author, Self.time(entry.createdAt), entry.source,
                shown)
            context.console.out(context.text(line))
        }
    }

    private func showRevisions(of key: ItemKey, store: Store, context: CommandContext) throws {
        let revisions = try store.revisions(of: key)
        guard !revisions.isEmpty else { throw AppFailure(.failure, Message(.itemNotFound, key.description)) }
        var entries: [LogJSON.Revision] = []
        for revision in revisions {
            let changeset = try store.changeset(revision.changesetID)
            entries.append(LogJSON.Revision(revision, changeset: changeset))
        }
        if context.json {
            context.printJSON(entries)
            return
        }
        for entry in entries {
            var line = context.text(
                Message(
                    .logRevision, "\(entry.revision)", "\(entry.changeset)", entry.operation, entry.author,
                    Self.time(entry.createdAt), entry.hash.map { String($0.prefix(12)) } ?? "-"))
            if entry.deleted { line += "  (" + context.text(Message(.revisionDeleted)) + ")" }
            if entry.side == "theirs" { line += "  (" + context.text(Message(.revisionTheirs)) + ")" }
            context.console.out(line)
        }
    }

    static func time(_ date: Date?) -> String {
        guard let date else { return "-" }
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        formatter.locale = Locale(identifier: "en_US_POSIX")
        return formatter.string(from: date)
    }
}
