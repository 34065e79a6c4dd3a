import KefuCore
import KefuStore

/// What a sync did, for the person who ran it and for `--json`.
public struct SyncReport: Sendable {
    /// How an item changed on one side.
    public enum Change: String, Sendable, Codable {
        case added, modified, deleted
    }

    /// The changeset recorded, or `nil` when no item changed.
    public var changeset: Changeset?
    /// Items the store took from the folder (or from merging both).
    public var intoStore: [(key: ItemKey, change: Change)] = []
    /// Items written to the folder from the store.
    public var intoFolder: [(key: ItemKey, change: Change)] = []
    /// Items changed on both sides and merged field by field.
    public var merged: [ItemKey] = []
    /// Conflicts found; the store kept ours.
    public var conflicts: [(key: ItemKey, conflict: MergeConflict)] = []
    /// Files edited while the sync ran, left alone; run sync again.
    public var skippedFiles: [String] = []
    public var warnings: [Diagnostic] = []

    /// Whether the sync changed nothing anywhere.
    public var isEmpty: Bool {
        changeset == nil && intoStore.isEmpty && intoFolder.isEmpty && conflicts.isEmpty && skippedFiles.isEmpty
    }

    /// How an item changed from `before` to `after`.
    public static func change(from before: BundleItem?, to after: BundleItem?) -> Change {
        switch (before, after) {
        case (nil, _): .added
        case (_, nil): .deleted
        default: .modified
        }
    }
}
