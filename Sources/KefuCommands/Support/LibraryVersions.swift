import CArchive
import CEdit
import KefuStore

/// The versions of the system libraries kefu runs on, for `kefu --version` and bug reports.
enum LibraryVersions {
    static var summary: String {
        let archive = String(cString: archive_version_string())
        return "SQLite \(Store.sqliteVersion), \(archive), libedit \(LIBEDIT_MAJOR).\(LIBEDIT_MINOR)"
    }
}
