import CArchive
import Foundation
import KefuArchive

/// Archives built entry by entry through libarchive's writer, with whatever names and file types a
/// test asks for: the hostile archives an importer must refuse.
public enum RawArchive {
    /// One entry as written: a name, a type, content, and a link target for links.
    public struct Entry: Sendable {
        public enum Kind: Sendable {
            case file, directory, symlink(String), hardlink(String), fifo, characterDevice
        }

        public var path: String
        public var kind: Kind
        public var data: Data

        public init(_ path: String, _ text: String = "", kind: Kind = .file) {
            self.path = path
            self.kind = kind
            self.data = Data(text.utf8)
        }

        public init(_ path: String, data: Data) {
            self.path = path
            self.kind = .file
            self.data = data
        }
    }

    /// The archive's bytes; `options` go to `archive_write_set_options` (e.g. zip encryption), with
    /// `passphrase` for encrypted zips.
    public static func make(
        _ entries: [Entry], format: ArchiveFormat = .tarGzip, options: String? = nil, passphrase: String? = nil
    )
        throws -> Data
    {
        try UTF8Locale.run { try write(entries, format: format, options: options, passphrase: passphrase) }
    }

    private static func write(_ entries: [Entry], format: ArchiveFormat, options: String?, passphrase: String?) throws
        -> Data
    {
        let directory = FileManager.default.temporaryDirectory.appending(path: "raw-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appending(path: "archive")
        guard let archive = archive_write_new() else { throw RawArchiveError.libarchive("archive_write_new") }
        defer { archive_write_free(archive) }
        format.configure(archive)
        if let options, archive_write_set_options(archive, options) != ARCHIVE_OK { throw error(archive) }
        if let passphrase, archive_write_set_passphrase(archive, passphrase) != ARCHIVE_OK { throw error(archive) }
        guard archive_write_open_filename(archive, file.path) == ARCHIVE_OK else { throw error(archive) }
        for entry in entries {
            guard let header = archive_entry_new() else { throw RawArchiveError.libarchive("archive_entry_new") }
            defer { archive_entry_free(header) }
            archive_entry_set_pathname_utf8(header, entry.path)
            archive_entry_set_perm(header, 0o644)
            switch entry.kind {
            case .file:
                archive_entry_set_filetype(header, 0o100000)
                archive_entry_set_size(header, la_int64_t(entry.data.count))
            case .directory: archive_entry_set_filetype(header, 0o040000)
            case .symlink(let target):
                archive_entry_set_filetype(header, 0o120000)
                archive_entry_set_symlink(header, target)
            case .hardlink(let target):
                archive_entry_set_filetype(header, 0o100000)
                archive_entry_set_hardlink(header, target)
            case .fifo: archive_entry_set_filetype(header, 0o010000)
            case .characterDevice:
                archive_entry_set_filetype(header, 0o020000)
                archive_entry_set_rdev(header, dev_t(0x0501))
            }
            guard archive_write_header(archive, header) == ARCHIVE_OK else { throw error(archive) }
            if case .file = entry.kind, !entry.data.isEmpty {
                _ = entry.data.withUnsafeBytes { archive_write_data(archive, $0.baseAddress, $0.count) }
            }
        }
        guard archive_write_close(archive) == ARCHIVE_OK else { throw error(archive) }
        return try Data(contentsOf: file)
    }

    private static func error(_ archive: OpaquePointer) -> RawArchiveError {
        .libarchive(archive_error_string(archive).map { String(cString: $0) } ?? "unknown")
    }
}
