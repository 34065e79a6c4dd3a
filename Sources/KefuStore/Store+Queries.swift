import Foundation
import GRDB
import KefuCore

extension Store {
    /// The current version of `key`, if the store holds it.
    public func item(_ key: ItemKey) throws -> StoredItem? {
        try writer.read { db in
            try StoredItem.fetchOne(db, key: ["kind": key.kind.rawValue, "itemID": key.id.rawValue])
        }
    }

    /// The current versions of `keys` that the store holds.
    public func items(_ keys: some Collection<ItemKey>) throws -> [ItemKey: StoredItem] {
        var found: [ItemKey: StoredItem] = [:]
        try forEachItem(keys) { found[$0.key] = $0 }
        return found
    }

    /// Calls `body` with the current version of each of `keys` that the store holds, one at a time, in no
    /// particular order: a sync that takes 100,000 items from the store decodes each as it is read instead
    /// of holding every item's JSON and its decoded form at once.
    public func forEachItem(_ keys: some Collection<ItemKey>, _ body: (StoredItem) throws -> Void) throws {
        try writer.read { db in
            if keys.count > Self.bulkLookupThreshold {
                let wanted = Set(keys)
                let items = try StoredItem.fetchCursor(db)
                while let item = try items.next() {
                    if wanted.contains(item.key) { try body(item) }
                }
                return
            }
            let statement = try db.cachedStatement(sql: "SELECT * FROM item WHERE kind = ? AND itemID = ?")
            for key in keys {
                if let item = try StoredItem.fetchOne(statement, arguments: [key.kind.rawValue, key.id.rawValue]) {
                    try body(item)
                }
            }
        }
    }

    /// Above this many keys, one scan of a table beats a lookup per key.
    static let bulkLookupThreshold = 512

