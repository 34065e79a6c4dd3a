import GRDB

extension Store {
    /// The version of the SQLite library in use.
    public static func sqliteVersion() throws -> String {
        try DatabaseQueue().read { db in try String.fetchOne(db, sql: "SELECT sqlite_version()") ?? "?" }
    }
}
