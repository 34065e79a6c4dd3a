import GRDB
import KefuCore

/// What an item was when a source and the store last agreed: the `base` of the three-way merge.
public struct Baseline: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "baseline"

    public var source: String
    public var kind: ItemKind
    public var itemID: String
    public var hash: String
    /// The canonical JSON at that time, so a field-by-field merge has its base even after the
    /// store moved on.
    public var content: String
    /// Where the item was filed in the source, and on which line; used to rebuild unchanged files.
    public var file: String?
    public var line: Int?

    public init(
        source: String, kind: ItemKind, itemID: String, hash: String, content: String, file: String?, line: Int?
    ) {
        self.source = source
        self.kind = kind
        self.itemID = itemID
        self.hash = hash
        self.content = content
        self.file = file
        self.line = line
    }

    /// The item's key; ids in the store were validated on the way in.
    public var key: ItemKey { ItemKey(kind: kind, id: ItemID(trusted: itemID)) }

    public enum Columns {
        public static let source = Column(CodingKeys.source)
        public static let file = Column(CodingKeys.file)
        public static let line = Column(CodingKeys.line)
    }
}
