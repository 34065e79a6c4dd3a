import Foundation
import KefuBundle
import KefuCore

/// A shared folder as a rule repository (a network share, a synced folder, a mounted drive).
///
/// Each push writes a complete snapshot of the bundle into a new folder under `snapshots/` (under a
/// temporary name first), then switches `kefu-remote.json` to it in one atomic write. A reader
/// follows the manifest, so it sees the old snapshot or the new one, never half a push.
struct FolderRemote {
    /// `kefu-remote.json`: which snapshot is current.
    struct Manifest: Codable, Equatable {
        var format: Int
        var version: Int
        var snapshot: String
        var bundleID: String
        var pushedBy: String
        var pushedAt: Date
    }

    static let manifestName = "kefu-remote.json"
    let root: URL
    var fileCalls: any FileWriteCalls = SystemFileWriteCalls()

    private var manifestURL: URL { root.appending(path: Self.manifestName) }

    /// The current manifest, or `nil` for a remote nobody pushed to yet.
    func manifest() throws -> Manifest? {
        guard FileManager.default.fileExists(atPath: manifestURL.path) else { return nil }
        do {
            let decoder = JSONDecoder()
            decoder.dateDecodingStrategy = .iso8601
            return try decoder.decode(Manifest.self, from: Data(contentsOf: manifestURL))
        } catch {
            throw RemoteError.unreadable("\(manifestURL.path): \(error.localizedDescription)")
        }
    }

    /// The current snapshot's bundle and version, with warnings about conflict copies a file-sync
    /// tool left (they are never read).
    func read() throws -> (bundle: LoadedBundle, version: Int, warnings: [Diagnostic]) {
        // A push may retire a snapshot while it is being read; the manifest then names a newer one.
        let attempts = 5
        for attempt in 0..<attempts {
            guard let manifest = try manifest() else { throw RemoteError.empty(remote: root.path) }
            let snapshot = root.appending(path: manifest.snapshot)
            do {
                let bundle = try BundleLoader().loadBundle(at: snapshot)
                return (bundle, manifest.version, conflictCopies())
            } catch is DiagnosticsError where attempt < attempts - 1 && (try? self.manifest()) != manifest {
                continue
            }
        }
        throw RemoteError.unreadable(root.path)
    }

    /// Publishes `files` as the next version, if the remote is still at `expected` (`nil`: a remote
    /// nobody pushed to). Under the lock: check the version, write the snapshot, switch the manifest.
    /// - Returns: the new version.
    func publish(_ files: [String: String], expected: Int?, bundleID: UUID, author: String, breakingLock: Bool) throws
        -> Int
    {
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let lock = try RemoteLock(in: root, author: author, breaking: breakingLock, waiting: RemoteLock.defaultWait)
        defer { withExtendedLifetime(lock) {} }
        let current = try manifest()
        guard current?.version == expected else { throw RemoteError.remoteMoved(remote: root.path) }
        let version = (current?.version ?? 0) + 1

        let snapshots = root.appending(path: "snapshots")
        removeAbandonedSnapshots(in: snapshots)
        let name = String(format: "v%06d-%@", version, String(UUID().uuidString.prefix(8)).lowercased())
        let temporary = snapshots.appending(path: ".\(name).tmp")
        for (path, text) in files {
            try AtomicFile.write(text, to: temporary.appending(path: path), using: fileCalls)
        }
        let final = snapshots.appending(path: name)
        guard fileCalls.rename(temporary.path, final.path) == 0 else {
            throw AtomicFileError.system(operation: "rename", path: final.path, code: errno)
        }

        let manifest = Manifest(
            format: 1, version: version, snapshot: "snapshots/\(name)", bundleID: bundleID.uuidString.lowercased(),
            pushedBy: author, pushedAt: Date())
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
