import Foundation
import GRDB
import KefuCore

extension Store {
    /// Applies one operation's change in one transaction: items and their revisions (nothing is ever
    /// removed from history), conflicts, a source's baseline, file states and the write journal.
    /// - Returns: the changeset as stored, or `nil` when nothing about the items changed (then no
    ///   changeset is recorded, so repeating an operation leaves no trace).
    @discardableResult
    public func apply(_ change: StoreChange) throws -> Changeset? {
        try writer.write { db in
            var changeset = change.changeset
            var changesetID: Int64?
            if change.changesItems {
                try changeset.insert(db)
                guard let id = changeset.id else { throw StoreError.notInserted }
                changesetID = id
            }
            // Ours, as it was before this change, is what each new conflict keeps a reference to.
            var oursRevisions: [ItemKey: Int] = [:]
            for draft in change.conflicts {
                oursRevisions[draft.key] = try latestRevisionNumber(of: draft.key, in: db)
            }
            for staged in change.placements { try place(staged, in: db) }
            if let changesetID {
                for staged in change.puts { try put(staged, changesetID: changesetID, in: db) }
                for key in change.deletes { try delete(key, changesetID: changesetID, in: db) }
                for draft in change.conflicts {
                    try record(draft, oursRevision: oursRevisions[draft.key] ?? nil, changesetID: changesetID, in: db)
                }
            }
            for key in change.resolved {
                try Conflict.filter(
                    Conflict.Columns.kind == key.kind.rawValue && Conflict.Columns.itemID == key.id.rawValue
                )
                .deleteAll(db)
            }
            if let source = change.baselineSource {
                for key in change.baselineDeletes {
                    try Baseline.deleteOne(
                        db, key: ["source": source, "kind": key.kind.rawValue, "itemID": key.id.rawValue])
                }
                for staged in change.baselinePuts {
                    try Baseline(
                        source: source, kind: staged.key.kind, itemID: staged.key.id.rawValue, hash: staged.hash.hex,
                        content: staged.content, file: staged.file, line: staged.line
                    ).save(db)
                }
            }
            for path in change.fileStateDeletes { try FileState.deleteOne(db, key: path) }
            for state in change.fileStates { try state.save(db) }
            for var write in change.pendingWrites { try write.insert(db) }
            return changesetID == nil ? nil : changeset
        }
    }

    /// Records one changeset of puts and deletes, and optionally replaces a source's whole baseline.
    @discardableResult
    public func commit(
        _ changeset: Changeset, puts: [StagedItem] = [], deletes: [ItemKey] = [],
        baseline: (source: String, items: [StagedItem])? = nil
    ) throws -> Changeset {
        var change = StoreChange(changeset: changeset)
        change.puts = puts
        change.deletes = deletes
        if let baseline {
            change.baselineSource = baseline.source
            change.baselinePuts = baseline.items
            let kept = Set(baseline.items.map(\.key))
            change.baselineDeletes = try self.baseline(of: baseline.source).keys.filter { !kept.contains($0) }
        }
        if let recorded = try apply(change) { return recorded }
        // Asked for explicitly, the changeset is recorded even when nothing changed.
        return try writer.write { db in
            var recorded = changeset
            try recorded.insert(db)
            return recorded
        }
    }

    private func put(_ staged: StagedItem, changesetID: Int64, in db: Database) throws {
        let current = try StoredItem.fetchOne(
            db, key: ["kind": staged.key.kind.rawValue, "itemID": staged.key.id.rawValue])
        if current?.hash == staged.hash.hex {
            // Same content; only its place in the folder may have moved.
            if current?.file != staged.file || current?.line != staged.line {
                try db.execute(
                    sql: "UPDATE item SET file = ?, line = ?, column = ? WHERE kind = ? AND itemID = ?",
                    arguments: [
                        staged.file, staged.line, staged.column, staged.key.kind.rawValue, staged.key.id.rawValue,
                    ])
            }
            return
        }
        let number = try nextRevisionNumber(of: staged.key, in: db)
        var revision = Revision(
            id: nil, kind: staged.key.kind, itemID: staged.key.id.rawValue, number: number, changesetID: changesetID,
            hash: staged.hash.hex, content: staged.content, file: staged.file, line: staged.line, side: nil)
        try revision.insert(db)
        try StoredItem(
            kind: staged.key.kind, itemID: staged.key.id.rawValue, content: staged.content, hash: staged.hash.hex,
            file: staged.file, line: staged.line, column: staged.column, revision: number
        ).save(db)
    }

    /// Records where an unchanged item now sits in the folder.
    private func place(_ staged: StagedItem, in db: Database) throws {
        try db.execute(
            sql: "UPDATE item SET file = ?, line = ?, column = ? WHERE kind = ? AND itemID = ? AND hash = ?",
            arguments: [
                staged.file, staged.line, staged.column, staged.key.kind.rawValue, staged.key.id.rawValue,
                staged.hash.hex,
            ])
    }

    private func delete(_ key: ItemKey, changesetID: Int64, in db: Database) throws {
        guard try StoredItem.deleteOne(db, key: ["kind": key.kind.rawValue, "itemID": key.id.rawValue]) else { return }
        var revision = Revision(
            id: nil, kind: key.kind, itemID: key.id.rawValue, number: try nextRevisionNumber(of: key, in: db),
            changesetID: changesetID, hash: nil, content: nil, file: nil, line: nil, side: nil)
        try revision.insert(db)
    }

    /// Keeps theirs as a revision of its own (never current) and records the conflict, replacing
    /// any earlier one on the same item.
    private func record(_ draft: ConflictDraft, oursRevision: Int?, changesetID: Int64, in db: Database) throws {
        var theirsRevision: Int?
        if let theirs = draft.theirs {
            let number = try nextRevisionNumber(of: draft.key, in: db)
            var revision = Revision(
                id: nil, kind: draft.key.kind, itemID: draft.key.id.rawValue, number: number, changesetID: changesetID,
                hash: theirs.hash.hex, content: theirs.content, file: theirs.file, line: theirs.line, side: "theirs")
            try revision.insert(db)
            theirsRevision = number
        }
        try Conflict.filter(
            Conflict.Columns.kind == draft.key.kind.rawValue && Conflict.Columns.itemID == draft.key.id.rawValue
        )
        .deleteAll(db)
        var conflict = Conflict(
            id: nil, kind: draft.key.kind, itemID: draft.key.id.rawValue, source: draft.source, base: draft.base,
            ours: draft.ours, theirs: draft.theirs?.content, oursAuthor: draft.oursAuthor,
            theirsAuthor: draft.theirsAuthor,
            reason: draft.reason, fields: draft.fields.joined(separator: ","), oursRevision: oursRevision,
            theirsRevision: theirsRevision, detectedAt: Date(), changesetID: changesetID)
        try conflict.insert(db)
    }

    private func latestRevisionNumber(of key: ItemKey, in db: Database) throws -> Int? {
        try Int.fetchOne(
            db, sql: "SELECT MAX(number) FROM revision WHERE kind = ? AND itemID = ? AND side IS NULL",
            arguments: [key.kind.rawValue, key.id.rawValue])
    }

    private func nextRevisionNumber(of key: ItemKey, in db: Database) throws -> Int {
        let last = try Int.fetchOne(
            db, sql: "SELECT MAX(number) FROM revision WHERE kind = ? AND itemID = ?",
            arguments: [key.kind.rawValue, key.id.rawValue])
        return (last ?? 0) + 1
    }
}
