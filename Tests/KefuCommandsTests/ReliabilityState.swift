import Foundation
import GRDB
import KefuBundle
import KefuStore
import Testing

/// What a reliability test compares before, during and after an operation: the store (checked sound
/// first), the shop's bundle files and the remote's current snapshot.
struct ReliabilityState: Equatable {
    /// The store's items, the baselines of remotes and archives, and agreed remote versions, as
    /// `key=hash` lines: what the command's own transaction changes.
    var store: Set<String>
    /// The folder's baseline: what the folder was last agreed to hold. Pull, import and rollback change
    /// it in a second transaction, the folder sync that writes their result to the files.
    var folderBaseline: Set<String>
    /// Every revision as `kind/id#number=hash`: none may ever go.
    var revisions: Set<String>
    /// The shop's bundle files (no store, no temporaries).
    var files: [String: Data]
    /// The remote's version and the files of the snapshot its manifest names.
    var remote: [String: Data]

    /// Reads the state of a copy of a scenario (`shop/` and `origin/` inside `folder`).
    init(of folder: URL) throws {
        let shop = folder.appending(path: "shop")
        let queue = try DatabaseQueue(path: shop.appending(path: Store.relativePath).path)
        let check = try queue.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
        #expect(check == ["ok"], "integrity_check: \(check)")
        (store, folderBaseline, revisions) = try queue.read { db in
            var store = Set(
                try Row.fetchAll(db, sql: "SELECT kind, itemID, hash FROM item").map {
                    "item \($0[0] as String)/\($0[1] as String)=\($0[2] as String)"
                })
            store.formUnion(
                try Row.fetchAll(db, sql: "SELECT source, kind, itemID, hash FROM baseline WHERE source != 'folder'")
                    .map {
                        "baseline \($0[0] as String) \($0[1] as String)/\($0[2] as String)=\($0[3] as String)"
                    })
            let folderBaseline = Set(
                try Row.fetchAll(db, sql: "SELECT kind, itemID, hash FROM baseline WHERE source = 'folder'").map {
                    "\($0[0] as String)/\($0[1] as String)=\($0[2] as String)"
                })
            store.formUnion(
                try Row.fetchAll(db, sql: "SELECT name, version FROM remote").map {
                    "remote \($0[0] as String)=\(($0[1] as String?) ?? "-")"
                })
            let revisions = Set(
                try Row.fetchAll(db, sql: "SELECT kind, itemID, number, hash FROM revision").map {
                    "\($0[0] as String)/\($0[1] as String)#\($0[2] as Int)=\(($0[3] as String?) ?? "-")"
                })
            return (store, folderBaseline, revisions)
        }
        var files: [String: Data] = [:]
        for path in try BundleFolder.list(shop).files { files[path] = try Data(contentsOf: shop.appending(path: path)) }
        self.files = files
        remote = try Self.remoteSnapshot(folder.appending(path: "origin"))
    }

    /// The remote's current snapshot as its manifest names it, with the manifest's version.
    static func remoteSnapshot(_ origin: URL) throws -> [String: Data] {
        let manifestURL = origin.appending(path: "kefu-remote.json")
        guard let data = try? Data(contentsOf: manifestURL),
            let manifest = try JSONSerialization.jsonObject(with: data) as? [String: Any],
            let snapshot = manifest["snapshot"] as? String, let version = manifest["version"] as? Int
        else { return [:] }
        let root = origin.appending(path: snapshot)
        var files: [String: Data] = ["(version)": Data("\(version)".utf8)]
        for path in try BundleFolder.list(root).files { files[path] = try Data(contentsOf: root.appending(path: path)) }
        return files
    }

    /// What every suite asks of a state read after an attempt was killed or failed: a sound store
    /// holding the state before or after, every revision kept, whole files (the folder exactly as
    /// before while neither the store nor its baseline moved), and the remote old or new.
    func expectOldOrNew(
        before: ReliabilityState, after: ReliabilityState, _ place: String,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        #expect(
            store == before.store || store == after.store, "\(place): the store is a mix",
            sourceLocation: sourceLocation)
        #expect(
            folderBaseline == before.folderBaseline || folderBaseline == after.folderBaseline,
            "\(place): the folder's baseline is a mix", sourceLocation: sourceLocation)
        #expect(
            revisions.isSuperset(of: before.revisions), "\(place): a revision was lost", sourceLocation: sourceLocation)
        #expect(
            remote == before.remote || remote == after.remote, "\(place): the remote is a mix",
            sourceLocation: sourceLocation)
        if store == before.store && folderBaseline == before.folderBaseline {
            #expect(
                files == before.files, "\(place): files changed before their baseline did",
                sourceLocation: sourceLocation)
        }
        for (path, data) in files {
            #expect(
                data == before.files[path] || data == after.files[path], "\(place): \(path) is half-written",
                sourceLocation: sourceLocation)
        }
    }

    /// What running the command again must end in: exactly where an uninterrupted run ends.
    func expectFinished(
        like after: ReliabilityState, _ place: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        #expect(
            store == after.store, "\(place): the store did not end where an uninterrupted run does",
            sourceLocation: sourceLocation)
        #expect(
            folderBaseline == after.folderBaseline, "\(place): the folder's baseline did not",
            sourceLocation: sourceLocation)
        #expect(files == after.files, "\(place): the folder did not", sourceLocation: sourceLocation)
        #expect(remote == after.remote, "\(place): the remote did not", sourceLocation: sourceLocation)
    }
}
