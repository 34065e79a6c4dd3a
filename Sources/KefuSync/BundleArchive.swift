import Foundation
import KefuArchive
import KefuBundle
import KefuCore
import KefuStore

/// Bundles between shops: the store's items written as an archive with a checksummed manifest, and
/// archives read back, verified, into a bundle to merge.
public enum BundleArchive {
    /// Whether `path` belongs in a bundle archive: the manifest, who made each item
    /// (`.kefu-authors.json`), bundle.yaml, agents.yaml, the YAML files of the layout folders, and shop
    /// data as `data/*.csv`.
    public static func allows(_ path: String) -> Bool {
        if path == ArchiveManifest.fileName || path == ItemAuthors.fileName { return true }
        if BundleLayout.kind(ofFile: path) != nil { return true }
        let parts = path.split(separator: "/")
        return parts.count == 2 && parts[0] == "data" && parts[1].hasSuffix(".csv")
    }

    /// The archive of the store's items: bundle.yaml with `version`, every item filed as the store
    /// files it, and `data` (shop data files, when exporting with data). When `folder`, the working
    /// folder just synced, holds exactly the store's items, its files are copied as they are;
    /// otherwise every item is rendered from the store.
    public static func export(
        store: Store, folder: URL? = nil, version: Int, data: [String: Data] = [:], format: ArchiveFormat,
        author: String, date: Date = Date(), progress: (any ProgressReporter)? = nil
    ) throws -> (archive: Data, manifest: ArchiveManifest) {
        let conflicts = try store.conflicts()
        guard conflicts.isEmpty else { throw BundleArchiveError.conflictsOpen(count: conflicts.count) }
        let bundleManifest: BundleManifest
        var files: [String: Data]
        if let folder, let copied = try SyncedFolderFiles.read(root: folder, store: store, progress: progress) {
            bundleManifest = try StoreBundle.manifest(of: store, version: version)
            files = copied
            files[BundleLayout.manifestFile] = Data(try BundleWriter().render(bundleManifest).utf8)
        } else {
            let bundle = try StoreBundle(store: store, version: version, progress: progress)
            bundleManifest = bundle.manifest
            files = try bundle.render().mapValues { Data($0.utf8) }
        }
        files.merge(data) { current, _ in current }
        // The authors file is read from the store while the bundle's files are hashed and compressed: each
        // takes about as long at 100,000 items. The manifest, which names every file's hash, goes last.
        let stream = try ArchiveStream(format: format, date: date)
        let (compressed, authorsText) = ParallelMap.both(
            {
                for (path, data) in files.sorted(by: { $0.key < $1.key }) {
                    try stream.append(ArchiveEntry(path: path, data: data))
                }
                return files.mapValues(ByteHash.of)
            }, { try ItemAuthors.text(of: store) })
        var hashes = try compressed.get()
        let authors = Data(try authorsText.get().utf8)
        try stream.append(ArchiveEntry(path: ItemAuthors.fileName, data: authors))
        hashes[ItemAuthors.fileName] = ByteHash.of(authors)
        let shop = bundleManifest.settings.fields["name"]?.text ?? ""
        let manifest = ArchiveManifest(
            format: 1, bundleID: bundleManifest.bundleID.uuidString.lowercased(), shop: shop, version: version,
            exportedAt: date, exportedBy: author, files: hashes)
        try stream.append(
            ArchiveEntry(path: ArchiveManifest.fileName, data: try ArchiveManifest.encoder.encode(manifest)))
        return (try stream.finish(), manifest)
    }

    /// What an archive holds, read safely and checked against its manifest.
    public struct Contents: Sendable {
        public let manifest: ArchiveManifest
        /// Bundle files by path (data files aside). Emptied by whoever has loaded and written them, to
        /// let a large shop's bytes go before its items are merged.
        public var bundleFiles: [String: Data]
        /// Shop data files by path.
        public let dataFiles: [String: Data]
        /// Who made each item, as the exporting shop's store knew it (an archive of an older kefu has none).
        let authors: ItemAuthors?

        /// The bundle, loaded from memory; `progress` is told of each file checked. Its items keep only
        /// where each starts: a problem is placed while the file is read, and a large shop's field
        /// positions are tens of megabytes nothing after that reads.
        /// - Throws: `DiagnosticsError` when a file inside is malformed.
        public func bundle(progress: (any ProgressReporter)? = nil) throws -> LoadedBundle {
            try BundleLoader(recordsFieldLocations: false, progress: progress, task: .checkingArchive)
                .loadBundle(files: bundleFiles)
        }
    }

    /// The reading budget of a bundle archive: the defaults, and room for the authors file, which has a
    /// line an item (about 200 bytes: 19 MB at 100,000 items) and is read under its own cap.
    public static var limits: ArchiveLimits {
        var limits = ArchiveLimits()
        limits.bytesPerNamedEntry[ItemAuthors.fileName] = ItemAuthors.maximumBytes
        return limits
    }

    /// Reads and verifies an archive.
    /// - Throws: `ArchiveRefusal` for an unsafe archive, `BundleArchiveError` for one that does not match its manifest.
    public static func read(_ data: Data, limits: ArchiveLimits = limits) throws -> Contents {
        let entries = try ArchiveReader(limits: limits, allows: allows).read(data)
        var files: [String: Data] = [:]
        for entry in entries { files[entry.path] = entry.data }
        guard let manifestData = files.removeValue(forKey: ArchiveManifest.fileName) else {
            throw BundleArchiveError.missingManifest
        }
        let manifest: ArchiveManifest
        do {
            manifest = try ArchiveManifest.decoder.decode(ArchiveManifest.self, from: manifestData)
        } catch {
            throw BundleArchiveError.invalidManifest(error.localizedDescription)
        }
        for path in files.keys.sorted() {
            guard let expected = manifest.files[path] else { throw BundleArchiveError.unlistedFile(path) }
            guard let bytes = files[path], ByteHash.of(bytes) == expected else {
                throw BundleArchiveError.checksumMismatch(path)
            }
        }
        if let missing = manifest.files.keys.sorted().first(where: { files[$0] == nil }) {
            throw BundleArchiveError.missingFile(missing)
        }
        var authors: ItemAuthors?
        if let authorsData = files.removeValue(forKey: ItemAuthors.fileName) {
            do {
                authors = try ItemAuthors.read(authorsData, path: ItemAuthors.fileName)
            } catch {
                throw BundleArchiveError.invalidManifest("\(error)")
            }
        }
        let data = files.filter { $0.key.hasPrefix("data/") }
        return Contents(
            manifest: manifest, bundleFiles: files.filter { !$0.key.hasPrefix("data/") }, dataFiles: data,
            authors: authors)
    }

    /// The archive's items to merge into a shop: every item but the other shop's settings, and with
    /// `prefix`, under new ids (references between them renamed too).
    public static func itemsToImport(from bundle: LoadedBundle, asNew prefix: String?) throws -> (
        items: [ItemKey: BundleItem], files: [ItemKey: String]
    ) {
        var files: [ItemKey: String] = [:]
        for file in bundle.files {
            for key in file.items { files[key] = file.path }
        }
        let items = bundle.items.filter { $0.key != .bundleSettings }
        guard let prefix else { return (items, files) }
        let renaming = try ItemRenaming(prefix: prefix, keys: Array(items.keys))
        var renamed: [ItemKey: BundleItem] = [:]
        var renamedFiles: [ItemKey: String] = [:]
        for (key, item) in items {
            let new = renaming.rename(item)
            renamed[new.key] = new
            renamedFiles[new.key] = files[key]
        }
        return (renamed, renamedFiles)
    }
}
