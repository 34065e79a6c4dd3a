import KefuCore

/// A bundle read into memory: its manifest, every item by key, and how the items are filed.
public struct LoadedBundle: Sendable {
    public var manifest: BundleManifest
    /// Every item, the settings item (`bundle/bundle`) included.
    public var items: [ItemKey: BundleItem]
    /// The item files, sorted by path; `bundle.yaml` is not among them.
    public var files: [BundleFile]
    /// Things worth knowing that did not stop the load (a folder that is not part of the layout).
    public var warnings: [Diagnostic]

    public init(
        manifest: BundleManifest, items: [ItemKey: BundleItem], files: [BundleFile], warnings: [Diagnostic] = []
    ) {
        self.manifest = manifest
        self.items = items
        self.files = files
        self.warnings = warnings
    }

    /// The items of one kind, sorted by id.
    public func items(of kind: ItemKind) -> [BundleItem] {
        items.values.filter { $0.key.kind == kind }.sorted { $0.key < $1.key }
    }
}
