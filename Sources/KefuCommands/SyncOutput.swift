import KefuBundle
import KefuCore
import KefuStore
import KefuSync

/// How a sync's report reads, for `kefu sync` and the commands that sync after changing the store.
struct SyncOutput {
    let context: CommandContext

    func print(_ report: SyncReport, storeCreated: Bool = false) {
        if context.json {
            context.printJSON(SyncReportJSON(report, language: context.language))
            return
        }
        for warning in report.warnings { context.console.error(context.render(warning)) }
        if storeCreated { context.console.out(context.text(Message(.syncStoreCreated, Store.relativePath))) }
        if report.isEmpty {
            context.console.out(context.text(Message(.syncNothing)))
            return
        }
        if !report.intoStore.isEmpty {
            context.console.out(context.text(Message(.syncIntoStore, list(report.intoStore))))
        }
        if !report.intoFolder.isEmpty {
            context.console.out(context.text(Message(.syncIntoFolder, list(report.intoFolder))))
        }
        if !report.merged.isEmpty {
            context.console.out(
                context.text(Message(.syncMerged, report.merged.map(\.description).joined(separator: ", "))))
        }
        for (key, conflict) in report.conflicts {
            let what = conflict.fields.isEmpty ? conflict.reason.rawValue : conflict.fields.joined(separator: ", ")
            let line = context.text(Message(.syncConflict, key.description, what, ConflictFile.path(for: key)))
            context.console.out(context.console.styled(line, .yellow))
        }
        if let id = report.changeset?.id {
            context.console.out(context.text(Message(.syncChangeset, "\(id)")))
        }
    }

    /// At most this many items are named on a line; the rest are counted.
    static let namedLimit = 8

    private func list(_ changes: [(key: ItemKey, change: SyncReport.Change)]) -> String {
        let named = changes.prefix(Self.namedLimit).map {
            "\($0.key) \(context.text(Message(Self.word(for: $0.change))))"
        }
        let rest = changes.count - named.count
        return named.joined(separator: ", ") + (rest > 0 ? context.text(Message(.andMore, rest)) : "")
    }

    static func word(for change: SyncReport.Change) -> MessageKey {
        switch change {
        case .added: .changeAdded
        case .modified: .changeModified
        case .deleted: .changeDeleted
        }
    }
}
