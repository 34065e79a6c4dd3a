import Foundation
import KefuBundle
import KefuCore
import KefuStore
import KefuSync
import KefuTestSupport

/// A bundle folder with its own store, synced once, for sync tests.
struct SyncFixture {
    let folder: TemporaryFolder
    let store: Store

    init(_ files: [String: String] = BundleFixtures.complete) throws {
        folder = try TemporaryFolder()
        try folder.write(files)
        store = try Store.open(at: folder.url.appending(path: Store.relativePath))
        _ = try sync()
    }

    var root: URL { folder.url }

    func sync(as author: String = "小王") throws -> SyncReport {
        try FolderSync(root: root, store: store, author: author).run()
    }

    /// Edits a file by replacing text, failing the test's assumption loudly when the text is not there.
    func edit(_ path: String, replacing old: String, with new: String) throws {
        let text = try folder.read(path)
        precondition(text.contains(old), "\(path) does not contain \(old)")
        try folder.write([path: text.replacingOccurrences(of: old, with: new)])
    }

    /// The store's items as canonical text by key.
    func storedItems() throws -> [String: String] {
        Dictionary(uniqueKeysWithValues: try store.allItems().map { ("\($0.key)", $0.content) })
    }

    func item(_ key: String) throws -> BundleItem? {
        guard let key = ItemKey(parsing: key), let stored = try store.item(key) else { return nil }
        return try CanonicalForm.item(kind: key.kind, canonical: stored.content)
    }

    /// A colleague's change taken into the store only, as a pull takes it: the colleague's source first
    /// agrees with the store, then `path` (one of the fixture's files, `original` its text) changes.
    func takeColleaguesChange(
        to path: String, of original: String, replacing old: String, with new: String, as name: String = "colleague"
    ) throws {
        let colleague = try TemporaryFolder()
        try colleague.write(BundleFixtures.complete)
        _ = try merge(from: colleague.url, as: name)
        precondition(original.contains(old), "\(path) does not contain \(old)")
        try colleague.write([path: original.replacingOccurrences(of: old, with: new)])
        _ = try merge(from: colleague.url, as: name)
    }

    /// Merges the bundle in `other` into this store as the source `name`, as a pull would.
    func merge(from other: URL, as name: String, author: String = "小李") throws -> [PlannedMerge] {
        let bundle = try BundleLoader().loadBundle(at: other)
        let merge = SourceMerge(store: store, source: name, author: author)
        let plan = try merge.plan(theirs: bundle.items)
        try merge.apply(plan)
        return plan
    }
}
