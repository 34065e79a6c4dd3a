import GRDB
import KefuCore

/// The current version of one item: what the assistant answers from.
public struct StoredItem: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "item"

    public var kind: ItemKind
    public var itemID: String
    /// The canonical JSON of the item.
    public var content: String
    public var hash: String
    /// Where the item is filed in the working folder.
    public var file: String
    public var line: Int?
    public var column: Int?
    /// The item's own revision number of this version (1 for the first).
    public var revision: Int

    public init(
        kind: ItemKind, itemID: String, content: String, hash: String, file: String, line: Int?, column: Int?,
        revision: Int
    ) {
        self.kind = kind
        self.itemID = itemID
        self.content = content
        self.hash = hash
        self.file = file
        self.line = line
        self.column = column
        self.revision = revision
    }

    /// Read by column name rather than through `Decodable`: the engine reads every item on each start,
    /// and the decoder cost 40 ms of a 330 ms `kefu ask` on 23,500 items.
    public init(row: Row) throws {
        let kindName: String = row["kind"]
        guard let kind = ItemKind(rawValue: kindName) else { throw StoreError.unknownKind(kindName) }
        self.init(
            kind: kind, itemID: row["itemID"], content: row["content"], hash: row["hash"], file: row["file"],
            line: row["line"], column: row["column"], revision: row["revision"])
    }

    public enum Columns {
        public static let kind = Column(CodingKeys.kind)
        public static let itemID = Column(CodingKeys.itemID)
        public static let hash = Column(CodingKeys.hash)
        public static let file = Column(CodingKeys.file)
    }

    /// The item's key; ids in the store were validated on the way in.
    public var key: ItemKey { ItemKey(kind: kind, id: ItemID(trusted: itemID)) }

    /// The content hash.
    public var contentHash: ContentHash { ContentHash(hex: hash) }

    /// Where the item stands in its file, as last read (line 1 when not known).
    public var location: SourceLocation { SourceLocation(file: file, line: line ?? 1, column: column ?? 1) }
}
