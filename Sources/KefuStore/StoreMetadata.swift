import GRDB

/// Facts about the store as a whole (the bundle id, the format), as key and value.
struct StoreMetadata: Codable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "meta"

    var key: String
    var value: String

    static let bundleIDKey = "bundleID"
    static let bundleVersionKey = "bundleVersion"
}
