import Foundation
import KefuCore

/// Writes items back to bundle files, deterministically: the same items and filing give the same
/// bytes. Items stay in the file and order they came from; new items go to the end of their kind's
/// default file, sorted by id; each file keeps its top comment lines.
public struct BundleWriter: Sendable {
    public init() {}

    /// Files (bundle-relative path → text) for `items`, filed as `previous` had them. Files that held
    /// items and now hold none are kept, empty but for their header; `bundle.yaml` is included.
    public func render(manifest: BundleManifest, items: [ItemKey: BundleItem], filedAs previous: [BundleFile]) throws
        -> [String: String]
    {
        var output: [String: String] = [BundleLayout.manifestFile: try render(manifest)]
        // Files render independently: on all cores (a large shop's export renders 100,000 items).
        let files = plan(items: items, filedAs: previous)
        let texts = ParallelMap.map(files) { file in Result { try render(file, items: items) } }
        for (file, text) in zip(files, texts) { output[file.path] = try text.get() }
        return output
    }

    /// One item file's text: its header, then its items in order, a blank line between them.
    public func render(_ file: BundleFile, items: [ItemKey: BundleItem]) throws -> String {
        let bodies = try file.items.compactMap { key in try items[key].map(ItemRenderer.yaml(of:)) }
        var text = file.header.isEmpty ? "" : file.header + "\n"
        if !file.header.isEmpty && !bodies.isEmpty { text += "\n" }
        return text + bodies.joined(separator: "\n")
    }

    /// `bundle.yaml`'s text.
    public func render(_ manifest: BundleManifest) throws -> String {
        try ItemRenderer.yaml(of: manifest)
    }

    /// Where every item goes: existing items in their file and order, new ones appended to their
    /// kind's default file.
    public func plan(items: [ItemKey: BundleItem], filedAs previous: [BundleFile]) -> [BundleFile] {
        var files: [String: BundleFile] = [:]
        var placed: Set<ItemKey> = []
        for file in previous {
            var kept = file
            kept.items = file.items.filter { items[$0] != nil && !placed.contains($0) }
            placed.formUnion(kept.items)
            files[file.path] = kept
        }
        let newKeys = items.keys.filter { $0.kind != .bundle && !placed.contains($0) }.sorted()
        for key in newKeys {
            let path = key.kind.defaultFile
            files[path, default: BundleFile(path: path, kind: key.kind)].items.append(key)
        }
        return files.keys.sorted().compactMap { files[$0] }
    }

    /// Writes rendered files under `root`, each one atomically.
    public func write(_ files: [String: String], to root: URL) throws {
        for path in files.keys.sorted() {
            guard let text = files[path] else { continue }
            try AtomicFile.write(text, to: root.appending(path: path))
        }
    }
}

extension BundleWriter {
    /// One item as a YAML mapping (no list dash), as `kefu show` prints it.
    public func yaml(of item: BundleItem) throws -> String {
        try ItemRenderer.mappingYAML(of: item)
    }
}
