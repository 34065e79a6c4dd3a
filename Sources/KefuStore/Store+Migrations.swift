import GRDB

extension Store {
    /// The schema, one migration per change; a migration once released is never edited.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: "meta") { table in
                table.primaryKey("key", .text)
                table.column("value", .text).notNull()
            }
            try db.create(table: "changeset") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("operation", .text).notNull()
                table.column("source", .text).notNull()
                table.column("author", .text).notNull()
                table.column("createdAt", .datetime).notNull()
                table.column("summary", .text).notNull()
            }
            try db.create(table: "revision") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("kind", .text).notNull()
                table.column("itemID", .text).notNull()
                table.column("number", .integer).notNull()
                table.column("changesetID", .integer).notNull().references("changeset")
                table.column("hash", .text)
                table.column("content", .text)
                table.column("file", .text)
                table.column("line", .integer)
                // "theirs" for the other side of a conflict, kept so it can be shown but never current.
                table.column("side", .text)
                table.uniqueKey(["kind", "itemID", "number"])
            }
            try db.create(index: "revisionByChangeset", on: "revision", columns: ["changesetID"])
            try db.create(table: "item") { table in
                table.column("kind", .text).notNull()
                table.column("itemID", .text).notNull()
                table.column("content", .text).notNull()
                table.column("hash", .text).notNull()
                table.column("file", .text).notNull()
                table.column("line", .integer)
                table.column("column", .integer)
                table.column("revision", .integer).notNull()
                table.primaryKey(["kind", "itemID"])
            }
            try db.create(table: "baseline") { table in
                table.column("source", .text).notNull()
                table.column("kind", .text).notNull()
                table.column("itemID", .text).notNull()
                table.column("hash", .text).notNull()
                table.column("content", .text).notNull()
                table.column("file", .text)
                table.column("line", .integer)
                table.primaryKey(["source", "kind", "itemID"])
            }
            try db.create(index: "baselineByFile", on: "baseline", columns: ["source", "file"])
            try db.create(table: "conflict") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("kind", .text).notNull()
                table.column("itemID", .text).notNull()
                table.column("source", .text).notNull()
                table.column("base", .text)
                table.column("ours", .text)
                table.column("theirs", .text)
                table.column("oursAuthor", .text).notNull()
                table.column("theirsAuthor", .text).notNull()
                table.column("reason", .text).notNull()
                table.column("fields", .text).notNull()
                table.column("oursRevision", .integer)
                table.column("theirsRevision", .integer)
                table.column("detectedAt", .datetime).notNull()
                table.column("changesetID", .integer).notNull().references("changeset")
                table.uniqueKey(["kind", "itemID"])
            }
            try db.create(table: "fileState") { table in
                table.primaryKey("path", .text)
                table.column("size", .integer).notNull()
                table.column("modifiedNanoseconds", .integer).notNull()
                table.column("inode", .integer).notNull()
                table.column("hash", .text).notNull()
            }
            try db.create(table: "pendingWrite") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("path", .text).notNull().unique()
                table.column("temporary", .text)
            }
            try createShopDataTables(db)
        }
        migrator.registerMigration("v2-remotes") { db in
            try db.create(table: "remote") { table in
                table.primaryKey("name", .text)
                table.column("kind", .text).notNull()
                table.column("target", .text).notNull()
                table.column("version", .text)
            }
        }
        // Conversations the engine keeps between `kefu ask --session` calls, and the handoff tickets
        // they raised (open tickets per agent are the load that routing balances).
        migrator.registerMigration("v3-sessions") { db in
            try db.create(table: "session") { table in
                table.primaryKey("id", .text)
                table.column("state", .text).notNull()
                table.column("updatedAt", .datetime).notNull()
            }
            try db.create(table: "ticket") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("session", .text).notNull().indexed()
                table.column("agent", .text)
                table.column("reason", .text).notNull()
                table.column("priority", .text).notNull()
                table.column("summary", .text).notNull()
                table.column("createdAt", .datetime).notNull()
                table.column("open", .boolean).notNull().defaults(to: true)
            }
        }
        // The conversation log that reports read: one row per buyer message, personal data masked.
        migrator.registerMigration("v4-conversations") { db in
            try db.create(table: "conversationMessage") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("origin", .text).notNull()
                table.column("channel", .text).notNull()
                table.column("session", .text).notNull().indexed()
                table.column("buyer", .text)
                table.column("time", .datetime).notNull().indexed()
                table.column("type", .text).notNull()
                table.column("text", .text).notNull()
                table.column("locale", .text).notNull()
                table.column("language", .text)
                table.column("decision", .text).notNull()
                table.column("reply", .text)
                table.column("source", .text)
                table.column("intent", .text)
                table.column("confidence", .double)
                table.column("handoffReason", .text)
                table.column("handoffTrigger", .text)
                table.column("micros", .double).notNull()
                table.column("humanReply", .text)
                table.column("humanReplyTime", .datetime)
            }
        }
        // Tickets that live and end (open -> claimed -> closed, and who and when), and buyers' ratings of
        // the bot's replies, kept on the logged message they rate.
        migrator.registerMigration("v5-ticket-lifecycle") { db in
            try db.alter(table: "ticket") { table in
                table.add(column: "state", .text).notNull().defaults(to: TicketRecord.State.open.rawValue)
                table.add(column: "claimedBy", .text)
                table.add(column: "claimedAt", .datetime)
                table.add(column: "closedBy", .text)
                table.add(column: "closedAt", .datetime)
                table.add(column: "outcome", .text)
            }
            try db.execute(sql: "UPDATE ticket SET state = 'closed' WHERE NOT open")
            try db.alter(table: "ticket") { table in table.drop(column: "open") }
            try db.create(index: "ticketByState", on: "ticket", columns: ["state"])
            try db.alter(table: "conversationMessage") { table in
                table.add(column: "rating", .integer)
                table.add(column: "ratingComment", .text)
            }
        }
        // Reminders the shop sent first: each order and reminder once, and a buyer's count per day.
        migrator.registerMigration("v6-reminders") { db in
            try db.create(table: "sentReminder") { table in
                table.column("orderID", .text).notNull()
                table.column("reminder", .text).notNull()
                table.column("buyer", .text)
                table.column("sentAt", .datetime).notNull().indexed()
                table.primaryKey(["orderID", "reminder"])
            }
        }
        // A revision pulled from a teammate keeps who made it and when (the changeset is the pull).
        migrator.registerMigration("v7-revision-authors") { db in
            try db.alter(table: "revision") { table in
                table.add(column: "author", .text)
                table.add(column: "authoredAt", .datetime)
            }
        }
        return migrator
    }

    /// Shop data from `data/*.csv`: the columns of Documentation/BundleFormat.md, plus `extra` (JSON) for any other
    /// column a seller adds, which templates can still use.
    private static func createShopDataTables(_ db: Database) throws {
        try db.create(table: "product") { table in
            table.primaryKey("sku", .text)
            table.column("title", .text)
            table.column("sizes", .text)
            table.column("stock", .text)
            table.column("price", .double)
            table.column("tiers", .text)
            table.column("moq", .integer)
            table.column("extra", .text).notNull().defaults(to: "{}")
        }
        try db.create(table: "shopOrder") { table in
            table.primaryKey("orderID", .text)
            table.column("buyer", .text)
            table.column("status", .text).notNull()
            table.column("carrier", .text)
            table.column("tracking", .text)
            table.column("lastEvent", .text)
            table.column("refundStatus", .text)
            table.column("extra", .text).notNull().defaults(to: "{}")
        }
        try db.create(index: "orderByBuyer", on: "shopOrder", columns: ["buyer"])
        try db.create(table: "buyer") { table in
            table.primaryKey("buyerID", .text)
            table.column("tags", .text)
            table.column("region", .text)
            table.column("disputes72h", .integer).notNull().defaults(to: 0)
            table.column("extra", .text).notNull().defaults(to: "{}")
        }
        try db.create(table: "sizeChart") { table in
            table.primaryKey("size", .text)
            table.column("heightMin", .double)
            table.column("heightMax", .double)
            table.column("weightMin", .double)
            table.column("weightMax", .double)
        }
    }
}
