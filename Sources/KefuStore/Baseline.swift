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

    public enum Columns {
        public static let source = Column(CodingKeys.source)
    }
}
