import Foundation
import KefuBundle
import KefuCore
import KefuStore
import KefuSync

extension Workspace {
    /// Records `item` in `store` as one changeset made by the seller (a form's edit, an accepted report
    /// group), unless the store holds it already, and lets the folder sync write it to `file`: an edit
    /// made meanwhile in an editor is merged by field or kept as a conflict, never overwritten. Runs
    /// under the store lock the caller holds.
    /// - Returns: the sync that wrote the file, or nil when the store held the item already.
    func recordSellerEdit(
        _ item: BundleItem, file: String, in store: Store, operation: Changeset.Operation, source: String,
        summary: String, author: String = AuthorName.resolve()
    ) throws -> SyncReport? {
        let staged = StagedItem(item, file: file)
        guard try store.item(item.key)?.hash != staged.hash.hex else { return nil }
        var change = StoreChange(
            changeset: Changeset(operation: operation, source: source, author: author, summary: summary))
        change.puts = [staged]
        try store.apply(change)
        return try FolderSync(root: root, store: store, author: author).run()
    }
}
