import Foundation
import KefuBundle
import KefuCore
import KefuStore

/// The working folder as sync sees it: the files that changed since the last sync, read and parsed,
/// and the rest known only by name, stat and the baseline of what they held.
struct FolderScan {
    /// A file that was read because it changed (or is bundle.yaml, which is always read).
    struct ReadFile {
        let path: String
        let data: Data
        let hash: String
        let stat: FileStat
        let reading: FileReading
    }

    /// Every bundle file in the folder now, with its stat.
    var present: [String: FileStat] = [:]
    /// The hash of each file's bytes at the last sync; for a file that was not read, what the plan
    /// assumes it still holds.
    var rememberedHash: [String: String] = [:]
    /// The files that were read, by path.
    var read: [String: ReadFile] = [:]
    /// Files whose stat changed but whose bytes did not: only their remembered state needs updating.
    var touched: [String: FileState] = [:]
    /// Files the store remembers that are gone.
    var removed: Set<String> = []
    /// The manifest, from bundle.yaml.
    var manifest: BundleManifest?
    /// Items of the read files, with the file each is in.
    var items: [ItemKey: BundleItem] = [:]
    var fileOf: [ItemKey: String] = [:]
    var warnings: [Diagnostic] = []

    /// Whether `path` was read (changed, new or bundle.yaml) or removed: its old baseline entries no
    /// longer describe it.
    func wasRead(_ path: String) -> Bool {
        read[path] != nil || removed.contains(path)
    }
}
