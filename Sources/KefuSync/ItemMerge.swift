import KefuCore

/// The outcome of the three-way rule for one item.
public struct ItemMerge: Hashable, Sendable {
    /// Which row of the three-way table applied.
    public enum Outcome: String, Hashable, Sendable {
        /// Neither side changed it.
        case unchanged
        /// Only theirs changed it: take theirs (fast-forward).
        case takeTheirs = "take-theirs"
        /// Only ours changed it: keep ours.
        case keepOurs = "keep-ours"
        /// Both changed it the same way.
        case converged
        /// Both changed it differently and the fields merged cleanly.
        case merged
        /// Both changed it in ways that cannot be merged.
        case conflict
    }

    public let outcome: Outcome
    /// What the item is after the merge; `nil` when it does not exist. After a conflict on fields it
    /// is the merge with ours in the conflicting fields, so the other fields' changes still apply.
    public let result: BundleItem?
    /// Set when `outcome` is `.conflict`.
    public let conflict: MergeConflict?

    init(_ outcome: Outcome, _ result: BundleItem?, conflict: MergeConflict? = nil) {
        self.outcome = outcome
        self.result = result
        self.conflict = conflict
    }
}
