import KefuCore
import KefuSync

/// `kefu import --json`.
struct ImportJSON: Encodable {
    let shop: String
    let bundleID: String
    let version: Int
    let dryRun: Bool
    let added: [String]
    let changed: [String]
    let merged: [String]
    let conflicting: [String]
    /// Items an earlier import of this bundle brought that it no longer has, taken out.
    let removed: [String]
    let unchanged: Int

    init(_ manifest: ArchiveManifest, _ summary: ImportSummary, dryRun: Bool) {
        shop = manifest.shop
        bundleID = manifest.bundleID
        version = manifest.version
        self.dryRun = dryRun
        added = summary.added.map(\.description)
        changed = summary.changed.map(\.description)
        merged = summary.merged.map(\.description)
        conflicting = summary.conflicting.map(\.description)
        removed = summary.removed.map(\.description)
        unchanged = summary.unchanged
    }
}
