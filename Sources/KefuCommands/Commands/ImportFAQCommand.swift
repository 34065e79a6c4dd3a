import ArgumentParser
import Foundation
import KefuApp
import KefuBundle
import KefuCore
import KefuStore
import KefuSync

/// `kefu import-faq FILE [--skip-bad]`: FAQ entries from a spreadsheet (CSV, tab-separated, or an Excel
/// workbook's first sheet), merged like a source named after the file, so importing a revised sheet
/// again updates the same entries. A bad row refuses the whole sheet, or with `--skip-bad` is skipped
/// and counted.
struct ImportFAQCommand: KefuSubcommand {
    static let configuration = CommandConfiguration(commandName: "import-faq", abstract: Messages.text(.helpImportFAQ))

    @Argument(help: ArgumentHelp(Messages.text(.argSpreadsheet), valueName: "FILE"))
    var file: String

    @Flag(name: .customLong("skip-bad"), help: ArgumentHelp(Messages.text(.optSkipBad)))
    var skipBad = false

    @OptionGroup var global: GlobalOptions
    @ParentCommand var kefu: KefuCommand

    func run(in context: CommandContext) throws {
        let workspace = try context.workspace()
        let url = URL(filePath: file, relativeTo: context.directory)
        let data = try context.readInput(file)
        let (read, skipped) = try FAQSpreadsheet.read(data, path: file, skippingBadRows: skipBad)
        let name = Self.slug(url.deletingPathExtension().lastPathComponent)
        let target = "faq/\(name).yaml"
        var items = read
        let plan = try workspace.withStoreForChange { store, _ in
            _ = try workspace.folderSync(store).run()
            let merge = SourceMerge(store: store, source: "spreadsheet-\(name)", author: AuthorName.resolve())
            items = try Self.keepingLegacyIDs(read, imported: try store.baseline(of: merge.source))
            let theirs = Dictionary(uniqueKeysWithValues: items.map { ($0.key, $0) })
            let plan = try merge.plan(theirs: theirs, theirsFiles: theirs.mapValues { _ in target })
            try merge.apply(plan, operation: .import)
            _ = try workspace.folderSync(store).run()
            return plan
        }
        let summary = ImportSummary(plan, of: items.map(\.key))
        if context.json {
            context.printJSON(ImportFAQJSON(file: target, items: items.count, summary: summary, skippedRows: skipped))
            return
        }
        if !skipped.isEmpty {
            let rows = skipped.map { "\(file):\($0)" }.joined(separator: ", ")
            context.console.error(context.text(Message(.importFAQSkipped, skipped.count, rows)))
        }
        context.console.out(
            context.text(
                Message(
                    .importFAQDone, items.count, file, summary.added.count,
                    summary.changed.count + summary.merged.count, summary.unchanged, summary.conflicting.count,
                    target)))
        for key in summary.removed {
            context.console.out("  " + context.text(Message(.importItemRemoved, key.description, file)))
        }
    }

    /// Entries an earlier kefu imported from this sheet under `faq-HASH` ids keep them, so importing the
    /// sheet again updates them instead of adding each entry a second time.
    static func keepingLegacyIDs(_ items: [BundleItem], imported: [ItemKey: Baseline]) throws -> [BundleItem] {
        items.map { item in
            guard let question = item.fields["question"]?.text else { return item }
            let legacy = ItemKey(kind: .faq, id: FAQSpreadsheet.legacyID(for: question))
            guard imported[legacy] != nil, imported[item.key] == nil else { return item }
            return BundleItem(key: legacy, fields: item.fields, location: item.location)
        }
    }

    /// A file name as an item-file name: lower-case letters, digits and dashes.
    static func slug(_ name: String) -> String {
        let kept = name.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" }
        let slug = String(kept).split(separator: "-").joined(separator: "-")
        return slug.isEmpty ? "imported" : slug
    }
}
