/// Why an archive's contents were refused after it was read safely.
public enum BundleArchiveError: Error, Equatable, Sendable {
    /// No `kefu-manifest.json`, or one that cannot be read.
    case missingManifest
    case invalidManifest(String)
    /// A file's bytes do not match the manifest's checksum.
    case checksumMismatch(String)
    /// A file the manifest does not list.
    case unlistedFile(String)
    /// A file the manifest lists that is not in the archive.
    case missingFile(String)
    /// Conflicts are open; an export would publish one side silently.
    case conflictsOpen(count: Int)
}
