import Foundation
import KefuBundle
import KefuCore
import KefuStore
import KefuSync

/// Changing one item from a form (the console's FAQ and rule editors): the change is recorded in the
/// store as one changeset, against the revision the form showed, and the folder sync writes it to the
/// item's file. An edit made meanwhile in an editor is therefore merged field by field, or recorded as
/// a conflict, never overwritten; a store that moved on since the form was opened refuses the edit.
public struct ItemEditor: Sendable {
    public let workspace: Workspace

    public init(workspace: Workspace) { self.workspace = workspace }

    /// Applies `change` to the item `key` as it is at `shownHash`, then syncs.
    /// - Returns: the sync that wrote the file (its `conflicts` name the item when the folder changed the
    ///   same field differently), or nil when the change left the item as it was.
    /// - Throws: `AppFailure` when the item is gone or changed since `shownHash`; what `change` throws.
    public func edit(_ key: ItemKey, shownHash: String, change: (inout BundleItem) throws -> Void) throws
        -> SyncReport?
    {
        try workspace.withStoreForChange { store, _ in
            guard let stored = try store.item(key) else {
                throw AppFailure(.failure, Message(.editItemMissing, key.description))
            }
            guard stored.hash == shownHash else {
                let latest = try store.revisions(of: key).last?.number ?? 0
                throw AppFailure(.failure, Message(.itemChangedMeanwhile, key.description, latest))
            }
            var item = try CanonicalForm.item(kind: key.kind, canonical: stored.content)
            try change(&item)
            // The folder sync rewrites the item where it stands, so it keeps its place in the file.
            item.location = stored.location
            return try workspace.recordSellerEdit(
                item, file: stored.file, in: store, operation: .edit, source: "store", summary: "edit \(key)")
        }
    }
}
