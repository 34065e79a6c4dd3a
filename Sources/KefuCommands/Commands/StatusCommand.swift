import ArgumentParser
import Foundation
import KefuApp
import KefuBundle
import KefuCore
import KefuStore
import KefuSync

/// `kefu status`: what changed in the folder and in the store since they last agreed, and which
/// conflicts are open. Reads only; changes nothing.
struct StatusCommand: KefuSubcommand {
    static let configuration = CommandConfiguration(commandName: "status", abstract: Messages.text(.helpStatus))

    @OptionGroup var global: GlobalOptions
    @ParentCommand var kefu: KefuCommand

    func run(in context: CommandContext) throws {
        let workspace = try context.workspace()
        let store = try workspace.openExistingStore()
        let plan = try workspace.folderSync(store).plan()
        let conflicts = try store.conflicts()
        let remotes = try remoteLines(store: store, workspace: workspace, context: context)
        let folder = plan.sortedMerges.filter {
            !PlannedMerge.same($0.base, $0.theirs) && PlannedMerge.same($0.base, $0.ours)
        }
        let stored = plan.sortedMerges.filter {
            PlannedMerge.same($0.base, $0.theirs) && !PlannedMerge.same($0.base, $0.ours)
        }
        let both = plan.sortedMerges.filter {
            !PlannedMerge.same($0.base, $0.theirs) && !PlannedMerge.same($0.base, $0.ours)
        }
        if context.json {
            context.printJSON(
                StatusJSON(
                    folder: folder.map { entry($0.key, from: $0.base, to: $0.theirs) },
                    store: stored.map { entry($0.key, from: $0.base, to: $0.ours) },
                    both: both.map { entry($0.key, from: $0.base, to: $0.merge.result) },
                    conflicts: conflicts.map { ConflictJSON($0) }, remotes: remotes.map(\.json)))
            return
        }
        for warning in plan.warnings { context.console.error(context.render(warning)) }
        if folder.isEmpty && stored.isEmpty && both.isEmpty && conflicts.isEmpty {
            context.console.out(context.text(Message(.statusClean)))
        }
        for remote in remotes { context.console.out(remote.line) }
        section(.statusFolderChanged, folder.map { line($0.key, from: $0.base, to: $0.theirs, context) }, context)
        section(.statusStoreChanged, stored.map { line($0.key, from: $0.base, to: $0.ours, context) }, context)
        section(
            .statusWouldConflict, both.map { "\($0.key)  \(context.text(OutcomeText.message(for: $0.merge)))" },
            context)
        section(.statusOpenConflicts, conflicts.map { ConflictText.line(for: $0, in: context) }, context)
    }

    /// Per remote: items the store changed since they last agreed, and whether the remote moved.
    private func remoteLines(store: Store, workspace: Workspace, context: CommandContext) throws -> [(
        line: String, json: StatusJSON.RemoteState
    )] {
        try RemoteStatus.all(of: workspace, store: store).map { status in
            let remote = status.remote
            let behind: Message =
                switch (remote.version, status.current) {
                case (nil, _): Message(.statusRemoteUnknown)
                case (_, .failure): Message(.statusRemoteUnreadable, status.unreadable ?? "")
                case (_?, .success(nil)): Message(.statusRemoteGone)
                case let (agreed?, .success(now?)) where now != agreed:
                    Message(.statusRemoteBehind, String(now.prefix(12)), String(agreed.prefix(12)))
                default: Message(.statusRemoteEven)
                }
            let line = context.text(Message(.statusRemoteAhead, remote.name, status.ahead, context.text(behind)))
            return (
                line,
                StatusJSON.RemoteState(
                    name: remote.name, ahead: status.ahead, agreedVersion: remote.version,
                    remoteVersion: (try? status.current.get()) ?? nil, behind: status.isBehind,
                    unreadable: status.unreadable)
            )
        }
    }

    private func section(_ title: MessageKey, _ lines: [String], _ context: CommandContext) {
        guard !lines.isEmpty else { return }
        context.console.out(context.text(Message(title)))
        for line in lines { context.console.out("  " + line) }
    }

    private func line(_ key: ItemKey, from before: BundleItem?, to after: BundleItem?, _ context: CommandContext)
        -> String
    {
        let word = context.text(Message(SyncOutput.word(for: SyncReport.change(from: before, to: after))))
        // Aligned in terminal columns: a Chinese character takes two.
        let width = word.reduce(0) { $0 + ($1.unicodeScalars.first.map { $0.value >= 0x1100 } == true ? 2 : 1) }
        return word + String(repeating: " ", count: max(1, 10 - width)) + key.description
    }

    private func entry(_ key: ItemKey, from before: BundleItem?, to after: BundleItem?) -> StatusJSON.Entry {
        StatusJSON.Entry(item: key.description, change: SyncReport.change(from: before, to: after).rawValue)
    }
}
