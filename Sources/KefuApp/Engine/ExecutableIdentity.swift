import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// This kefu's executable as one string (its size, modification time and inode): what a kept engine
/// catalog is keyed by besides the items, so that a rebuilt or upgraded kefu compiles its own rather than
/// read one whose items it might decode differently.
enum ExecutableIdentity {
    static let current: String = {
        var status = stat()
        guard let path = Bundle.main.executablePath, stat(path, &status) == 0 else {
            // Unknown: a catalog kept under this is never read by another process.
            return "unknown-\(UUID().uuidString)"
        }
        #if canImport(Darwin)
            let modified = status.st_mtimespec
        #else
            let modified = status.st_mtim
        #endif
        return "\(status.st_size)-\(modified.tv_sec).\(modified.tv_nsec)-\(status.st_ino)"
    }()
}
