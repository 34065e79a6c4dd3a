import Foundation
import KefuGenerator
import KefuStore
import KefuSync

/// The sync budgets' workload: a generated bundle in a temporary folder and its store, synced the way
/// `kefu sync` does (open the store, sync, done).
public struct SyncWorkload: Sendable {
    public let root: URL

    /// Writes a generated bundle of `items` items to a new temporary folder; synced once when `synced`.
    public init(items: Int, synced: Bool) throws {
        root = FileManager.default.temporaryDirectory.appending(path: "kefu-workload-\(items)-\(UUID().uuidString)")
        try BundleGenerator(items: items).write(to: root)
        if synced { _ = try sync() }
    }

    /// One `kefu sync`.
    @discardableResult
    public func sync() throws -> SyncReport {
        let store = try Store.open(at: root.appending(path: Store.relativePath))
        return try FolderSync(root: root, store: store, author: "workload").run()
    }

    /// Removes the store, so the next sync is a first sync.
    public func removeStore() {
        try? FileManager.default.removeItem(at: root.appending(path: ".kefu"))
    }

    /// Changes one answer in one FAQ file, differently for each `variant`.
    public func editOneFile(_ variant: Int) throws {
        let url = root.appending(path: "faq/part-0000.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        let edited = text.replacingOccurrences(
            of: #"answer: 默认发中通,需要顺丰可以补差价哦~(\(\d+\))?"#, with: "answer: 默认发中通,需要顺丰可以补差价哦~(\(variant))",
            options: .regularExpression)
        try edited.write(to: url, atomically: true, encoding: .utf8)
    }

    /// Removes the folder.
    public func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}
