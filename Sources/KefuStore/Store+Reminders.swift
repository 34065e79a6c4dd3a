import Foundation
import GRDB

extension Store {
    /// Every reminder sent so far.
    public func sentReminders() throws -> [SentReminder] {
        try writer.read { db in try SentReminder.order(Column("sentAt")).fetchAll(db) }
    }

    /// How many reminders each buyer was sent from `start` on.
    public func remindersPerBuyer(since start: Date) throws -> [String: Int] {
        try writer.read { db in
            var counts: [String: Int] = [:]
            let rows = try Row.fetchAll(
                db,
                sql:
                    "SELECT buyer, COUNT(*) AS count FROM sentReminder WHERE sentAt >= ? AND buyer IS NOT NULL GROUP BY buyer",
                arguments: [start])
            for row in rows { counts[row["buyer"]] = row["count"] }
            return counts
        }
    }

    /// Records `reminders` as sent, in one transaction, and returns those that were not recorded yet: a
    /// second `kefu remind` running at the same moment gets none of the first one's, so nothing is sent twice.
    public func recordSent(_ reminders: [SentReminder]) throws -> [SentReminder] {
        try writer.write { db in
            var recorded: [SentReminder] = []
            for reminder in reminders {
                try reminder.insert(db, onConflict: .ignore)
                if db.changesCount > 0 { recorded.append(reminder) }
            }
            return recorded
        }
    }
}
