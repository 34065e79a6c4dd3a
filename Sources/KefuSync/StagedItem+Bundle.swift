import KefuBundle
import KefuCore
import KefuStore

extension StagedItem {
    /// `item` with its canonical content and hash, filed in `file`.
    public init(_ item: BundleItem, file: String) {
        let canonical = Canonical(of: item)
        self.init(
            key: item.key, content: canonical.content, hash: canonical.hash, file: file, line: item.location?.line,
            column: item.location?.column)
    }

    /// Every item of a loaded bundle, staged with the file it is in.
    public static func staging(_ bundle: LoadedBundle) -> [StagedItem] {
        var fileOf: [ItemKey: String] = [.bundleSettings: BundleLayout.manifestFile]
        for file in bundle.files {
            for key in file.items { fileOf[key] = file.path }
        }
        let files = fileOf
        let items = bundle.items
        // Canonical forms are made on all cores, in key order whatever the split. The keys are sorted,
        // not the items: moving 100,000 items about costs more than looking each up once.
        return ParallelMap.map(items.keys.sorted(), chunkSize: 256) { run in
            run.compactMap { key in items[key].map { StagedItem($0, file: files[key] ?? key.kind.defaultFile) } }
        }
    }
}
