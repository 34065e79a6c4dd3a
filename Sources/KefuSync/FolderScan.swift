import Foundation
import KefuBundle
import KefuCore
import KefuStore

/// The working folder as sync sees it: the files that changed since the last sync, read and parsed,
/// and the rest known only by name, stat and the baseline of what they held.
///
/// Items stay in their file's reading, found through a small index of places: at 100,000 items a
/// second dictionary of items cost tens of megabytes.
struct FolderScan {
    /// A file that was read because it changed (or is bundle.yaml, which is always read).
    struct ReadFile {
        let path: String
        let hash: String
        let stat: FileStat
        let reading: FileReading
    }

    /// Where an item of a read file is: which file, and which of its items.
    struct Place {
        let file: Int32
        let item: Int32
    }

    /// Every bundle file in the folder now, with its stat.
    var present: [String: FileStat] = [:]
    /// The hash of each file's bytes at the last sync; for a file that was not read, what the plan
    /// assumes it still holds.
    var rememberedHash: [String: String] = [:]
    /// The files that were read, and where each is in `readFiles`.
    private(set) var readFiles: [ReadFile] = []
    private var readIndex: [String: Int] = [:]
    private var places: [ItemKey: Place] = [:]
    /// Files whose stat changed but whose bytes did not: only their remembered state needs updating.
    var touched: [String: FileState] = [:]
    /// Files the store remembers that are gone.
    var removed: Set<String> = []
    /// The manifest, from bundle.yaml.
    var manifest: BundleManifest?
    var warnings: [Diagnostic] = []

    /// Adds a read file; its items are placed unless another read file already holds their key,
    /// in which case the key is returned as a duplicate with the item that came first.
    mutating func add(_ file: ReadFile) -> [(duplicate: BundleItem, first: BundleItem)] {
        let fileIndex = readFiles.count
        readFiles.append(file)
        readIndex[file.path] = fileIndex
        var duplicates: [(BundleItem, BundleItem)] = []
        for (itemIndex, item) in file.reading.items.enumerated() {
            if let first = self.item(for: item.key) {
                duplicates.append((item, first))
                continue
            }
            places[item.key] = Place(file: Int32(fileIndex), item: Int32(itemIndex))
        }
        return duplicates
    }

    /// The read file at `path`.
    func read(_ path: String) -> ReadFile? {
        readIndex[path].map { readFiles[$0] }
    }

    /// The item the read files hold for `key` (the settings item from bundle.yaml included).
    func item(for key: ItemKey) -> BundleItem? {
        if key == .bundleSettings { return manifest?.settings }
        guard let place = places[key] else { return nil }
        return readFiles[Int(place.file)].reading.items[Int(place.item)]
    }

    /// The file holding `key` among the read files.
    func file(of key: ItemKey) -> String? {
        if key == .bundleSettings { return manifest == nil ? nil : BundleLayout.manifestFile }
        return places[key].map { readFiles[Int($0.file)].path }
    }

    /// Every key the read files hold.
    var keys: [ItemKey] {
        Array(places.keys) + (manifest == nil ? [] : [.bundleSettings])
    }

    /// Every item the read files hold, with its file.
    var items: [(item: BundleItem, file: String)] {
        var all: [(BundleItem, String)] = []
        all.reserveCapacity(places.count + 1)
        for file in readFiles {
            for item in file.reading.items
            where places[item.key].map({ readFiles[Int($0.file)].path == file.path }) ?? false {
                all.append((item, file.path))
            }
        }
        if let manifest { all.append((manifest.settings, BundleLayout.manifestFile)) }
        return all
    }

    /// Whether `path` was read (changed, new or bundle.yaml) or removed: its old baseline entries no
    /// longer describe it.
    func wasRead(_ path: String) -> Bool {
        readIndex[path] != nil || removed.contains(path)
    }

    /// The paths of the read files.
    var readPaths: [String] { readFiles.map(\.path) }
}
