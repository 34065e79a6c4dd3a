import KefuBundle
import KefuCore
import KefuStore

extension PlannedMerge {
    /// The conflict this merge found, ready to store, or `nil` when it found none. Theirs is kept as
    /// a revision of its own unless it is what the store now holds.
    func conflictDraft(
        source: String, stage: (BundleItem) -> StagedItem, store: Store, theirsAuthor: String
    ) throws -> ConflictDraft? {
        guard let conflict = merge.conflict else { return nil }
        return ConflictDraft(
            key: key, source: source, reason: conflict.reason.rawValue, fields: conflict.fields,
            base: base.map(CanonicalForm.text(of:)), ours: ours.map(CanonicalForm.text(of:)),
            theirs: theirs.flatMap { PlannedMerge.same($0, merge.result) ? nil : stage($0) },
            oursAuthor: try store.authorOfCurrentVersion(of: key) ?? "store", theirsAuthor: theirsAuthor)
    }
}
