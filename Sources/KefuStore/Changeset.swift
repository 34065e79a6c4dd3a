import Foundation
import GRDB

/// One numbered change to the store: a sync, pull, import, resolve, rollback or edit, with who, when and
/// from where.
public struct Changeset: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "changeset"

    /// What made a changeset.
    public enum Operation: String, Codable, Sendable, CaseIterable {
        case initialize = "init"
        case sync, pull, push, `import`, resolve, rollback
        /// An item changed through a form (the console), then written to its file by the folder sync.
        case edit
    }

    public var id: Int64?
    public var operation: Operation
    /// The source the change came from or went to: `folder`, a remote's name, an archive's bundle id.
    public var source: String
    public var author: String
    public var createdAt: Date
    /// A short line for `kefu log`.
    public var summary: String

    public init(operation: Operation, source: String, author: String, createdAt: Date = Date(), summary: String = "") {
        self.operation = operation
        self.source = source
        self.author = author
        self.createdAt = createdAt
        self.summary = summary
    }

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let createdAt = Column(CodingKeys.createdAt)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
