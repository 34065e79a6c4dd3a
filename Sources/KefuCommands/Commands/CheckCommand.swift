import ArgumentParser
import Foundation
import KefuApp
import KefuBundle
import KefuCore
import KefuEngine
import KefuQuality

/// `kefu check`: validates every file of the bundle, then lints it (`BundleLinter`), and reports each
/// problem with its place and, for lints, its code. Exit 65 when a file cannot be read as a bundle
/// file, 1 on errors (and with `--strict` on warnings).
struct CheckCommand: KefuSubcommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: Messages.text(.helpCheck))

    @Flag(help: ArgumentHelp(Messages.text(.optStrict)))
    var strict = false

    @OptionGroup var clock: ClockOptions
    @OptionGroup var global: GlobalOptions
    @ParentCommand var kefu: KefuCommand

    func run(in context: CommandContext) throws {
        let workspace = try context.workspace()
        let now = try clock.moment(in: workspace.timeZone())
        var (diagnostics, itemCount) = try workspace.checkFindings(now: now)
        // Said once, where a seller looks: without the model, buyers are understood by their words alone.
        if let reason = workspace.semantics.unavailableReason {
            diagnostics.append(Diagnostic(.note, Message(.semanticOff, reason), at: nil))
            diagnostics.sort()
        }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        if context.json {
            context.printJSON(
                CheckReport(
                    ok: errors == 0, items: itemCount, diagnostics: diagnostics, language: context.language
                ))
        } else {
            for diagnostic in diagnostics { context.console.error(context.render(diagnostic)) }
            if diagnostics.isEmpty {
                context.console.out(
                    context.text(Message(.checkPassed, workspace.root.lastPathComponent, itemCount)))
            } else {
                let notes = diagnostics.count - errors - warnings
                let summary =
                    notes == 0
                    ? Message(.checkSummary, errors, warnings)
                    : Message(.checkSummaryWithNotes, errors, warnings, notes)
                context.console.out(context.text(summary))
            }
        }
        if errors > 0 || (strict && warnings > 0) { throw ExitCode(ExitStatus.failure.rawValue) }
    }

    struct CheckReport: Encodable {
        let ok: Bool
        let items: Int
        let diagnostics: [DiagnosticReport.Entry]

        init(ok: Bool, items: Int, diagnostics: [Diagnostic], language: Language) {
            self.ok = ok
            self.items = items
            self.diagnostics = DiagnosticReport(diagnostics: diagnostics, language: language).diagnostics
        }
    }
}
