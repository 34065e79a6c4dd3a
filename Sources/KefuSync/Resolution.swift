import KefuBundle
import KefuCore
import KefuStore

/// `kefu resolve KIND/ID`: settles an open conflict with ours, theirs, or an item a person wrote.
public enum Resolution: Sendable {
    case ours
    case theirs
    case item(BundleItem)
    /// Each conflicting field settled on its own, to the side named for it (ours where none is named);
    /// a conflict on the whole item takes ours.
    case fields([String: ConflictSide])

    /// The store change that settles the conflict on `key`.
    /// - Throws: `ResolutionError.noConflict` when `key` has no open conflict.
    public func change(for key: ItemKey, in store: Store, author: String) throws -> StoreChange {
        guard let conflict = try store.conflict(on: key) else { throw ResolutionError.noConflict(key) }
        let current = try store.item(key)
        let chosen: BundleItem?
        switch self {
        case .ours: chosen = try settled(conflict, with: conflict.ours, merged: current?.content)
        case .theirs: chosen = try settled(conflict, with: conflict.theirs, merged: current?.content)
        case .item(let item): chosen = item
        case .fields(let sides): chosen = try settled(conflict, by: sides, merged: current?.content)
        }
        var change = StoreChange(
            changeset: Changeset(
                operation: .resolve, source: conflict.source, author: author, summary: "kefu resolve \(key)"))
        change.resolved = [key]
        if let chosen {
            let staged = StagedItem(chosen, file: current?.file ?? key.kind.defaultFile)
            if staged.hash.hex != current?.hash { change.puts = [staged] }
        } else if current != nil {
            change.deletes = [key]
        }
        return change
    }

    /// The item a side settles the conflict to. A conflict on fields settles only those fields: the store
    /// holds the merge (ours in the conflicting fields, every clean change of either side elsewhere), and
    /// that merge is kept around the side's values, so a similar question merged in from the other side
    /// is not dropped. A conflict on the whole item (added on both sides, deleted on one) takes the side.
    private func settled(_ conflict: Conflict, with side: String?, merged: String?) throws -> BundleItem? {
        let kind = conflict.kind
        let sideItem = try side.map { try CanonicalForm.item(kind: kind, canonical: $0) }
        let fields = conflict.fieldNames
        guard !fields.isEmpty, let sideItem, let merged else { return sideItem }
        var settled = try CanonicalForm.item(kind: kind, canonical: merged)
        for field in fields { settled.fields[field] = sideItem.fields[field] }
        return settled
    }

    /// The merge with each conflicting field taken from the side `sides` names for it.
    private func settled(_ conflict: Conflict, by sides: [String: ConflictSide], merged: String?) throws
        -> BundleItem?
    {
        let kind = conflict.kind
        let fields = conflict.fieldNames
        guard !fields.isEmpty, let merged, let ours = conflict.ours, let theirs = conflict.theirs else {
            return try conflict.ours.map { try CanonicalForm.item(kind: kind, canonical: $0) }
        }
        let items: [ConflictSide: BundleItem] = [
            .ours: try CanonicalForm.item(kind: kind, canonical: ours),
            .theirs: try CanonicalForm.item(kind: kind, canonical: theirs),
        ]
        var settled = try CanonicalForm.item(kind: kind, canonical: merged)
        for field in fields { settled.fields[field] = items[sides[field] ?? .ours]?.fields[field] }
        return settled
    }
}
