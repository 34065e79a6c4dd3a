import GRDB
import KefuCore

/// The conversation log's rows are kept in the `conversationMessage` table, one column per field.
extension LoggedMessage: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "conversationMessage"

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
