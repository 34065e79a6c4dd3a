import Foundation

/// Writes entries as a tar.gz or zip archive into memory.
public struct ArchiveWriter: Sendable {
    public let format: ArchiveFormat
    /// The modification time recorded for every entry.
    public let date: Date

    public init(format: ArchiveFormat, date: Date = Date()) {
        self.format = format
        self.date = date
    }

    /// The archive's bytes.
    public func write(_ entries: [ArchiveEntry]) throws -> Data {
        let stream = try ArchiveStream(format: format, date: date)
        for entry in entries { try stream.append(entry) }
        return try stream.finish()
    }
}
