import ArgumentParser
import Foundation
import KefuApp
import KefuBundle
import KefuCore
import KefuEngine
import KefuQuality
import KefuStore
import KefuSync

/// `kefu report [--since DATE] [--include-tests] [--channel NAME] [--json] [--html FILE] [--accept N
/// [--answer TEXT] [--id ID] [--dry-run]]`: the measures of Documentation/Reports.md over the buyers'
/// conversations in the log (the seller's own test chats only with `--include-tests`), and what to fix next. `--accept N`
/// applies the suggestion of unanswered-question group N as a changeset and writes it to the files;
/// with `--dry-run` it shows the FAQ before and after and changes nothing.
struct ReportCommand: KefuSubcommand {
    static let configuration = CommandConfiguration(commandName: "report", abstract: Messages.text(.helpReport))

    @Option(help: ArgumentHelp(Messages.text(.optReportSince), valueName: "DATE"))
    var since: String?

    @Option(help: ArgumentHelp(Messages.text(.optReportHTML), valueName: "FILE"))
    var html: String?

    @Option(help: ArgumentHelp(Messages.text(.optReportAccept), valueName: "N"))
    var accept: Int?

    @Option(help: ArgumentHelp(Messages.text(.optReportAnswer), valueName: "TEXT"))
    var answer: String?

    @Option(help: ArgumentHelp(Messages.text(.optReportID), valueName: "ID"))
    var id: String?

    @Flag(name: .customLong("include-tests"), help: ArgumentHelp(Messages.text(.optReportIncludeTests)))
    var includeTests = false

    @Option(help: ArgumentHelp(Messages.text(.optReportChannel), valueName: "NAME"))
    var channel: String?

    @Flag(name: .customLong("dry-run"), help: ArgumentHelp(Messages.text(.optReportDryRun)))
    var dryRun = false

    @OptionGroup var global: GlobalOptions
    @ParentCommand var kefu: KefuCommand

    func run(in context: CommandContext) throws {
        let workspace = try context.workspace()
        let start = try since.map { text in
            guard let date = BundleDate(parsing: text) else { throw AppFailure(.usage, Message(.invalidNow, text)) }
            return date.date(in: workspace.timeZone())
        }
        let (report, shopName) = try workspace.conversationReport(
            since: start, scope: ReportScope(includesTests: includeTests, channel: channel))
        if let accept {
            try self.accept(accept, of: report, in: workspace, context: context)
            return
        }
        if let html {
            let url = URL(filePath: html, relativeTo: context.directory)
            let page = ReportHTML(report: report, shopName: shopName, language: context.language)
            do {
                try AtomicFile.write(Data(page.html.utf8), to: url)
            } catch {
                throw AppFailure(.failure, Message(.writeFailed, url.path, "\(error)"))
            }
        }
        if context.json {
            context.printJSON(report)
        } else {
            ReportText(report: report, context: context).print()
        }
    }

    /// Applies group `number`'s suggestion (or, with `--dry-run`, shows the FAQ before and after).
    private func accept(
        _ number: Int, of report: ConversationReport, in workspace: Workspace, context: CommandContext
    ) throws {
        guard let group = report.clusters.first(where: { $0.number == number }) else {
            throw AppFailure(.usage, Message(.reportNoCluster, number, report.clusters.count))
        }
        let acceptance = UnansweredAcceptance(workspace: workspace, answer: answer, id: id)
        if dryRun {
            let proposal = try acceptance.preview(group)
            context.console.out(
                context.text(Message(.reportAcceptWould, number, proposal.after.key.description, proposal.file)))
            context.console.out(context.text(Message(.reportBefore)))
            context.console.out(try proposal.before.map { try BundleWriter().yaml(of: $0) } ?? "  -\n", terminator: "")
            context.console.out(context.text(Message(.reportAfter)))
            context.console.out(try BundleWriter().yaml(of: proposal.after), terminator: "")
            return
        }
        let proposal = try acceptance.accept(group)
        context.console.out(
            context.text(Message(.reportAccepted, number, proposal.after.key.description, proposal.file)))
    }
}
