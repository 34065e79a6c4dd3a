import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// An exclusive lock on a bundle's store for operations that change it (sync, resolve, rollback), so
/// two kefu processes take turns instead of interleaving their file writes. SQLite's own locking
/// still guards every transaction; this lock guards the files around them. Released on close or exit.
public final class StoreLock {
    private let descriptor: Int32

    /// How long a kefu waits for another to finish: `KEFU_LOCK_TIMEOUT` seconds, else 10.
    public static var defaultTimeout: Double {
        ProcessInfo.processInfo.environment["KEFU_LOCK_TIMEOUT"].flatMap(Double.init) ?? 10
    }

    /// Waits up to `timeout` seconds for the lock beside the store at `storeURL`.
    /// - Throws: `StoreLockError.busy` when another kefu holds it that long.
    public init(beside storeURL: URL, timeout: Double = StoreLock.defaultTimeout) throws {
        let url = storeURL.deletingLastPathComponent().appending(path: "lock")
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        descriptor = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw StoreLockError.busy }
        let deadline = Date().addingTimeInterval(timeout)
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR, Date() < deadline else {
                close(descriptor)
                throw StoreLockError.busy
            }
            usleep(20_000)
        }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
