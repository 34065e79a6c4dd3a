import Foundation
import KefuBundle
import KefuCore
import KefuStore

/// `kefu clone TARGET DIR`: a new working bundle from a remote, filed as the remote files it, with
/// the remote added as `origin` and its baseline set, ready to answer.
public enum RemoteClone {
    /// The name the cloned-from remote is given.
    public static let originName = "origin"

    /// Clones `target` into `folder`, which must not hold a bundle yet.
    /// - Returns: the new store and the pull that filled it.
    /// A clone that fails leaves nothing behind: the folder is removed when the clone made it, and what
    /// the clone wrote into it otherwise.
    public static func clone(_ target: RemoteTarget, into folder: URL, author: String) throws -> (
        Store, RemoteSync.PullReport
    ) {
        let existed = FileManager.default.fileExists(atPath: folder.path)
        let before = existed ? Set(try FileManager.default.contentsOfDirectory(atPath: folder.path)) : []
        do {
            return try cloneOrThrow(target, into: folder, author: author)
        } catch {
            if existed {
                for name in try FileManager.default.contentsOfDirectory(atPath: folder.path)
                where !before.contains(name) {
                    try? FileManager.default.removeItem(at: folder.appending(path: name))
                }
            } else {
                try? FileManager.default.removeItem(at: folder)
            }
            throw error
        }
    }

    private static func cloneOrThrow(_ target: RemoteTarget, into folder: URL, author: String) throws -> (
        Store, RemoteSync.PullReport
    ) {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let remote = target.remote(named: originName)
        var files: [String: Data]
        // The version whose files are written, when they are exactly what the pull below will check
        // (it may find a newer version, and a shared folder's files could change under the copy).
        let written: String?
        switch target {
        case .folder(let url):
            let folderRemote = FolderRemote(root: url)
            guard let manifest = try folderRemote.manifest() else { throw RemoteError.empty(remote: url.path) }
            let snapshot = url.appending(path: manifest.snapshot)
            files = try Dictionary(
                uniqueKeysWithValues: try BundleFolder.list(snapshot).files.map {
                    ($0, try Data(contentsOf: snapshot.appending(path: $0)))
                })
            written = manifest.files == files.mapValues(ByteHash.of) ? "\(manifest.version)" : nil
        case .git(let url):
            let git = try GitRemote(url: url, clone: folder.appending(path: ".kefu/remotes/\(originName)"))
            // Only checked out: the pull below reads and checks every item.
            written = try git.checkOut()
            files = try git.bundleFiles()
        }
        for (path, data) in files { try AtomicFile.write(data, to: folder.appending(path: path)) }
        try IgnoreFile.write(in: folder)
        // Only the bundle id is needed here: the pull below reads and checks every item. A large remote is
        // not held a second time meanwhile.
        let manifest = files[BundleLayout.manifestFile].flatMap {
            BundleLoader(recordsFieldLocations: false).readFile(BundleLayout.manifestFile, data: $0)?.manifest
        }
        guard let bundleID = manifest?.bundleID else {
            // No readable bundle.yaml: the whole loader says exactly what is wrong, where.
            _ = try BundleLoader().loadBundle(files: files)
            throw DiagnosticsError([.error(Message(.missingManifest, "."), at: nil)])
        }
        let paths = files.keys.sorted()
        files = [:]

        let store = try Store.open(at: folder.appending(path: Store.relativePath))
        try store.setBundleID(bundleID)
        try store.addRemote(remote)
        let sync = RemoteSync(root: folder, store: store, author: author)
        // The files just written are the remote's, not edits of the person cloning: the history starts
        // with the pull, each item credited to whoever made it.
        return (
            store,
            try sync.merge(
                from: remote, deletions: DeletionGuard(allowsDeletes: false), before: SyncReport(),
                written: written.map { ($0, paths) })
        )
    }
}
