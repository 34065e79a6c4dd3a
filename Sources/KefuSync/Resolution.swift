import KefuBundle
import KefuCore
import KefuStore

/// `kefu resolve KIND/ID`: settles an open conflict with ours, theirs, or an item a person wrote.
public enum Resolution: Sendable {
    case ours
    case theirs
    case item(BundleItem)

    /// The store change that settles the conflict on `key`.
    /// - Throws: `ResolutionError.noConflict` when `key` has no open conflict.
    public func change(for key: ItemKey, in store: Store, author: String) throws -> StoreChange {
        guard let conflict = try store.conflict(on: key) else { throw ResolutionError.noConflict(key) }
        let chosen: BundleItem?
        switch self {
        case .ours: chosen = try conflict.ours.map { try CanonicalForm.item(kind: key.kind, canonical: $0) }
        case .theirs: chosen = try conflict.theirs.map { try CanonicalForm.item(kind: key.kind, canonical: $0) }
        case .item(let item): chosen = item
        }
        var change = StoreChange(
            changeset: Changeset(
                operation: .resolve, source: conflict.source, author: author, summary: "kefu resolve \(key)"))
        change.resolved = [key]
        let current = try store.item(key)
        if let chosen {
            let staged = StagedItem(chosen, file: current?.file ?? key.kind.defaultFile)
            if staged.hash.hex != current?.hash { change.puts = [staged] }
        } else if current != nil {
            change.deletes = [key]
        }
        return change
    }
}
