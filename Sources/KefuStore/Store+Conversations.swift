import Foundation
import GRDB
import KefuCore

extension Store {
    /// Appends messages to the conversation log in one transaction. A replayed chat log replaces what
    /// an earlier replay of the same sessions logged, so replaying a log twice does not count it twice.
    public func log(_ messages: [LoggedMessage]) throws {
        guard !messages.isEmpty else { return }
        try writer.write { db in
            let replayed = Set(messages.filter { $0.origin == .replay }.map(\.session))
            for session in replayed {
                try db.execute(
                    sql: "DELETE FROM conversationMessage WHERE origin = ? AND session = ?",
                    arguments: [LoggedMessage.Origin.replay.rawValue, session])
            }
            for var message in messages { try message.insert(db) }
        }
    }

    /// The logged messages from `since` on (all when `nil`), of one `session` when given, in time order,
    /// then in the order logged.
    public func loggedMessages(since: Date? = nil, session: String? = nil) throws -> [LoggedMessage] {
        try writer.read { db in
            var request = LoggedMessage.order(Column("time"), Column("id"))
            if let since { request = request.filter(Column("time") >= since) }
            if let session { request = request.filter(Column("session") == session) }
            return try request.fetchAll(db)
        }
    }
}
