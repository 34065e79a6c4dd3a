import KefuBundle
import KefuCore
import KefuSync

/// How a pull reads, for `kefu pull` and `kefu clone`.
struct PullOutput {
    let context: CommandContext

    func print(_ report: RemoteSync.PullReport, remote: String) {
        let changed = report.merges.filter { $0.changesStore || $0.conflict != nil }
        let merged = report.merges.filter { $0.outcome == .merged }.count
        let conflicts = report.merges.filter { $0.conflict != nil }
        if context.json {
            context.printJSON(
                PullJSON(
                    remote: remote, version: report.version, changeset: report.changeset?.id,
                    changed: changed.map(\.key.description), merged: merged,
                    conflicts: conflicts.map { $0.key.description },
                    warnings: DiagnosticReport(diagnostics: report.warnings, language: context.language).diagnostics))
            return
        }
        for warning in report.warnings + report.before.warnings { context.console.error(context.render(warning)) }
        if !report.before.isEmpty { SyncOutput(context: context).print(report.before) }
        context.console.out(
            context.text(
                Message(
                    .pullDone, remote, report.version.prefix(12).description, changed.count, merged, conflicts.count)))
        for merge in conflicts {
            guard let conflict = merge.conflict else { continue }
            let what = conflict.fields.isEmpty ? conflict.reason.rawValue : conflict.fields.joined(separator: ", ")
            let line = context.text(
                Message(.syncConflict, merge.key.description, what, ConflictFile.path(for: merge.key)))
            context.console.out(context.console.styled(line, .yellow))
        }
    }
}