    /// Every current item as the engine reads it, sorted by kind and id: only the columns it needs, read by
    /// position (every fresh `kefu ask` reads them all). An engine holds them for as long as it answers (it
    /// decodes an item when an answer reads it), so they are held compactly: every item's JSON in one
    /// buffer, each record's a slice of it (a buffer an item was 9 MB more at 100,000 items), and each
    /// file's name once (a bundle has a few hundred files; a copy an item was 5 MB more).
    public func contentRecords() throws -> [ContentRecord] {
        try writer.read { db in
            let rows = try Row.fetchCursor(
                db, sql: "SELECT kind, itemID, content, file, line, column FROM item ORDER BY kind, itemID")
            var json = Data()
            var read: [(key: ItemKey, json: Range<Int>, location: SourceLocation)] = []
            var files: [String: String] = [:]
            while let row = try rows.next() {
                let kindName: String = row[0]
                guard let kind = ItemKind(rawValue: kindName) else { throw StoreError.unknownKind(kindName) }
                let line: Int? = row[4]
                let column: Int? = row[5]
                let named: String = row[3]
                let file = files[named, default: named]
                files[named] = file
                let start = json.count
                try row.withUnsafeData(atIndex: 2) { json.append($0 ?? Data()) }
                read.append(
                    (
                        ItemKey(kind: kind, id: ItemID(trusted: row[1])), start..<json.count,
                        SourceLocation(file: file, line: line ?? 1, column: column ?? 1)
                    ))
            }
            // Sliced once the buffer is whole: a slice taken earlier would make the next append copy it.
            return read.map { ContentRecord(key: $0.key, json: json[$0.json], location: $0.location) }
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

    /// Every revision of `key`, oldest first, conflict sides included.
    public func revisions(of key: ItemKey) throws -> [Revision] {
        try writer.read { db in
            try Revision
                .filter(Revision.Columns.kind == key.kind.rawValue && Revision.Columns.itemID == key.id.rawValue)
                .order(Revision.Columns.number)
                .fetchAll(db)
        }
    }

    /// The revisions a changeset made, in key order.
    public func revisions(inChangeset id: Int64) throws -> [Revision] {
        try writer.read { db in
            try Revision.filter(Revision.Columns.changesetID == id)
                .order(Revision.Columns.kind, Revision.Columns.itemID, Revision.Columns.number)
                .fetchAll(db)
        }
    }

    /// The baseline of `source`: each item as it was when that source and the store last agreed.
    public func baseline(of source: String) throws -> [ItemKey: Baseline] {
        try writer.read { db in
            let rows = try Baseline.filter(Baseline.Columns.source == source).fetchAll(db)
            return Dictionary(rows.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        }
    }

    /// The hash of each item in `source`'s baseline: enough to tell what changed, without reading every
    /// entry's content (a large shop's baseline holds 100,000).
    public func baselineHashes(of source: String) throws -> [ItemKey: String] {
        try writer.read { db in
            var hashes: [ItemKey: String] = [:]
            let rows = try Row.fetchCursor(
                db, sql: "SELECT kind, itemID, hash FROM baseline WHERE source = ?", arguments: [source])
            while let row = try rows.next() {
                guard let kind = ItemKind(rawValue: row[0]) else { continue }
                hashes[ItemKey(kind: kind, id: ItemID(trusted: row[1]))] = row[2]
            }
            return hashes
        }
    }

    /// The baseline entries of `source` for `keys`.
    public func baseline(of source: String, keys: some Collection<ItemKey>) throws -> [ItemKey: Baseline] {
        if keys.count > Self.bulkLookupThreshold {
            let wanted = Set(keys)
            return try baseline(of: source).filter { wanted.contains($0.key) }
        }
        return try writer.read { db in
            var found: [ItemKey: Baseline] = [:]
            let statement = try db.cachedStatement(
                sql: "SELECT * FROM baseline WHERE source = ? AND kind = ? AND itemID = ?")
            for key in keys {
                if let row = try Baseline.fetchOne(statement, arguments: [source, key.kind.rawValue, key.id.rawValue]) {
                    found[key] = row
                }
            }
            return found
        }
    }

    /// The baseline entries of `source` filed in `files`, in file and line order.
    public func baseline(of source: String, inFiles files: some Collection<String>) throws -> [Baseline] {
        try writer.read { db in
            try Baseline.filter(Baseline.Columns.source == source && files.contains(Baseline.Columns.file))
                .order(Baseline.Columns.file, Baseline.Columns.line)
                .fetchAll(db)
        }
    }

    /// The files `source`'s baseline files its items in, each once; `nil` stands for entries filed nowhere.
    public func filesInBaseline(of source: String) throws -> [String?] {
        try writer.read { db in
            try String?.fetchAll(db, sql: "SELECT DISTINCT file FROM baseline WHERE source = ?", arguments: [source])
        }
    }

    /// Keys whose current version differs from `source`'s baseline (changed, added or removed in the
    /// store since they last agreed), found in SQL so an unchanged store costs one query.
    public func keysChangedSinceBaseline(of source: String) throws -> Set<ItemKey> {
        try writer.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT i.kind, i.itemID FROM item i
                    LEFT JOIN baseline b ON b.source = ? AND b.kind = i.kind AND b.itemID = i.itemID
                    WHERE b.hash IS NULL OR b.hash != i.hash
                    UNION
                    SELECT b.kind, b.itemID FROM baseline b
                    LEFT JOIN item i ON i.kind = b.kind AND i.itemID = b.itemID
                    WHERE b.source = ? AND i.hash IS NULL
                    """,
                arguments: [source, source])
            return Set(
                rows.compactMap { row -> ItemKey? in
                    guard let kind = ItemKind(rawValue: row[0]) else { return nil }
                    return ItemKey(kind: kind, id: ItemID(trusted: row[1]))
                })
        }
    }

    /// Items `source` held when it last agreed with the store that the store no longer holds: what a push
    /// to it would delete there.
    public func keysDeletedSinceBaseline(of source: String) throws -> [ItemKey] {
        try writer.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT b.kind, b.itemID FROM baseline b
                    LEFT JOIN item i ON i.kind = b.kind AND i.itemID = b.itemID
                    WHERE b.source = ? AND i.hash IS NULL ORDER BY b.kind, b.itemID
                    """,
                arguments: [source])
            return rows.compactMap { row -> ItemKey? in
                guard let kind = ItemKind(rawValue: row[0]) else { return nil }
                return ItemKey(kind: kind, id: ItemID(trusted: row[1]))
            }
        }
    }

    /// How many items of each kind the store holds (with `source`, how many its baseline holds).
    public func itemCounts(inBaselineOf source: String? = nil) throws -> [ItemKind: Int] {
        try writer.read { db in
            let rows =
                if let source {
                    try Row.fetchAll(
                        db, sql: "SELECT kind, count(*) FROM baseline WHERE source = ? GROUP BY kind",
                        arguments: [source])
                } else {
                    try Row.fetchAll(db, sql: "SELECT kind, count(*) FROM item GROUP BY kind")
                }
            var counts: [ItemKind: Int] = [:]
            for row in rows {
                if let kind = ItemKind(rawValue: row[0]) { counts[kind] = row[1] }
            }
            return counts
        }
    }

    /// Every changeset, newest first.
    public func changesets() throws -> [Changeset] {
        try writer.read { db in
            try Changeset.order(Changeset.Columns.id.desc).fetchAll(db)
        }
    }

    /// The newest changeset's number: it changes whenever the items do, so a long-running reader
    /// (`kefu serve`) knows when to reload. `nil` for a store that never recorded one.
    public func latestChangesetID() throws -> Int64? {
        try writer.read { db in try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM changeset") }
    }

    /// One changeset by number.
    public func changeset(_ id: Int64) throws -> Changeset? {
        try writer.read { db in try Changeset.fetchOne(db, key: id) }
    }

    /// Open conflicts, by item.
    public func conflicts() throws -> [Conflict] {
        try writer.read { db in
            try Conflict.order(Conflict.Columns.kind, Conflict.Columns.itemID).fetchAll(db)
        }
    }

    /// The open conflict on `key`, if any.
    public func conflict(on key: ItemKey) throws -> Conflict? {
        try writer.read { db in
            try Conflict.filter(
                Conflict.Columns.kind == key.kind.rawValue && Conflict.Columns.itemID == key.id.rawValue
            )
            .fetchOne(db)
        }
    }

    /// The remembered state of every working-folder file.
    public func fileStates() throws -> [String: FileState] {
        try writer.read { db in
            Dictionary(try FileState.fetchAll(db).map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        }
    }

    /// Files committed to but perhaps not yet in place.
    public func pendingWrites() throws -> [PendingWrite] {
        try writer.read { db in try PendingWrite.fetchAll(db) }
    }

    /// Forgets journal entries once their files are in place, and records those files' new state.
    public func completePendingWrites(_ ids: [Int64], fileStates: [FileState], forget forgotten: [String] = []) throws {
        try writer.write { db in
            for id in ids { try PendingWrite.deleteOne(db, key: id) }
            for path in forgotten { try FileState.deleteOne(db, key: path) }
            for state in fileStates { try state.save(db) }
        }
    }

    /// The state of every item as it was right after changeset `id`: for each item the last revision
    /// made at or before it (conflict sides aside); `nil` for items that did not exist then.
    public func itemsAsOf(changeset id: Int64) throws -> [ItemKey: Revision?] {
        try writer.read { db in
            let rows = try Revision.fetchAll(
                db,
                sql: """
                    SELECT r.* FROM revision r
                    JOIN (SELECT kind, itemID, MAX(number) AS number FROM revision
                          WHERE changesetID <= ? AND side IS NULL GROUP BY kind, itemID) latest
                    ON latest.kind = r.kind AND latest.itemID = r.itemID AND latest.number = r.number
                    """,
                arguments: [id])
            var state: [ItemKey: Revision?] = [:]
            for revision in rows { state[revision.key] = revision.isDeletion ? .some(nil) : revision }
            return state
        }
    }

    /// Who made the current version of `key`: the revision's own author (one pulled from a teammate),
    /// else the author of the changeset that wrote it.
    public func authorOfCurrentVersion(of key: ItemKey) throws -> String? {
        try writer.read { db in
            try String.fetchOne(
                db,
                sql: """
                    SELECT COALESCE(r.author, c.author) FROM item i
                    JOIN revision r ON r.kind = i.kind AND r.itemID = i.itemID AND r.number = i.revision
                    JOIN changeset c ON c.id = r.changesetID
                    WHERE i.kind = ? AND i.itemID = ?
                    """,
                arguments: [key.kind.rawValue, key.id.rawValue])
        }
    }

    /// Who made the latest version of every item the store ever held, deleted ones included (their
    /// `hash` is `nil`), ordered by the bytes of `KIND/ID`: what a push tells the team, so a pull credits
    /// each change to its real author. Each is handed to `body` as it is read, so 100,000 are never all held.
    public func forEachLatestAuthorship(_ body: (ItemKey, Authorship, _ hash: String?) throws -> Void) throws {
        try writer.read { db in
            // SQLite takes the bare columns of an aggregate query from the row holding the MAX.
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT latest.kind, latest.itemID, latest.hash,
                        COALESCE(latest.author, c.author) AS author, COALESCE(latest.authoredAt, c.createdAt) AS at
                    FROM (SELECT kind, itemID, hash, author, authoredAt, changesetID, MAX(number)
                          FROM revision WHERE side IS NULL GROUP BY kind, itemID) latest
                    JOIN changeset c ON c.id = latest.changesetID
                    ORDER BY latest.kind || '/' || latest.itemID
                    """)
            while let row = try rows.next() {
                guard let kind = ItemKind(rawValue: row["kind"]) else { continue }
                try body(
                    ItemKey(kind: kind, id: ItemID(trusted: row["itemID"])),
                    Authorship(author: row["author"], at: row["at"]), row["hash"])
            }
        }
    }
}
