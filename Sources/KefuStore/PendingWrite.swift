import GRDB

/// A file the store has committed to but that may not be in place yet: the journal that makes a
/// multi-file update of the working folder all-or-nothing. Recorded in the same transaction as the
/// store change; each rename done is then cleared. A kefu started after a kill finishes the renames.
public struct PendingWrite: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "pendingWrite"

    public var id: Int64?
    /// The bundle-relative file to put in place.
    public var path: String
    /// The bundle-relative temporary file holding its new content; `nil` when the file is to be removed.
    public var temporary: String?

    public init(path: String, temporary: String?) {
        self.path = path
        self.temporary = temporary
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
