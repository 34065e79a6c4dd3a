import CArchive

extension ArchiveFormat {
    /// Sets a libarchive writer up for this format. Package-wide, so test support builds its raw
    /// (hostile) archives exactly as kefu writes real ones.
    package func configure(_ archive: OpaquePointer) {
        switch self {
        case .tarGzip:
            archive_write_set_format_pax_restricted(archive)
            archive_write_add_filter_gzip(archive)
        case .zip:
            archive_write_set_format_zip(archive)
        }
    }
}
