import ArgumentParser
import Foundation
import KefuApp
import KefuBundle
import KefuCore
import KefuEngine
import KefuQuality
import KefuStore
import KefuSync

/// `kefu report [--since DATE] [--json] [--html FILE] [--accept N [--answer TEXT] [--id ID] [--dry-run]]`:
/// the measures of Documentation/Reports.md over the conversation log, and what to fix next. `--accept N`
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

    @Flag(name: .customLong("dry-run"), help: ArgumentHelp(Messages.text(.optReportDryRun)))
    var dryRun = false

    @OptionGroup var global: GlobalOptions
    @ParentCommand var kefu: KefuCommand

    func run(in context: CommandContext) throws {
        let workspace = try Workspace.find(from: context.directory)
        let start = try since.map { text in
            guard let date = BundleDate(parsing: text) else { throw AppFailure(.usage, Message(.invalidNow, text)) }
            return date.date(in: workspace.timeZone())
        }
        let store = try workspace.openExistingStore()
        let engine = try workspace.engine(from: store)
        let tickets = try store.tickets().filter { ticket in start.map { ticket.createdAt >= $0 } ?? true }
        let report = ConversationReport(
            messages: try store.loggedMessages(since: start),
            tickets: tickets.map { TicketTimes(created: $0.createdAt, claimed: $0.claimedAt, closed: $0.closedAt) },
            engine: engine, timeZone: engine.content.settings.timeZone)
        if let accept {
            try self.accept(accept, of: report, in: workspace, context: context)
            return
        }
        if let html {
            let url = URL(filePath: html, relativeTo: context.directory)
            let page = ReportHTML(report: report, shopName: engine.content.settings.name, language: context.language)
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

    /// Applies group `number`'s suggestion: its questions become similar questions of the FAQ they are
    /// nearest, or a new FAQ with `--answer`.
    private func accept(
        _ number: Int, of report: ConversationReport, in workspace: Workspace, context: CommandContext
    ) throws {
        guard let cluster = report.clusters.first(where: { $0.number == number }) else {
            throw AppFailure(.usage, Message(.reportNoCluster, number, report.clusters.count))
        }
        // Texts with masked personal data ([phone], [address]) are no questions to teach.
        let questions = cluster.questions.filter { !PersonalDataMasker.hasMaskedData($0) }
        if dryRun {
            let store = try workspace.openExistingStore()
            let (item, file) = try proposal(cluster, questions: questions, store: store)
            let before = try store.item(item.key).map { try CanonicalForm.item(kind: .faq, canonical: $0.content) }
            context.console.out(context.text(Message(.reportAcceptWould, number, item.key.description, file)))
            context.console.out(context.text(Message(.reportBefore)))
            context.console.out(try before.map { try BundleWriter().yaml(of: $0) } ?? "  -\n", terminator: "")
            context.console.out(context.text(Message(.reportAfter)))
            context.console.out(try BundleWriter().yaml(of: item), terminator: "")
            return
        }
        let (item, file) = try workspace.withStoreForChange { store, _ in
            _ = try workspace.folderSync(store).run()
            let (item, file) = try proposal(cluster, questions: questions, store: store)
            // An edit of the store made by the seller, like a resolve: one changeset with the item, which
            // the folder sync then writes. (Merged as a source named "report", which never held the FAQ,
            // it came back as a both-added conflict and the file was left unchanged.)
            var change = StoreChange(
                changeset: Changeset(
                    operation: .import, source: "report", author: AuthorName.resolve(),
                    summary: "kefu report --accept \(number)"))
            let staged = StagedItem(item, file: file)
            change.puts = [staged]
            // Accepted again, the FAQ already holds the questions: no empty changeset.
            if try store.item(item.key)?.hash != staged.hash.hex { try store.apply(change) }
            _ = try workspace.folderSync(store).run()
            return (item, file)
        }
        context.console.out(context.text(Message(.reportAccepted, number, item.key.description, file)))
    }

    /// The item group `cluster` changes or adds, and the file it goes to.
    private func proposal(_ cluster: UnansweredCluster, questions: [String], store: Store) throws -> (
        BundleItem, String
    ) {
        switch cluster.suggestion {
        case .similarTo(let faq, _, _, _):
            let key = ItemKey(kind: .faq, id: faq)
            guard let stored = try store.item(key) else {
                throw AppFailure(.dataError, Message(.reportFAQGone, key.description, cluster.number))
            }
            var item = try CanonicalForm.item(kind: .faq, canonical: stored.content)
            let similar = item.fields["similar"]?.list ?? []
            let known = Set(similar.compactMap(\.text) + [item.fields["question"]?.text ?? ""])
            item.fields["similar"] = .list(similar + questions.filter { !known.contains($0) }.map(FieldValue.text))
            return (item, stored.file)
        case .newFAQ:
            guard let answer, let first = questions.first else {
                throw AppFailure(.usage, Message(.reportAcceptNeedsAnswer, cluster.number))
            }
            guard let id = ItemID(id ?? "asked-\(cluster.number)") else {
                throw AppFailure(.usage, Message(.reportBadID, id ?? ""))
            }
            let key = ItemKey(kind: .faq, id: id)
            if try store.item(key) != nil { throw AppFailure(.usage, Message(.reportIDTaken, key.description)) }
            let item = BundleItem(
                key: key,
                fields: [
                    "question": .text(first), "similar": .list(questions.dropFirst().map(FieldValue.text)),
                    "answer": .text(answer),
                ])
            return (item, "faq/from-report.yaml")
        }
    }
}
