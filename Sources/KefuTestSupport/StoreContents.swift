import Foundation
import KefuStore

/// Everything a store holds that matters, for tests that check an operation changed nothing.
/// (The file's bytes may change without any of this changing: SQLite folds its WAL in on close.)
public struct StoreContents: Equatable {
    public let items: [StoredItem]
    public let changesets: [Changeset]
    public let revisions: [Revision]
    public let baseline: [String]

    /// Reads the store of the bundle folder `bundle`.
    public init(bundle: URL) throws {
        let store = try Store.open(at: bundle.appending(path: Store.relativePath))
        items = try store.allItems()
        changesets = try store.changesets()
        revisions = try items.flatMap { try store.revisions(of: $0.key) }
        baseline = try store.baseline(of: "folder").values.map { "\($0.kind)/\($0.itemID)=\($0.hash)" }.sorted()
    }
}
