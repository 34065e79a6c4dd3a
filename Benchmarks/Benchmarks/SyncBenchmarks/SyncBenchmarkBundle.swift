import Foundation
import KefuGenerator
import KefuStore
import KefuSync

/// A generated bundle in a temporary folder, with its store, for the sync benchmarks.
struct SyncBenchmarkBundle: Sendable {
    let root: URL

    /// The bundle the running benchmark works on, made by its `setup`.
    nonisolated(unsafe) static var prepared = SyncBenchmarkBundle(root: FileManager.default.temporaryDirectory)

    /// Makes a fresh bundle of `items` items for the next benchmark, synced once when `synced`.
    static func prepare(items: Int, synced: Bool) throws {
        let root = FileManager.default.temporaryDirectory.appending(path: "kefu-bench-\(items)-\(UUID().uuidString)")
        try BundleGenerator(items: items).write(to: root)
        prepared = SyncBenchmarkBundle(root: root)
        if synced { _ = try prepared.sync() }
    }

    var storeURL: URL { root.appending(path: Store.relativePath) }

    func removeStore() throws {
        try? FileManager.default.removeItem(at: root.appending(path: ".kefu"))
    }

    /// One `kefu sync`, as the command runs it: open the store, sync, done.
    func sync() throws -> SyncReport {
        let store = try Store.open(at: storeURL)
        return try FolderSync(root: root, store: store, author: "bench").run()
    }

    /// Changes one answer in one FAQ file, differently each time.
    func editOneFile(_ iteration: Int) throws {
        let url = root.appending(path: "faq/part-0000.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        let edited = text.replacingOccurrences(
            of: #"answer: 默认发中通,需要顺丰可以补差价哦~(\(\d+\))?"#, with: "answer: 默认发中通,需要顺丰可以补差价哦~(\(iteration))",
            options: .regularExpression)
        try edited.write(to: url, atomically: true, encoding: .utf8)
    }
}
