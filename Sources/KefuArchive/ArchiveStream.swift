import CArchive
import Foundation

/// A tar.gz or zip archive written into memory entry by entry, so an entry can still be in the making
/// while earlier ones compress (an export reads its authors file from the store meanwhile). Used from
/// one thread at a time.
public final class ArchiveStream {
    private let archive: OpaquePointer
    private let sink = Sink()
    /// The modification time recorded for every entry.
    private let date: Date

    public init(format: ArchiveFormat, date: Date = Date()) throws {
        guard let archive = archive_write_new() else { throw ArchiveRefusal.corrupt("out of memory") }
        self.archive = archive
        self.date = date
        format.configure(archive)
        // Blocks go to a buffer this stream owns, through libarchive's write callback.
        let context = Unmanaged.passUnretained(sink).toOpaque()
        let status = UTF8Locale.run {
            archive_write_open2(
                archive, context, nil,
                { _, context, buffer, length in
                    guard let context, let buffer else { return -1 }
                    Unmanaged<Sink>.fromOpaque(context).takeUnretainedValue().data.append(
                        buffer.assumingMemoryBound(to: UInt8.self), count: length)
                    return length
                }, nil, nil)
        }
        guard status == ARCHIVE_OK else { throw ArchiveRefusal.corrupt(Self.error(archive)) }
    }

    deinit {
        archive_write_free(archive)
    }

    /// Adds `entry` as a plain file.
    public func append(_ entry: ArchiveEntry) throws {
        try UTF8Locale.run {
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
    }

    /// Closes the archive and gives its bytes.
    public func finish() throws -> Data {
        try UTF8Locale.run {
            guard archive_write_close(archive) == ARCHIVE_OK else { throw ArchiveRefusal.corrupt(Self.error(archive)) }
        }
        return sink.data
    }

    private final class Sink {
        var data = Data()
    }

    private static func error(_ archive: OpaquePointer) -> String {
        archive_error_string(archive).map { String(cString: $0) } ?? "cannot write the archive"
    }
}
