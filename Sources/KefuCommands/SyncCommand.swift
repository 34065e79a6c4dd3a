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

/// A sync report as JSON.
struct SyncReportJSON: Encodable {
    struct Change: Encodable {
        let item: String
        let change: String
    }

    struct ConflictEntry: Encodable {
        let item: String
        let reason: String
        let fields: [String]
        let file: String
    }

    let changeset: Int64?
    let intoStore: [Change]
    let intoFolder: [Change]
    let merged: [String]
    let conflicts: [ConflictEntry]
    let skippedFiles: [String]
    let warnings: [DiagnosticReport.Entry]

    init(_ report: SyncReport, language: Language) {
        changeset = report.changeset?.id
        intoStore = report.intoStore.map { Change(item: $0.key.description, change: $0.change.rawValue) }
        intoFolder = report.intoFolder.map { Change(item: $0.key.description, change: $0.change.rawValue) }
        merged = report.merged.map(\.description)
        conflicts = report.conflicts.map {
            ConflictEntry(
                item: $0.key.description, reason: $0.conflict.reason.rawValue, fields: $0.conflict.fields,
                file: ConflictFile.path(for: $0.key))
        }
        skippedFiles = report.skippedFiles
        warnings = DiagnosticReport(diagnostics: report.warnings, language: language).diagnostics
    }
}
