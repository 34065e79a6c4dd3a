import KefuCore
import KefuSync

/// What an import does to each item, counted for a person.
struct ImportSummary {
    var added: [ItemKey] = []
    var changed: [ItemKey] = []
    var merged: [ItemKey] = []
    var conflicting: [ItemKey] = []
    var unchanged = 0

    init(_ plan: [PlannedMerge]) {
        for merge in plan {
            if merge.merge.conflict != nil {
                conflicting.append(merge.key)
            } else if merge.merge.outcome == .merged {
                merged.append(merge.key)
            } else if merge.changesStore {
                if merge.ours == nil { added.append(merge.key) } else { changed.append(merge.key) }
            } else {
                unchanged += 1
            }
        }
    }
}

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
        unchanged = summary.unchanged
    }
}
