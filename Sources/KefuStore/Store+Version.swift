import GRDBSQLite

extension Store {
    /// The version of the SQLite library in use, asked of the library itself (no database is opened,
    /// since every kefu start builds the `--version` text).
    public static var sqliteVersion: String {
        String(cString: sqlite3_libversion())
    }
}
