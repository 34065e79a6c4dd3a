import ArgumentParser
import Foundation
import KefuApp
import KefuArchive
import KefuBundle
import KefuCore
import KefuStore
import KefuSync

/// `kefu export FILE.kefu [--format tar.gz|zip] [--with-data]`: the store's items for another shop.
struct ExportCommand: KefuSubcommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: Messages.text(.helpExport))

    @Argument(help: ArgumentHelp(Messages.text(.argArchiveFile), valueName: "FILE"))
    var file: String

    @Option(help: ArgumentHelp(Messages.text(.optFormat), valueName: "FORMAT"))
    var format: ArchiveFormat = .tarGzip

    @Flag(name: .customLong("with-data"), help: ArgumentHelp(Messages.text(.optWithData)))
    var withData = false

    @OptionGroup var global: GlobalOptions
    @ParentCommand var kefu: KefuCommand

    func validate() throws {
        // A name that rewrites the terminal when printed, or reads as another name, is never created.
        if UnsafeCharacters.found(in: file) { throw ValidationError(Messages.text(.archivePathUnsafe)) }
    }

    func run(in context: CommandContext) throws {
        let workspace = try context.workspace()
        let target = URL(filePath: file, relativeTo: context.directory).standardizedFileURL
        let (manifest, count) = try workspace.withStoreForChange { store, _ in
            // Edits not yet synced belong in the export too.
            _ = try workspace.folderSync(store).run()
            let version = try BundleVersion.read(in: workspace.root) + 1
            let data = withData ? try workspace.shopDataFiles() : [:]
            let exported: (archive: Data, manifest: ArchiveManifest)
            do {
                exported = try BundleArchive.export(
                    store: store, folder: workspace.root, version: version, data: data, format: format,
                    author: AuthorName.resolve(),
                    progress: context.progress)
            } catch let problem as BundleArchiveError {
                throw AppFailure(.failure, ArchiveRefusalMessage.reason(problem))
            }
            try AtomicFile.write(exported.archive, to: target)
            try BundleVersion.write(version, in: workspace.root)
            return (exported.manifest, try store.itemCounts().values.reduce(0, +))
        }
        if context.json {
            context.printJSON(
                ExportJSON(file: target.path, items: count, version: manifest.version, format: format.rawValue))
        } else {
            context.console.out(
                context.text(Message(.exportDone, count, target.path, format.rawValue, manifest.version)))
        }
    }
}
