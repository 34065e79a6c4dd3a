import ArgumentParser
import Foundation
import KefuApp
import KefuBundle
import KefuCore

/// `kefu schema [--output DIR]`: JSON Schemas of every bundle file kind, for editors. Without
/// `--output` they go to the bundle's `.kefu/schema/`, where the `# yaml-language-server` lines that
/// `kefu init` writes point.
struct SchemaCommand: KefuSubcommand {
    static let configuration = CommandConfiguration(commandName: "schema", abstract: Messages.text(.helpSchema))

    @Option(help: ArgumentHelp(Messages.text(.optSchemaOutput), valueName: "DIR"))
    var output: String?

    @OptionGroup var global: GlobalOptions
    @ParentCommand var kefu: KefuCommand

    func run(in context: CommandContext) throws {
        var files = try BundleJSONSchema.files()
        let root: URL
        if let output {
            root = URL(filePath: output, directoryHint: .isDirectory, relativeTo: context.directory)
            files = Dictionary(uniqueKeysWithValues: files.map { (URL(filePath: $0.key).lastPathComponent, $0.value) })
        } else {
            root = try context.workspace().root
        }
        do {
            try BundleWriter().write(files, to: root)
        } catch {
            throw AppFailure(.failure, Message(.writeFailed, root.path, "\(error)"))
        }
        let paths = files.keys.sorted().map { root.appending(path: $0).standardizedFileURL.path }
        if context.json {
            context.printJSON(paths)
        } else {
            for path in paths { context.console.out(path) }
        }
    }
}
