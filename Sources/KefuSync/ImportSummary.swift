import KefuCore

/// What an import does to each item, for a person: the merge plan covers the items that differ from
/// the store, so the unchanged ones are the rest of the `items` the archive or sheet holds (its settings
/// are the importing shop's own, never imported).
public struct ImportSummary: Sendable {
    public var added: [ItemKey] = []
    public var changed: [ItemKey] = []
    public var merged: [ItemKey] = []
    public var conflicting: [ItemKey] = []
    /// Items the source no longer has, taken out of the store.
    public var removed: [ItemKey] = []
    public var unchanged = 0

    public init(_ plan: [PlannedMerge], of items: some Collection<ItemKey>) {
        for merge in plan {
            if merge.merge.conflict != nil {
                conflicting.append(merge.key)
            } else if merge.merge.outcome == .merged {
                merged.append(merge.key)
            } else if merge.changesStore {
                if merge.ours == nil {
                    added.append(merge.key)
                } else if merge.merge.result == nil {
                    removed.append(merge.key)
                } else {
                    changed.append(merge.key)
                }
            }
        }
        let total = items.filter { $0 != .bundleSettings }.count
        unchanged = max(0, total - added.count - changed.count - merged.count - conflicting.count)
    }

    /// Every item of a new bundle, added.
    public init(adding keys: some Collection<ItemKey>) {
        added = keys.filter { $0 != .bundleSettings }.sorted()
    }
}
