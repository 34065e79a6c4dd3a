import Foundation
import KefuBundle
import KefuCore
import KefuStore

/// `kefu sync`: the working folder and the store merged both ways, item by item, against the
/// folder's baseline. Folder edits go into the store; store-side changes (pulls, imports, resolves,
/// rollbacks) are written to the folder; both sides changed differently is merged by field or
/// recorded as a conflict, the store keeping ours.
///
/// Only files whose size, modification time or inode changed are read; what changed is decided by
/// content hash. The store and the baseline change in one transaction, and the folder's files are
/// put in place through a journal, so a kill at any moment leaves the old state or the new.
public struct FolderSync: Sendable {
    /// The name of the working folder as a source, in baselines and changesets.
    public static let source = "folder"

    public let root: URL
    public let store: Store
    /// Who the folder's edits are by, found when a change is first recorded: finding it may run `git
    /// config`, and a scan or a plan (`kefu status`, `kefu diff`, `kefu ask`'s unsynced notice) needs none.
    public var author: String { authorName.value }
    private let authorName: ResolvedOnce<String>
    /// How the folder's files are written (the system calls, unless a test injects failures).
    public let fileCalls: any FileWriteCalls
    /// Told of each file a sync reads (a terminal's progress bar).
    public var progress: (any ProgressReporter)?

    public init(root: URL, store: Store, author: String, fileCalls: any FileWriteCalls = SystemFileWriteCalls()) {
        self.init(root: root, store: store, authorName: ResolvedOnce(known: author), fileCalls: fileCalls)
    }

    /// The folder sync whose author is `authorName`'s value, asked for only when a change is recorded.
    public init(
        root: URL, store: Store, authorName: ResolvedOnce<String>,
        fileCalls: any FileWriteCalls = SystemFileWriteCalls()
    ) {
        self.root = root
        self.store = store
        self.authorName = authorName
        self.fileCalls = fileCalls
    }

    /// The folder's files edited, added or removed since the last sync, changing nothing: what `kefu ask`
    /// and `kefu chat` mention when they answer from a store that has not seen them.
    public func changedFiles() throws -> [String] {
        try FolderScanner(root: root, store: store).changedFiles()
    }

    /// Decides what a sync would do, changing nothing.
    /// - Throws: `DiagnosticsError` when a changed file is malformed.
    public func plan() throws -> SyncPlan {
        let scan = try FolderScanner(root: root, store: store, progress: progress).scan()
        guard let manifest = scan.manifest else {
            throw DiagnosticsError([.error(Message(.missingManifest, root.path), at: nil)])
        }
        let storeChanged = try store.keysChangedSinceBaseline(of: Self.source)
        // Items the read files hold now, and items the baseline had in files that were read or removed.
        var folderCandidates = Set(scan.keys)
        let readPaths = Set(scan.readPaths).union(scan.removed)
        for entry in try store.baseline(of: Self.source, inFiles: readPaths) {
            folderCandidates.insert(entry.key)
        }
        let baseline = try store.baseline(of: Self.source, keys: folderCandidates.union(storeChanged))
        // Each folder item's canonical form is made once here and reused when it is staged.
        var canonical: [ItemKey: Canonical] = [:]
        for (item, _) in scan.items { canonical[item.key] = Canonical(of: item) }
        let folderChanged = folderCandidates.filter { key in canonical[key]?.hash.hex != baseline[key]?.hash }
        let candidates = folderChanged.union(storeChanged)
        // Decoded as read: the store's JSON of 100,000 changed items is never held all at once.
        var stored: [ItemKey: (item: BundleItem, file: String)] = [:]
        stored.reserveCapacity(candidates.count)
        try store.forEachItem(candidates) { row in
            stored[row.key] = (try CanonicalForm.item(kind: row.kind, canonical: row.content), row.file)
        }

        var merges: [PlannedMerge] = []
        merges.reserveCapacity(candidates.count)
        for key in candidates {
            let base = try baseline[key].map { try CanonicalForm.item(kind: key.kind, canonical: $0.content) }
            let ours = stored[key]?.item
            // An item not in a read file is as its baseline says, unless its file is gone.
            let theirs = folderCandidates.contains(key) ? scan.item(for: key) : base
            let merge = ThreeWayMerge.merge(base: base, ours: ours, theirs: theirs)
            let baseFile = baseline[key]?.file
            let theirsFile = theirs == nil ? nil : (scan.file(of: key) ?? baseFile)
            merges.append(
                PlannedMerge(
                    key: key, base: base, ours: ours, theirs: theirs, merge: merge, theirsFile: theirsFile,
                    baseFile: baseFile,
                    oursFile: stored.removeValue(forKey: key)?.file))
        }
        return SyncPlan(merges: merges, manifest: manifest, warnings: scan.warnings, scan: scan, canonical: canonical)
    }
}
