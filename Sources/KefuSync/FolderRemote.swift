import Foundation
import KefuBundle
import KefuCore

/// A shared folder as a rule repository (a network share, a synced folder, a mounted drive).
///
/// Each push writes a complete snapshot of the bundle into a new folder under `snapshots/` (under a
/// temporary name first), then switches `kefu-remote.json` to it in one atomic write. A reader
/// follows the manifest, so it sees the old snapshot or the new one, never half a push. The manifest
/// also lists every file of the snapshot with its SHA-256: a reader takes exactly those files, and only
/// when every hash matches, so a file a sync tool is still copying (or cut off) is never read as a
/// bundle with fewer items. The snapshot it names must be a folder of `snapshots/`.
struct FolderRemote {
    static let manifestName = "kefu-remote.json"
    let root: URL
    var fileCalls: any FileWriteCalls = SystemFileWriteCalls()

    private var manifestURL: URL { root.appending(path: Self.manifestName) }

    /// The current manifest, or `nil` for a remote nobody pushed to yet.
    func manifest() throws -> RemoteManifest? {
        guard FileManager.default.fileExists(atPath: manifestURL.path) else { return nil }
        let data: Data
        do {
            // Read no further than the largest manifest kefu takes, whatever was put there.
            let handle = try FileHandle(forReadingFrom: manifestURL)
            defer { try? handle.close() }
            data = try handle.read(upToCount: RemoteManifest.maximumBytes + 1) ?? Data()
        } catch {
            throw RemoteError.unreadable("\(manifestURL.path): \(error.localizedDescription)")
        }
        return try RemoteManifest.read(data, path: manifestURL.path)
    }

    /// The current snapshot's bundle and version, with warnings about conflict copies a file-sync
    /// tool left (they are never read).
    func read() throws -> (bundle: LoadedBundle, version: Int, warnings: [Diagnostic]) {
        let (bundle, manifest, warnings) = try readSnapshot()
        return (bundle, manifest.version, warnings)
    }

    /// The current snapshot's bundle and the manifest that named it, with warnings about conflict copies.
    func readSnapshot() throws -> (bundle: LoadedBundle, manifest: RemoteManifest, warnings: [Diagnostic]) {
        // A push may retire a snapshot while it is being read; the manifest then names a newer one.
        let attempts = 5
        for attempt in 0..<attempts {
            guard let manifest = try manifest() else { throw RemoteError.empty(remote: root.path) }
            let snapshot = try snapshotFolder(named: manifest.snapshot)
            do {
                // Problems are placed as each file is read; a pull needs no field positions after that.
                let loader = BundleLoader(recordsFieldLocations: false)
                let bundle =
                    if let files = manifest.files {
                        try loader.loadBundle(files: try verifiedFiles(files, in: snapshot))
                    } else {
                        try loader.loadBundle(at: snapshot)
                    }
                return (bundle, manifest, conflictCopies())
            } catch is DiagnosticsError where attempt < attempts - 1 && (try? self.manifest()) != manifest {
                continue
            } catch RemoteError.incompleteSnapshot where attempt < attempts - 1 && (try? self.manifest()) != manifest {
                continue
            }
        }
        throw RemoteError.unreadable(root.path)
    }

    /// The snapshot folder a manifest names (`snapshots/NAME`, checked by `RemoteManifest.read`): a real
    /// folder (not a link) of this remote.
    private func snapshotFolder(named path: String) throws -> URL {
        let folder = root.appending(path: path)
        let type = (try? FileManager.default.attributesOfItem(atPath: folder.path))?[.type] as? FileAttributeType
        guard type == .typeDirectory else {
            throw RemoteError.unreadable("\(folder.path): not a folder of this remote (a link, or missing)")
        }
        return folder
    }

    /// The bundle files of `snapshot`, exactly those the manifest lists, each with the bytes it was
    /// pushed with.
    /// - Throws: `RemoteError.incompleteSnapshot` naming the first file that is missing, extra or different.
    private func verifiedFiles(_ expected: [String: String], in snapshot: URL) throws -> [String: Data] {
        let listed = try BundleFolder.list(snapshot).files
        if let extra = listed.first(where: { expected[$0] == nil }) {
            throw RemoteError.incompleteSnapshot(file: snapshot.appending(path: extra).path)
        }
        var files: [String: Data] = [:]
        for (path, hash) in expected.sorted(by: { $0.key < $1.key }) {
            guard listed.contains(path), let data = try? Data(contentsOf: snapshot.appending(path: path)),
                ByteHash.of(data) == hash
            else { throw RemoteError.incompleteSnapshot(file: snapshot.appending(path: path).path) }
            files[path] = data
        }
        return files
    }

