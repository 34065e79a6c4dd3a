import ArgumentParser
import Foundation
import KefuApp
import KefuBundle
import KefuCore
import KefuStore
import KefuSync

/// `kefu init [DIR] [--preset P] [--name NAME]`: a new working bundle that passes `kefu check` at once.
struct InitCommand: KefuSubcommand {
    static let configuration = CommandConfiguration(commandName: "init", abstract: Messages.text(.helpInit))

    @Argument(help: ArgumentHelp(Messages.text(.argDirectory), valueName: "DIR"))
    var target: String?

    @Option(help: ArgumentHelp(Messages.text(.optPreset), valueName: "PRESET"))
    var preset: Preset = .generic

    @Option(help: ArgumentHelp(Messages.text(.optName), valueName: "NAME"))
    var name: String?

    @OptionGroup var global: GlobalOptions
    @ParentCommand var kefu: KefuCommand

    func run(in context: CommandContext) throws {
        let root =
            target.map { URL(filePath: $0, directoryHint: .isDirectory, relativeTo: context.directory) }?
            .standardizedFileURL ?? context.directory
        let created = try Self.createBundle(at: root, preset: preset, name: name ?? root.lastPathComponent)
        if context.json {
            context.printJSON(created)
        } else {
            context.console.out(context.text(Message(.initDone, root.path, created.name, created.platform)))
        }
    }

    struct Created: Encodable {
        let path: String
        let id: String
        let name: String
        let platform: String
        let items: Int
        let changeset: Int64?
    }

    /// Copies the preset's files (`Bundles/<preset>/`, comments and all) under a new `bundle.yaml` with
    /// a fresh id and the shop's name, then records them in a new store as the first changeset.
    static func createBundle(at root: URL, preset: Preset, name: String) throws -> Created {
        let manifestURL = root.appending(path: BundleLayout.manifestFile)
        guard !FileManager.default.fileExists(atPath: manifestURL.path) else {
            throw AppFailure(.failure, Message(.alreadyABundle, root.path))
        }
        // Read once: the same bytes are checked as a bundle and then copied.
        let presetFiles = try PresetLibrary.files(for: preset)
        var settings = try BundleLoader().loadBundle(files: presetFiles.filter { !$0.key.hasPrefix("data/") }).manifest
            .settings
        settings.fields["name"] = .text(name)
        let manifest = BundleManifest(bundleID: UUID(), version: 1, settings: settings)
        let writer = BundleWriter()
        var files = [BundleLayout.manifestFile: try writer.render(manifest)]
        for (path, data) in presetFiles where path != BundleLayout.manifestFile {
            files[path] = String(decoding: data, as: UTF8.self)
        }
        files[IgnoreFile.path] = IgnoreFile.text(in: Messages.environmentLanguage)
        files.merge(try BundleJSONSchema.files()) { _, schema in schema }
        do {
            // bundle.yaml last: until it exists the folder is not a bundle, so an interrupted init can be rerun.
            try writer.write(files.filter { $0.key != BundleLayout.manifestFile }, to: root)
            try writer.write(files.filter { $0.key == BundleLayout.manifestFile }, to: root)
        } catch {
            throw AppFailure(.failure, Message(.writeFailed, root.path, "\(error)"))
        }

        // Read back what was written, so the store records exactly what the files say, with positions.
        let bundle = try BundleLoader().loadBundle(at: root)
        let store = try Store.open(at: root.appending(path: Store.relativePath))
        try store.setBundleID(manifest.bundleID)
        let changeset = try FolderSync(root: root, store: store, author: AuthorName.resolve())
            .adopt(bundle, operation: .initialize, summary: "kefu init")
        let staged = bundle.items
        return Created(
            path: root.path, id: manifest.bundleID.uuidString.lowercased(), name: name, platform: preset.rawValue,
            items: staged.count, changeset: changeset.id)
    }
}
