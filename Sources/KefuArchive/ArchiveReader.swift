import CArchive
import Foundation

/// Reads an archive held in memory, entry by entry, under budgets; refuses anything that could
/// escape a bundle folder or exhaust the machine. It never uses libarchive's disk writer: entries
/// only ever become `Data`.
public struct ArchiveReader: Sendable {
    public let limits: ArchiveLimits
    /// Whether a name is one the caller's layout allows.
    public let allows: @Sendable (String) -> Bool

    public init(limits: ArchiveLimits = ArchiveLimits(), allows: @escaping @Sendable (String) -> Bool) {
        self.limits = limits
        self.allows = allows
    }

    // File types of `archive_entry_filetype`; the C macros carry casts Swift cannot import.
    private static let regularFile: UInt32 = 0o100000
    private static let directory: UInt32 = 0o040000

    /// The regular files of the tar.gz or zip archive in `data`, in archive order.
    /// - Throws: `ArchiveRefusal`, naming the first problem found.
    public func read(_ data: Data) throws -> [ArchiveEntry] {
        try UTF8Locale.run { try readInUTF8Locale(data) }
    }

    private func readInUTF8Locale(_ data: Data) throws -> [ArchiveEntry] {
        guard let archive = archive_read_new() else { throw ArchiveRefusal.corrupt("out of memory") }
        defer { archive_read_free(archive) }
        // Only the formats kefu writes: anything else is refused before it is looked at.
        archive_read_support_filter_gzip(archive)
        archive_read_support_format_tar(archive)
        archive_read_support_format_zip(archive)

        return try data.withUnsafeBytes { buffer -> [ArchiveEntry] in
            guard archive_read_open_memory(archive, buffer.baseAddress, buffer.count) == ARCHIVE_OK else {
                throw ArchiveRefusal.corrupt(Self.error(archive))
            }
            var entries: [ArchiveEntry] = []
            // Exact bytes for duplicates: Swift's String equality would take NFC and NFD as the same
            // name, and those are a collision to report, not a duplicate.
            var names: Set<[UInt8]> = []
            var folded: [String: String] = [:]
            var total = 0
            var header: OpaquePointer?
            while true {
                let status = archive_read_next_header(archive, &header)
                if status == ARCHIVE_EOF { break }
                guard status == ARCHIVE_OK || status == ARCHIVE_WARN, let entry = header else {
                    throw ArchiveRefusal.corrupt(Self.error(archive))
                }
                let raw =
                    archive_entry_pathname_utf8(entry).map { String(cString: $0) }
                    ?? archive_entry_pathname(entry).map { String(cString: $0) } ?? ""
                let path = try checkName(raw)
                if archive_entry_is_encrypted(entry) != 0 { throw ArchiveRefusal.encrypted(path) }
                if archive_entry_hardlink(entry) != nil || archive_entry_symlink(entry) != nil {
                    throw ArchiveRefusal.link(path)
                }
                let type = UInt32(archive_entry_filetype(entry))
                if type == Self.directory { continue }
                guard type == Self.regularFile else { throw ArchiveRefusal.specialFile(path) }
                guard entries.count < limits.entries else { throw ArchiveRefusal.tooManyEntries(limit: limits.entries) }
                guard names.insert(Array(path.utf8)).inserted else { throw ArchiveRefusal.duplicateName(path) }
                let key = path.precomposedStringWithCanonicalMapping.lowercased()
                if let other = folded[key] { throw ArchiveRefusal.collidingNames(other, path) }
                folded[key] = path
                guard allows(path) else { throw ArchiveRefusal.outsideLayout(path) }

                let bytes = try readData(archive, path: path, total: &total, compressed: buffer.count)
                if Self.looksLikeArchive(bytes) { throw ArchiveRefusal.nestedArchive(path) }
                entries.append(ArchiveEntry(path: path, data: bytes))
            }
            return entries
        }
    }

    /// The entry's bytes, counted as they are read: a header's size is never trusted.
    private func readData(_ archive: OpaquePointer, path: String, total: inout Int, compressed: Int) throws -> Data {
        var bytes = Data()
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { archive_read_data(archive, $0.baseAddress, $0.count) }
            if count == 0 { break }
            guard count > 0 else {
                if archive_read_has_encrypted_entries(archive) > 0 { throw ArchiveRefusal.encrypted(path) }
                throw ArchiveRefusal.corrupt("\(path): \(Self.error(archive))")
            }
            total += count
            guard bytes.count + count <= limits.bytes(forEntry: path) else {
                throw ArchiveRefusal.entryTooLarge(path, limit: limits.bytes(forEntry: path))
            }
            guard total <= limits.totalBytes else { throw ArchiveRefusal.tooLarge(limit: limits.totalBytes) }
            if total > limits.ratioFloor, total / max(compressed, 1) > limits.expansionRatio {
                throw ArchiveRefusal.expansionRatio(limit: limits.expansionRatio)
            }
            bytes.append(contentsOf: chunk[0..<count])
        }
        return bytes
    }

    /// A name that stays inside the folder it is unpacked in: relative, no `..`, no backslashes
    /// hiding either, within the length limit. A leading `./` is dropped.
    private func checkName(_ raw: String) throws -> String {
        var path = raw
        while path.hasPrefix("./") { path.removeFirst(2) }
        if path.hasSuffix("/") { path.removeLast() }
        guard path.utf8.count <= limits.pathLength else {
            throw ArchiveRefusal.pathTooLong(raw, limit: limits.pathLength)
        }
        let components = path.split(omittingEmptySubsequences: false) { $0 == "/" || $0 == "\\" }
        if path.hasPrefix("/") || path.hasPrefix("\\")
            || (components.first?.count == 2 && components.first?.last == ":")
        {
            throw ArchiveRefusal.absolutePath(raw)
        }
        if components.contains(where: { $0 == ".." }) { throw ArchiveRefusal.parentComponent(raw) }
        if path.contains("\\") || path.isEmpty { throw ArchiveRefusal.outsideLayout(raw) }
        return path
    }

    /// Whether bytes start like an archive or compressed stream (gzip, zip, bzip2, xz, 7z, tar).
    static func looksLikeArchive(_ data: Data) -> Bool {
        let magic: [[UInt8]] = [
            [0x1F, 0x8B], [0x50, 0x4B, 0x03, 0x04], [0x42, 0x5A, 0x68], [0xFD, 0x37, 0x7A, 0x58, 0x5A],
            [0x37, 0x7A, 0xBC, 0xAF],
        ]
        if magic.contains(where: { data.starts(with: $0) }) { return true }
        return data.count > 262 && data[data.startIndex + 257..<data.startIndex + 262].elementsEqual("ustar".utf8)
    }

    private static func error(_ archive: OpaquePointer) -> String {
        archive_error_string(archive).map { String(cString: $0) } ?? "unreadable archive"
    }
}
