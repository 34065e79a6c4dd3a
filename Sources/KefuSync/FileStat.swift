import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The size, modification time and inode of a file: when all three are as at the last sync, the
/// file is not read again. Whether anything changed is still decided by content hash.
public struct FileStat: Hashable, Sendable {
    public let size: Int64
    public let modifiedNanoseconds: Int64
    public let inode: Int64

    /// The stat of the file at `url`, or `nil` when there is none.
    public static func of(_ url: URL) -> FileStat? {
        of(path: url.path)
    }

    /// The stat of the file at `path`, or `nil` when there is none.
    public static func of(path: String) -> FileStat? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileStat(
            size: Int64(info.st_size),
            modifiedNanoseconds: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
            inode: Int64(info.st_ino))
    }
}
