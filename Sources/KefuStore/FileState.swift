import GRDB

/// What a working-folder file looked like at the last sync, so that an unchanged file (same size,
/// modification time and inode) need not be parsed again. Changes are still decided by content hash.
public struct FileState: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "fileState"

    public var path: String
    public var size: Int64
    public var modifiedNanoseconds: Int64
    public var inode: Int64
    /// SHA-256 of the file's bytes as last read or written.
    public var hash: String

    public init(path: String, size: Int64, modifiedNanoseconds: Int64, inode: Int64, hash: String) {
        self.path = path
        self.size = size
        self.modifiedNanoseconds = modifiedNanoseconds
        self.inode = inode
        self.hash = hash
    }
}
