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
