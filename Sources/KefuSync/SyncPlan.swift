import KefuBundle
import KefuCore
import KefuStore

/// What a sync would do, decided before anything is written: it is what `kefu diff` and
/// `kefu status` print, and what `FolderSync.apply` carries out.
public struct SyncPlan: Sendable {
    /// Every item that changed on at least one side, in key order.
    public let sortedMerges: [PlannedMerge]
    /// Where each key's merge is in `sortedMerges`. (An array and an index rather than a dictionary
    /// of merges: at 100,000 items the dictionary's spare capacity alone cost over 60 MB.)
    private let index: [ItemKey: Int]
    /// The manifest read from bundle.yaml.
    public let manifest: BundleManifest
    /// Warnings from reading the folder.
    public let warnings: [Diagnostic]
    let scan: FolderScan
    /// The canonical form of every item of the files that were read.
    let canonical: [ItemKey: Canonical]

    /// `item` staged for the store, reusing the canonical form made while planning when the item is
    /// the one the folder holds.
    func staged(_ item: BundleItem, file: String) -> StagedItem {
        if let made = canonical[item.key], let read = scan.item(for: item.key), read.fields == item.fields {
            return StagedItem(
                key: item.key, content: made.content, hash: made.hash, file: file, line: item.location?.line,
                column: item.location?.column)
        }
        return StagedItem(item, file: file)
    }

    init(
        merges: consuming [PlannedMerge], manifest: BundleManifest, warnings: [Diagnostic], scan: FolderScan,
        canonical: [ItemKey: Canonical]
    ) {
        // Sorted in place: a sorted copy of 100,000 merges would hold them twice for a moment.
        var sorted = consume merges
        sorted.sort { $0.key < $1.key }
        sortedMerges = sorted
        index = Dictionary(uniqueKeysWithValues: sortedMerges.enumerated().map { ($0.element.key, $0.offset) })
        self.manifest = manifest
        self.warnings = warnings
        self.scan = scan
        self.canonical = canonical
    }

    /// The merge of `key`, if it changed on either side.
    public subscript(key: ItemKey) -> PlannedMerge? {
        index[key].map { sortedMerges[$0] }
    }

    /// Items that would conflict.
    public var conflicts: [PlannedMerge] { sortedMerges.filter { $0.merge.conflict != nil } }
    /// Whether the sync has nothing to do to items.
    public var isEmpty: Bool {
        !sortedMerges.contains { $0.changesStore || $0.changesFolder || $0.merge.conflict != nil }
    }
}
