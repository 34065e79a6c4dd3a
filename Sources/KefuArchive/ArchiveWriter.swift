import CArchive
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
        try UTF8Locale.run { try writeInUTF8Locale(entries) }
    }

    private func writeInUTF8Locale(_ entries: [ArchiveEntry]) throws -> Data {
        guard let archive = archive_write_new() else { throw ArchiveRefusal.corrupt("out of memory") }
        defer { archive_write_free(archive) }
        format.configure(archive)

        // Blocks go to a buffer this writer owns, through libarchive's write callback.
        let sink = Sink()
        let context = Unmanaged.passUnretained(sink).toOpaque()
        let status = archive_write_open2(
            archive, context, nil,
            { _, context, buffer, length in
                guard let context, let buffer else { return -1 }
                Unmanaged<Sink>.fromOpaque(context).takeUnretainedValue().data.append(
                    buffer.assumingMemoryBound(to: UInt8.self), count: length)
                return length
            }, nil, nil)
        guard status == ARCHIVE_OK else { throw ArchiveRefusal.corrupt(Self.error(archive)) }
        for entry in entries {
            guard let header = archive_entry_new() else { throw ArchiveRefusal.corrupt("out of memory") }
            defer { archive_entry_free(header) }
            archive_entry_set_pathname_utf8(header, entry.path)
            archive_entry_set_size(header, la_int64_t(entry.data.count))
            archive_entry_set_filetype(header, 0o100000)
            archive_entry_set_perm(header, 0o644)
            archive_entry_set_mtime(header, time_t(date.timeIntervalSince1970), 0)
            guard archive_write_header(archive, header) == ARCHIVE_OK else {
                throw ArchiveRefusal.corrupt(Self.error(archive))
            }
            let written = entry.data.withUnsafeBytes { archive_write_data(archive, $0.baseAddress, $0.count) }
            guard written == entry.data.count else { throw ArchiveRefusal.corrupt(Self.error(archive)) }
        }
        guard archive_write_close(archive) == ARCHIVE_OK else { throw ArchiveRefusal.corrupt(Self.error(archive)) }
        return withExtendedLifetime(sink) { sink.data }
    }

    private final class Sink {
        var data = Data()
    }

    private static func error(_ archive: OpaquePointer) -> String {
        archive_error_string(archive).map { String(cString: $0) } ?? "cannot write the archive"
    }
}
