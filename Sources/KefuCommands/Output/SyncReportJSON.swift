import KefuBundle
import KefuCore
import KefuSync

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
