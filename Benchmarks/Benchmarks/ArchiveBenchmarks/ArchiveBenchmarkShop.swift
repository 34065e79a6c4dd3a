import Foundation
import KefuGenerator
import KefuStore
import KefuSync

/// A generated shop, synced, with its export, for the archive benchmarks.
struct ArchiveBenchmarkShop: Sendable {
    let store: Store
    let archive: Data

    /// The shop the running benchmark works on, made by its `setup`.
    nonisolated(unsafe) static var current: ArchiveBenchmarkShop?

    /// The prepared shop; `setup` always runs first.
    static var prepared: ArchiveBenchmarkShop {
        get throws {
            guard let current else { throw ArchiveBenchmarkError.notPrepared }
            return current
        }
    }

    static func prepare(items: Int) throws {
        let root = FileManager.default.temporaryDirectory.appending(path: "kefu-archive-bench-\(UUID().uuidString)")
        try BundleGenerator(items: items).write(to: root)
        let store = try Store.open(at: root.appending(path: Store.relativePath))
        _ = try FolderSync(root: root, store: store, author: "bench").run()
        let archive = try BundleArchive.export(store: store, version: 2, format: .tarGzip, author: "bench").archive
        current = ArchiveBenchmarkShop(store: store, archive: archive)
    }
}
