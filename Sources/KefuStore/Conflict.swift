import Foundation
import GRDB
import KefuCore

/// An item changed differently on both sides: base, ours and theirs are all kept until resolved.
/// The assistant goes on answering with ours.
public struct Conflict: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "conflict"

    public var id: Int64?
    public var kind: ItemKind
    public var itemID: String
    public var source: String
    /// Canonical JSON of each side; `nil` where the item did not exist (or was deleted).
    public var base: String?
    public var ours: String?
    public var theirs: String?
    public var oursAuthor: String
    public var theirsAuthor: String
    /// The fields changed differently on both sides, comma-separated; empty for add/add or delete/modify.
    public var fields: String
    public var detectedAt: Date
    public var changesetID: Int64

    public enum Columns {
        public static let kind = Column(CodingKeys.kind)
        public static let itemID = Column(CodingKeys.itemID)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
