import KefuCore

/// How one item merged, without the item's versions: what a pull's report shows. Small, so a pull of a
/// large remote need not hold every item it took while the folder is written afterwards.
public struct MergeOutcome: Sendable, Hashable {
    public let key: ItemKey
    /// Which row of the three-way table applied.
    public let outcome: ItemMerge.Outcome
    public let conflict: MergeConflict?
    /// Whether the store changed.
    public let changesStore: Bool

    public init(_ merge: PlannedMerge) {
        key = merge.key
        outcome = merge.merge.outcome
        conflict = merge.merge.conflict
        changesStore = merge.changesStore
    }
}
