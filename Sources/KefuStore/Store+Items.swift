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
                for key in change.deletes {
                    try delete(key, changesetID: changesetID, by: change.deletionAuthorship[key], in: db)
                }
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
                try putBaseline(change.baselinePuts, of: source, in: db)
                try putBaseline(asStored: change.baselineAsStored, of: source, in: db)
            }
            for (source, items) in change.agreeing { try putBaseline(items, of: source, in: db) }
            for path in change.fileStateDeletes { try FileState.deleteOne(db, key: path) }
            for state in change.fileStates { try state.save(db) }
            for var write in change.pendingWrites { try write.insert(db) }
            if let remote = change.remoteVersion {
                try db.execute(
                    sql: "UPDATE remote SET version = ? WHERE name = ?", arguments: [remote.version, remote.name])
            }
            return changesetID == nil ? nil : changeset
        }
    }

    /// Makes `target`'s baseline a copy of `source`'s and remembers `fileStates`, in one transaction: for a
    /// folder whose files were just written byte for byte from what `source` and the store agree on (a
    /// clone), so the folder need not be read back.
    public func copyBaseline(from source: String, to target: String, fileStates: [FileState]) throws {
        try writer.write { db in
            try db.execute(sql: "DELETE FROM baseline WHERE source = ?", arguments: [target])
            try db.execute(
                sql: """
                    INSERT INTO baseline (source, kind, itemID, hash, content, file, line)
                    SELECT ?, kind, itemID, hash, content, file, line FROM baseline WHERE source = ?
                    """,
                arguments: [target, source])
            for state in fileStates { try state.save(db) }
        }
    }

    /// Records `items` as what `source` and the store agree on.
    private func putBaseline(_ items: [StagedItem], of source: String, in db: Database) throws {
        let upsert = try db.cachedStatement(
            sql: """
                INSERT INTO baseline (source, kind, itemID, hash, content, file, line) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (source, kind, itemID) DO UPDATE SET hash = excluded.hash, content = excluded.content,
                    file = excluded.file, line = excluded.line
                """)
        for staged in items {
            try upsert.execute(arguments: [
                source, staged.key.kind.rawValue, staged.key.id.rawValue, staged.hash.hex, staged.content, staged.file,
                staged.line,
            ])
        }
    }

    /// Records the store's current version of each of `places` as what `source` and the store agree on.
    private func putBaseline(asStored places: [ItemPlace], of source: String, in db: Database) throws {
        let upsert = try db.cachedStatement(
            sql: """
                INSERT INTO baseline (source, kind, itemID, hash, content, file, line)
                SELECT ?, kind, itemID, hash, content, ?, ? FROM item WHERE kind = ? AND itemID = ?
                ON CONFLICT (source, kind, itemID) DO UPDATE SET hash = excluded.hash, content = excluded.content,
                    file = excluded.file, line = excluded.line
                """)
        for place in places {
            try upsert.execute(arguments: [
                source, place.file, place.line, place.key.kind.rawValue, place.key.id.rawValue,
            ])
            guard db.changesCount == 1 else { throw StoreError.notStored(place.key) }
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
        let kind = staged.key.kind.rawValue
        let id = staged.key.id.rawValue
        let current = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT hash, file, line FROM item WHERE kind = ? AND itemID = ?"),
            arguments: [kind, id])
        if let current, current["hash"] == staged.hash.hex {
            // Same content; only its place in the folder may have moved.
            if current["file"] != staged.file || current["line"] != staged.line { try place(staged, in: db) }
            return
        }
        let number = try nextRevisionNumber(of: staged.key, in: db)
        try db.cachedStatement(
            sql: """
                INSERT INTO revision (kind, itemID, number, changesetID, hash, content, file, line, author, authoredAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [
            kind, id, number, changesetID, staged.hash.hex, staged.content, staged.file, staged.line,
            staged.authorship?.author, staged.authorship?.at,
        ])
        try db.cachedStatement(
            sql: """
                INSERT INTO item (kind, itemID, content, hash, file, line, "column", revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (kind, itemID) DO UPDATE SET content = excluded.content, hash = excluded.hash,
                    file = excluded.file, line = excluded.line, "column" = excluded."column", revision = excluded.revision
                """
        ).execute(arguments: [
            kind, id, staged.content, staged.hash.hex, staged.file, staged.line, staged.column, number,
        ])
    }

    /// Records where an unchanged item now sits in the folder.
    private func place(_ staged: StagedItem, in db: Database) throws {
        try db.cachedStatement(
            sql: #"UPDATE item SET file = ?, line = ?, "column" = ? WHERE kind = ? AND itemID = ? AND hash = ?"#
        )
        .execute(arguments: [
            staged.file, staged.line, staged.column, staged.key.kind.rawValue, staged.key.id.rawValue,
            staged.hash.hex,
        ])
    }

    private func delete(_ key: ItemKey, changesetID: Int64, by authorship: Authorship?, in db: Database) throws {
        guard try StoredItem.deleteOne(db, key: ["kind": key.kind.rawValue, "itemID": key.id.rawValue]) else { return }
        var revision = Revision(
            id: nil, kind: key.kind, itemID: key.id.rawValue, number: try nextRevisionNumber(of: key, in: db),
            changesetID: changesetID, hash: nil, content: nil, file: nil, line: nil, side: nil,
            author: authorship?.author, authoredAt: authorship?.at)
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
                hash: theirs.hash.hex, content: theirs.content, file: theirs.file, line: theirs.line, side: "theirs",
                author: theirs.authorship?.author, authoredAt: theirs.authorship?.at)
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
            db.cachedStatement(sql: "SELECT MAX(number) FROM revision WHERE kind = ? AND itemID = ?"),
            arguments: [key.kind.rawValue, key.id.rawValue])
        return (last ?? 0) + 1
    }
}
