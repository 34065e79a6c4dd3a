/// The archive formats kefu writes and reads.
public enum ArchiveFormat: String, CaseIterable, Sendable {
    /// A POSIX tar stream compressed with gzip.
    case tarGzip = "tar.gz"
    case zip
}
