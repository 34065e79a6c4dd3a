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
    /// `fields`, `both-added`, `deleted-by-ours` or `deleted-by-theirs`.
    public var reason: String
    /// The fields changed differently on both sides, comma-separated; empty for add/add or delete/modify.
    public var fields: String
    /// The item's revision numbers holding ours and theirs, so `kefu show --rev` shows either side.
    public var oursRevision: Int?
    public var theirsRevision: Int?
    public var detectedAt: Date
    public var changesetID: Int64

    public enum Columns {
        public static let kind = Column(CodingKeys.kind)
        public static let itemID = Column(CodingKeys.itemID)
    }

    /// `fields` as a list.
    public var fieldNames: [String] { fields.split(separator: ",").map(String.init) }

    /// The item's key; ids in the store were validated on the way in.
    public var key: ItemKey { ItemKey(kind: kind, id: ItemID(trusted: itemID)) }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
