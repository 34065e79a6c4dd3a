/// How much an archive may hold, checked against the bytes actually read (never the headers).
public struct ArchiveLimits: Sendable {
    /// At most this many entries.
    public var entries: Int
    /// At most this many bytes in one entry.
    public var bytesPerEntry: Int
    /// At most this many bytes in all entries together.
    public var totalBytes: Int
    /// At most this many bytes read per byte of archive, once more than `ratioFloor` bytes were read.
    public var expansionRatio: Int
    /// The expansion ratio is only checked past this many bytes, so small, very regular files pass.
    public var ratioFloor: Int
    /// At most this many bytes in an entry's name.
    public var pathLength: Int
    /// Entries at these exact paths may hold this many bytes instead of `bytesPerEntry`: a file that
    /// grows with the bundle (one line an item) and is read under its own budget.
    public var bytesPerNamedEntry: [String: Int] = [:]

    /// At most this many bytes in the entry at `path`.
    public func bytes(forEntry path: String) -> Int {
        bytesPerNamedEntry[path] ?? bytesPerEntry
    }

    public init(
        entries: Int = 250_000, bytesPerEntry: Int = 8 * 1024 * 1024, totalBytes: Int = 1024 * 1024 * 1024,
        expansionRatio: Int = 100, ratioFloor: Int = 4 * 1024 * 1024, pathLength: Int = 255
    ) {
        self.entries = entries
        self.bytesPerEntry = bytesPerEntry
        self.totalBytes = totalBytes
        self.expansionRatio = expansionRatio
        self.ratioFloor = ratioFloor
        self.pathLength = pathLength
    }
}
