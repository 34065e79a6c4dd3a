import ArgumentParser
import Foundation
import KefuApp
import KefuBundle
import KefuCore
import KefuStore
import KefuSync

/// `kefu clone TARGET [DIR]`: a new working bundle from a remote, with the remote as `origin`.
struct CloneCommand: KefuSubcommand {
    static let configuration = CommandConfiguration(commandName: "clone", abstract: Messages.text(.helpClone))

    @Argument(help: ArgumentHelp(Messages.text(.argRemoteTarget), valueName: "TARGET"))
    var target: String

    @Argument(help: ArgumentHelp(Messages.text(.argCloneDirectory), valueName: "DIR"))
    var folder: String?

    @OptionGroup var global: GlobalOptions
    @ParentCommand var kefu: KefuCommand

    func run(in context: CommandContext) throws {
        let remoteTarget = try RemoteErrorMessage.translating(remote: RemoteClone.originName) {
            try RemoteTarget(parsing: target, relativeTo: context.directory)
        }
        let name = folder ?? Self.defaultFolderName(for: remoteTarget)
        let root = URL(filePath: name, directoryHint: .isDirectory, relativeTo: context.directory).standardizedFileURL
        guard !FileManager.default.fileExists(atPath: root.appending(path: BundleLayout.manifestFile).path) else {
            throw AppFailure(.failure, Message(.cloneTargetExists, root.path))
        }
        let (store, report) = try RemoteErrorMessage.translating(remote: RemoteClone.originName) {
            try RemoteClone.clone(remoteTarget, into: root, author: AuthorName.resolve())
        }
        Workspace(root: root).writeSchemasIfMissing()
        let count = try store.allItems().count
        if context.json {
            context.printJSON(CloneJSON(path: root.path, items: count, version: report.version))
        } else {
            context.console.out(
                context.text(Message(.cloneDone, target, root.path, count, String(report.version.prefix(12)))))
        }
    }

    /// `shared-rules` for `/mnt/share/shared-rules`, `rules` for `git+ssh://host/team/rules.git`.
    static func defaultFolderName(for target: RemoteTarget) -> String {
        switch target {
        case .folder(let url): return url.lastPathComponent
        case .git(let url):
            let last = url.split(separator: "/").last.map(String.init) ?? "bundle"
            return last.hasSuffix(".git") ? String(last.dropLast(4)) : last
        }
    }
}
