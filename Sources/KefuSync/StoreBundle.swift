import Foundation
import KefuBundle
import KefuCore
import KefuStore

/// The store's current items as a bundle: the files a push or an export writes, filed as the store
/// files them (so a colleague's clone keeps the team's layout).
public struct StoreBundle: Sendable {
    public let manifest: BundleManifest
    public let items: [ItemKey: BundleItem]
    public let files: [BundleFile]

    /// Reads every current item of `store`; `version` goes into bundle.yaml. `progress` is told of the
    /// items decoded, as `.writingArchive`.
    public init(store: Store, version: Int, progress: (any ProgressReporter)? = nil) throws {
        var items: [ItemKey: BundleItem] = [:]
        var byFile: [String: [(line: Int, key: ItemKey)]] = [:]
        let stored = try store.allItems()
        let counter = ProgressCounter(.writingArchive, total: stored.count, reporter: progress)
        // Decoded on all cores, in runs; reported a run at a time, which costs nothing next to decoding.
        let decoded = ParallelMap.map(stored, chunkSize: 256) { run in
            defer { counter.advance(by: run.count) }
            return run.map { stored in Result { try CanonicalForm.item(kind: stored.kind, canonical: stored.content) } }
        }
        for (stored, result) in zip(stored, decoded) {
            let item = try result.get()
            items[item.key] = item
            guard item.key != .bundleSettings else { continue }
            let file = BundleLayout.kind(ofFile: stored.file) == item.key.kind ? stored.file : item.key.kind.defaultFile
            byFile[file, default: []].append((stored.line ?? Int.max, item.key))
        }
        guard let settings = items[.bundleSettings] else { throw StoreBundleError.noSettings }
        manifest = try Self.manifest(of: store, settings: settings, version: version)
        self.items = items
        files = byFile.keys.sorted().map { path in
            let keys = (byFile[path] ?? []).sorted { ($0.line, $0.key) < ($1.line, $1.key) }.map(\.key)
            return BundleFile(path: path, kind: BundleLayout.kind(ofFile: path) ?? .faq, items: keys)
        }
    }

    /// The store's bundle.yaml, with `version`, decoding only the settings item.
    public static func manifest(of store: Store, version: Int) throws -> BundleManifest {
        guard let stored = try store.item(.bundleSettings) else { throw StoreBundleError.noSettings }
        let settings = try CanonicalForm.item(kind: stored.kind, canonical: stored.content)
        return try manifest(of: store, settings: settings, version: version)
    }

    private static func manifest(of store: Store, settings: BundleItem, version: Int) throws -> BundleManifest {
        BundleManifest(bundleID: try store.bundleID() ?? UUID(), version: version, settings: settings)
    }

    /// The bundle's files: bundle-relative path → text.
    public func render() throws -> [String: String] {
        try BundleWriter().render(manifest: manifest, items: items, filedAs: files)
    }
}
