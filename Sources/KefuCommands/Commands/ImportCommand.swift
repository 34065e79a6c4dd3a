import ArgumentParser
import Foundation
import KefuApp
import KefuArchive
import KefuBundle
import KefuCore
import KefuStore
import KefuSync

/// `kefu import FILE.kefu [--as-new PREFIX] [--dry-run] [--with-data]`: another shop's archive merged
/// like a pull from a source keyed by that shop's bundle id; in a folder with no bundle, a new bundle.
struct ImportCommand: KefuSubcommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: Messages.text(.helpImport))

    @Argument(help: ArgumentHelp(Messages.text(.argArchiveFile), valueName: "FILE"))
    var file: String

    @Option(name: .customLong("as-new"), help: ArgumentHelp(Messages.text(.optAsNew), valueName: "PREFIX"))
    var prefix: String?

    @Flag(name: .customLong("dry-run"), help: ArgumentHelp(Messages.text(.optDryRun)))
    var dryRun = false

    @Flag(name: .customLong("with-data"), help: ArgumentHelp(Messages.text(.optWithData)))
    var withData = false

    @OptionGroup var global: GlobalOptions
    @ParentCommand var kefu: KefuCommand

    func validate() throws {
        // A name that rewrites the terminal when printed, or reads as another name, is never created.
        if UnsafeCharacters.found(in: file) { throw ValidationError(Messages.text(.archivePathUnsafe)) }
    }

    func run(in context: CommandContext) throws {
        let archive = try readArchive(context)
        let bundle = try archive.bundle(progress: context.progress)
        guard let workspace = try? context.workspace() else {
            guard !dryRun else {
                // An import here would make a new bundle of every item.
                print(ImportSummary(adding: bundle.items.keys), archive.manifest, context)
                if !context.json { context.console.out(context.text(Message(.importDryRun))) }
                return
            }
            try createBundle(from: consume archive, bundle: bundle, in: context.directory, context: context)
            return
        }
        // Merging reads the loaded items, never the archive's bytes again.
        var contents = consume archive
        contents.bundleFiles = [:]
        var (items, files): ([ItemKey: BundleItem], [ItemKey: String])
        do {
            // The loaded bundle goes once its items are taken: the import lets them go in turn.
            (items, files) = try BundleArchive.itemsToImport(from: consume bundle, asNew: prefix)
        } catch ItemRenamingError.invalidID(let id) {
            throw AppFailure(.usage, Message(.invalidPrefix, id))
        }
        if dryRun {
            let store = try workspace.openExistingStore()
            let source = ArchiveImport.source(of: contents, asNew: prefix)
            let plan = try ArchiveImport.plan(
                SourceMerge(store: store, source: source, author: contents.manifest.exportedBy), items: items,
                files: files)
            print(ImportSummary(plan, of: items.keys), contents.manifest, context)
            if !context.json { context.console.out(context.text(Message(.importDryRun))) }
            return
        }
        let summary = try workspace.withStoreForChange { store, _ in
            try ArchiveImport(folderSync: workspace.folderSync(store)).run(
                contents, items: &items, files: &files, asNew: prefix, withData: withData)
        }
        print(summary, contents.manifest, context)
    }

    private func readArchive(_ context: CommandContext) throws -> BundleArchive.Contents {
        let data = try context.readInput(file, mapped: true)
        do {
            return try BundleArchive.read(data)
        } catch {
            guard let reason = ArchiveRefusalMessage.message(for: error) else { throw error }
            throw AppFailure(.dataError, Message(.archiveRefused, file, context.text(reason)))
        }
    }

    /// A folder with no bundle gets the archive's bundle, under a new bundle id: it is a new shop.
    /// What was written is adopted as the store's state directly, without reading it back.
    private func createBundle(
        from contents: consuming BundleArchive.Contents, bundle archived: LoadedBundle, in folder: URL,
        context: CommandContext
    ) throws {
        var bundle = archived
        bundle.manifest.bundleID = UUID()
        let manifest = contents.manifest
        let source = ArchiveImport.source(of: contents, asNew: nil)
        var files = contents.bundleFiles
        if withData { files.merge(contents.dataFiles) { current, _ in current } }
        // The archive's bytes are let go once written: a large shop's are tens of megabytes that adopting
        // the items needs room for.
        _ = consume contents
        files[BundleLayout.manifestFile] = Data(try BundleWriter().render(bundle.manifest).utf8)
        for (path, data) in files { try AtomicFile.write(data, to: folder.appending(path: path)) }
        files = [:]
        try IgnoreFile.write(in: folder)
        let workspace = Workspace(root: folder, progress: context.progress)
        try workspace.withStoreForChange { store, _ in
            try store.setBundleID(bundle.manifest.bundleID)
            // The archive agrees with the new store on every item it brings, so a later export of the
            // same shop merges three ways.
            try workspace.folderSync(store).adopt(
                bundle, operation: .import, summary: "kefu import \(file)", archive: source)
        }
        print(ImportSummary(adding: bundle.items.keys), manifest, context)
        if !context.json { context.console.out(context.text(Message(.importCreated, folder.path))) }
    }

    /// The counts, then (in a dry run) every item with what would happen to it, and each conflict with
    /// where it is settled: a dry run writes no conflict file, so it does not name one as written.
    private func print(_ summary: ImportSummary, _ manifest: ArchiveManifest, _ context: CommandContext) {
        if context.json {
            context.printJSON(ImportJSON(manifest, summary, dryRun: dryRun))
            return
        }
        context.console.out(
            context.text(
                Message(
                    dryRun ? .importWouldPlan : .importPlan, file, manifest.shop, manifest.version,
                    summary.added.count, summary.changed.count, summary.merged.count, summary.conflicting.count,
                    summary.unchanged)))
        if dryRun {
            let lines: [(MessageKey, [ItemKey])] = [
                (.importItemAdded, summary.added), (.importItemChanged, summary.changed),
                (.importItemMerged, summary.merged),
            ]
            for (key, items) in lines {
                for item in items { context.console.out("  " + context.text(Message(key, item.description))) }
            }
        }
        for key in summary.removed {
            let line = Message(dryRun ? .importItemWouldRemove : .importItemRemoved, key.description, file)
            context.console.out("  " + context.text(line))
        }
        for key in summary.conflicting {
            let message =
                dryRun
                ? Message(.importWouldConflict, key.description, ConflictFile.path(for: key))
                : Message(.syncConflict, key.description, "import", ConflictFile.path(for: key))
            context.console.out(context.console.styled("  " + context.text(message), .yellow))
        }
    }
}
