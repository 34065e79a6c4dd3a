import KefuBundle
import KefuCore
import KefuStore

/// `kefu rollback N`: a new changeset that puts every item back as it was right after changeset N.
/// Nothing is removed from history; the rollback is itself a changeset that can be rolled back.
public enum Rollback {
    /// The store change that restores the state after changeset `id`.
    /// - Throws: `RollbackError.noSuchChangeset` when there is no such changeset.
    public static func change(to id: Int64, in store: Store, author: String) throws -> StoreChange {
        guard try store.changeset(id) != nil else { throw RollbackError.noSuchChangeset(id) }
        let then = try store.itemsAsOf(changeset: id)
        let now = Dictionary(uniqueKeysWithValues: try store.allItems().map { ($0.key, $0) })
        var change = StoreChange(
            changeset: Changeset(operation: .rollback, source: "store", author: author, summary: "kefu rollback \(id)"))
        for key in Set(then.keys).union(now.keys).sorted() {
            let wanted = then[key] ?? nil
            guard wanted?.hash != now[key]?.hash else { continue }
            if let wanted, let content = wanted.content, let hash = wanted.hash {
                change.puts.append(
                    StagedItem(
                        key: key, content: content, hash: ContentHash(hex: hash),
                        file: wanted.file ?? key.kind.defaultFile,
                        line: wanted.line))
            } else {
                change.deletes.append(key)
            }
        }
        return change
    }
}
