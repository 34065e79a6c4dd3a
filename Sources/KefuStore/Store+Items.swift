import Foundation
import GRDB
import KefuCore

extension Store {
    /// Records one changeset: puts and deletes items, adds a revision for each (nothing is ever
    /// removed from history), and replaces the baseline of `baselineSource` when given, all in one
    /// transaction. Puts whose content equals the current item are skipped.
    /// - Returns: the changeset as stored, with its number.
    @discardableResult
    public func commit(
        _ changeset: Changeset, puts: [StagedItem] = [], deletes: [ItemKey] = [],
        baseline: (source: String, items: [StagedItem])? = nil
    ) throws -> Changeset {
        try writer.write { db in
            var changeset = changeset
            try changeset.insert(db)
            guard let changesetID = changeset.id else { throw StoreError.notInserted }
            for staged in puts {
                let current = try StoredItem.fetchOne(
                    db, key: ["kind": staged.key.kind.rawValue, "itemID": staged.key.id.rawValue])
                if current?.hash == staged.hash.hex {
                    // Same content; only its place in the folder may have moved.
                    if current?.file != staged.file || current?.line != staged.line {
                        try db.execute(
                            sql: "UPDATE item SET file = ?, line = ?, column = ? WHERE kind = ? AND itemID = ?",
                            arguments: [
                                staged.file, staged.line, staged.column, staged.key.kind.rawValue,
                                staged.key.id.rawValue,
                            ])
                    }
                    continue
                }
                let number = try nextRevisionNumber(of: staged.key, in: db)
                var revision = Revision(
                    id: nil, kind: staged.key.kind, itemID: staged.key.id.rawValue, number: number,
                    changesetID: changesetID, hash: staged.hash.hex, content: staged.content, file: staged.file,
                    line: staged.line)
                try revision.insert(db)
                try StoredItem(
                    kind: staged.key.kind, itemID: staged.key.id.rawValue, content: staged.content,
                    hash: staged.hash.hex,
                    file: staged.file, line: staged.line, column: staged.column, revision: number
                ).save(db)
            }
            for key in deletes {
                guard try StoredItem.deleteOne(db, key: ["kind": key.kind.rawValue, "itemID": key.id.rawValue]) else {
                    continue
                }
                var revision = Revision(
                    id: nil, kind: key.kind, itemID: key.id.rawValue, number: try nextRevisionNumber(of: key, in: db),
                    changesetID: changesetID, hash: nil, content: nil, file: nil, line: nil)
                try revision.insert(db)
            }
            if let baseline {
                try Baseline.filter(Baseline.Columns.source == baseline.source).deleteAll(db)
                for staged in baseline.items {
                    try Baseline(
                        source: baseline.source, kind: staged.key.kind, itemID: staged.key.id.rawValue,
                        hash: staged.hash.hex, content: staged.content
                    ).insert(db)
                }
            }
            return changeset
        }
    }

    private func nextRevisionNumber(of key: ItemKey, in db: Database) throws -> Int {
        let last = try Int.fetchOne(
            db, sql: "SELECT MAX(number) FROM revision WHERE kind = ? AND itemID = ?",
            arguments: [key.kind.rawValue, key.id.rawValue])
        return (last ?? 0) + 1
    }

    /// The current version of `key`, if the store holds it.
    public func item(_ key: ItemKey) throws -> StoredItem? {
        try writer.read { db in
            try StoredItem.fetchOne(db, key: ["kind": key.kind.rawValue, "itemID": key.id.rawValue])
        }
    }

    /// Every current item, sorted by kind and id.
    public func allItems() throws -> [StoredItem] {
        try writer.read { db in
            try StoredItem.order(StoredItem.Columns.kind, StoredItem.Columns.itemID).fetchAll(db)
        }
    }

    /// Every key the store holds now.
    public func allKeys() throws -> [ItemKey] {
        try allItems().map(\.key)
    }

    /// Every revision of `key`, oldest first.
    public func revisions(of key: ItemKey) throws -> [Revision] {
        try writer.read { db in
            try Revision
                .filter(Revision.Columns.kind == key.kind.rawValue && Revision.Columns.itemID == key.id.rawValue)
                .order(Revision.Columns.number)
                .fetchAll(db)
        }
    }

    /// The baseline of `source`: the hash and content of each item when that source and the store last agreed.
    public func baseline(of source: String) throws -> [ItemKey: Baseline] {
        try writer.read { db in
            let rows = try Baseline.filter(Baseline.Columns.source == source).fetchAll(db)
            return Dictionary(
                rows.map { (ItemKey(kind: $0.kind, id: ItemID(trusted: $0.itemID)), $0) },
                uniquingKeysWith: { first, _ in first })
        }
    }

    /// Every changeset, newest first.
    public func changesets() throws -> [Changeset] {
        try writer.read { db in
            try Changeset.order(Changeset.Columns.id.desc).fetchAll(db)
        }
    }
}
