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
        for message in messages(for: report) {
            let line = context.text(message)
            context.console.out(message.key == .syncConflict ? context.console.styled(line, .yellow) : line)
        }
    }

    /// The report as lines for a person (also what `:reload` in the REPL shows).
    func messages(for report: SyncReport) -> [Message] {
        if report.isEmpty { return [Message(.syncNothing)] }
        var messages: [Message] = []
        if !report.intoStore.isEmpty { messages.append(Message(.syncIntoStore, list(report.intoStore))) }
        if !report.intoFolder.isEmpty { messages.append(Message(.syncIntoFolder, list(report.intoFolder))) }
        if !report.merged.isEmpty {
            messages.append(Message(.syncMerged, report.merged.map(\.description).joined(separator: ", ")))
        }
        for (key, conflict) in report.conflicts {
            let what = conflict.fields.isEmpty ? conflict.reason.rawValue : conflict.fields.joined(separator: ", ")
            messages.append(Message(.syncConflict, key.description, what, ConflictFile.path(for: key)))
        }
        if let id = report.changeset?.id { messages.append(Message(.syncChangeset, "\(id)")) }
        return messages
    }

    private func list(_ changes: [(key: ItemKey, change: SyncReport.Change)]) -> String {
        context.namedList(changes.map { "\($0.key) \(context.text(Message(Self.word(for: $0.change))))" })
    }

    static func word(for change: SyncReport.Change) -> MessageKey {
        switch change {
        case .added: .changeAdded
        case .modified: .changeModified
        case .deleted: .changeDeleted
        }
    }
}