    /// Who made each item of the snapshot `manifest` names, as its pusher wrote it.
    /// - Throws: `RemoteError.unreadable` when the file is not the one the manifest lists (a sync tool
    ///   still copying it) or not readable.
    func authors(of manifest: RemoteManifest) throws -> ItemAuthors? {
        guard let expected = manifest.authors else { return nil }
        let url = try snapshotFolder(named: manifest.snapshot).appending(path: ItemAuthors.fileName)
        // Read once: the bytes hashed are the bytes decoded.
        guard let data = try ItemAuthors.bytes(at: url), ByteHash.of(data) == expected else {
            throw RemoteError.unreadable("\(url.path): not the file the manifest lists")
        }
        return try ItemAuthors.read(data, path: url.path)
    }

    /// Publishes `files` as the next version, if the remote is still at `expected` (`nil`: a remote
    /// nobody pushed to), with `authors` (the text of `.kefu-authors.json`) beside them. Under the lock:
    /// check the version, write the snapshot, switch the manifest.
    /// - Returns: the new version.
    func publish(
        _ files: [String: String], authors: String? = nil, expected: Int?, bundleID: UUID, author: String,
        breakingLock: Bool
    ) throws -> Int {
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let lock = try RemoteLock(in: root, author: author, breaking: breakingLock, waiting: RemoteLock.defaultWait)
        defer { withExtendedLifetime(lock) {} }
        let current = try manifest()
        guard current?.version == expected else { throw RemoteError.remoteMoved(remote: root.path) }
        // A first push goes into an empty folder (or one a failed first push left): never into someone's
        // documents that happen to be at the path.
        if current == nil {
            let entries = try FileManager.default.contentsOfDirectory(atPath: root.path)
            if let foreign = entries.sorted().first(where: { !$0.hasPrefix(".") && $0 != "snapshots" }) {
                throw RemoteError.notARemote(path: root.path, holding: foreign)
            }
        }
        let version = (current?.version ?? 0) + 1

        let snapshots = root.appending(path: "snapshots")
        removeAbandonedSnapshots(in: snapshots)
        let name = String(format: "v%06d-%@", version, String(UUID().uuidString.prefix(8)).lowercased())
        let temporary = snapshots.appending(path: ".\(name).tmp")
        for (path, text) in files {
            try AtomicFile.write(text, to: temporary.appending(path: path), using: fileCalls)
        }
        if let authors {
            try AtomicFile.write(authors, to: temporary.appending(path: ItemAuthors.fileName), using: fileCalls)
        }
        let final = snapshots.appending(path: name)
        guard fileCalls.rename(temporary.path, final.path) == 0 else {
            throw AtomicFileError.system(operation: "rename", path: final.path, code: errno)
        }

        let manifest = RemoteManifest(
            format: 2, version: version, snapshot: "snapshots/\(name)", bundleID: bundleID.uuidString.lowercased(),
            pushedBy: author, pushedAt: Date(), files: files.mapValues { ByteHash.of(Data($0.utf8)) },
            authors: authors.map { ByteHash.of(Data($0.utf8)) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        try AtomicFile.write(try encoder.encode(manifest), to: manifestURL, using: fileCalls)
        retireSnapshots(
            in: snapshots, keeping: [name, current.map { URL(filePath: $0.snapshot).lastPathComponent } ?? ""])
        return version
    }

    /// Snapshots being written by pushes that died; only called under the lock.
    private func removeAbandonedSnapshots(in snapshots: URL) {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: snapshots.path)) ?? []
        where name.hasSuffix(".tmp") {
            try? FileManager.default.removeItem(at: snapshots.appending(path: name))
        }
    }

    /// Old snapshots go, but the previous one stays for a reader that read the old manifest just before the switch.
    private func retireSnapshots(in snapshots: URL, keeping kept: Set<String>) {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: snapshots.path)) ?? []
        where !kept.contains(name) && !name.hasPrefix(".") {
            try? FileManager.default.removeItem(at: snapshots.appending(path: name))
        }
    }

    /// Files a file-sync tool left beside the real ones when two machines changed them at once.
    func conflictCopies() -> [Diagnostic] {
        var found: [Diagnostic] = []
        let enumerator = FileManager.default.enumerator(atPath: root.path)
        while let path = enumerator?.nextObject() as? String {
            if ConflictCopy.matches(URL(filePath: path).lastPathComponent) {
                found.append(Diagnostic(.warning, Message(.conflictCopyIgnored, path), at: SourceLocation(file: path)))
            }
        }
        return found
    }
}
