import Foundation
import GRDB
import KefuCore

/// One version an item has held: nothing is ever deleted from this table. A deletion is a revision
/// without content.
public struct Revision: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "revision"

    public var id: Int64?
    public var kind: ItemKind
    public var itemID: String
    /// The item's own revision number, counting from 1.
    public var number: Int
    public var changesetID: Int64
    /// `nil` when this revision deletes the item.
    public var hash: String?
    public var content: String?
    public var file: String?
    public var line: Int?
    /// `theirs` when this revision records the other side of a conflict and never became current.
    public var side: String?
    /// Who made this version and when, when that was not the changeset's author (a pull keeps the
    /// author of each item a teammate changed); `nil`: the changeset's.
    public var author: String?
    public var authoredAt: Date?

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let kind = Column(CodingKeys.kind)
        public static let itemID = Column(CodingKeys.itemID)
        public static let number = Column(CodingKeys.number)
        public static let changesetID = Column(CodingKeys.changesetID)
        public static let side = Column(CodingKeys.side)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The item's key; ids in the store were validated on the way in.
    public var key: ItemKey { ItemKey(kind: kind, id: ItemID(trusted: itemID)) }

    /// Who made this version and when: its own author, else its changeset's.
    public func authorship(in changeset: Changeset?) -> Authorship? {
        if let author, let authoredAt { return Authorship(author: author, at: authoredAt) }
        return changeset.map { Authorship(author: $0.author, at: $0.createdAt) }
    }

    /// Whether this revision removed the item.
    public var isDeletion: Bool { content == nil }
}
