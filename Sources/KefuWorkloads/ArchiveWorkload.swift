import Foundation
import KefuArchive
import KefuStore
import KefuSync

/// The archive budget's workload: a synced generated shop and its export, to export again and import.
public struct ArchiveWorkload: Sendable {
    public let shop: SyncWorkload
    public let store: Store
    public let archive: Data

    public init(items: Int) throws {
        shop = try SyncWorkload(items: items, synced: true)
        store = try Store.open(at: shop.root.appending(path: Store.relativePath))
        archive = try BundleArchive.export(store: store, version: 2, format: .tarGzip, author: "workload").archive
    }

    /// `kefu export` right after its sync, without the file write: the synced folder's files are copied.
    public func export() throws -> Data {
        try BundleArchive.export(store: store, folder: shop.root, version: 2, format: .tarGzip, author: "workload")
            .archive
    }

    /// `kefu import` into an empty store: read, verify, load and merge the archive. Returns the store it
    /// filled and the changeset the import recorded.
    @discardableResult
    public func importIntoEmptyStore() throws -> (store: Store, changeset: Changeset?) {
        let store = try Store.inMemory()
        let bundle = try BundleArchive.read(archive).bundle()
        let merge = try SourceMerge(store: store, source: "archive", author: "workload").merge(
            bundle, operation: .import)
        return (store, merge.changeset)
    }
}
