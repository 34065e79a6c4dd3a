import GRDB

extension Store {
    /// Whether `error` is SQLite saying the disk is full or failing (SQLITE_FULL, SQLITE_IOERR and its
    /// extended codes): the transaction was rolled back, and the command can be run again with room.
    public static func isDiskFailure(_ error: any Error) -> Bool {
        guard let error = error as? DatabaseError else { return false }
        return error.resultCode == .SQLITE_FULL || error.resultCode == .SQLITE_IOERR
    }
}
