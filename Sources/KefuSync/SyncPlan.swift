import KefuBundle
import KefuCore

/// What a sync would do, decided before anything is written: it is what `kefu diff` and
/// `kefu status` print, and what `FolderSync.apply` carries out.
public struct SyncPlan: Sendable {
    /// Every item that changed on at least one side, by key.
    public let merges: [ItemKey: PlannedMerge]
    /// The manifest read from bundle.yaml.
    public let manifest: BundleManifest
    /// Warnings from reading the folder.
    public let warnings: [Diagnostic]
    let scan: FolderScan

    /// The merges in key order.
    public var sortedMerges: [PlannedMerge] {
        merges.keys.sorted().compactMap { merges[$0] }
    }

    /// Items the folder changed, to go into the store.
    public var folderChanges: [PlannedMerge] { sortedMerges.filter(\.changesStore) }
    /// Items the store changed, to go into the folder.
    public var storeChanges: [PlannedMerge] { sortedMerges.filter(\.changesFolder) }
    /// Items that would conflict.
    public var conflicts: [PlannedMerge] { sortedMerges.filter { $0.merge.conflict != nil } }
    /// Whether the sync has nothing to do to items.
    public var isEmpty: Bool {
        !merges.values.contains { $0.changesStore || $0.changesFolder || $0.merge.conflict != nil }
    }
}
