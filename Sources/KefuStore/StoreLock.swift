import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// An exclusive lock on a bundle's store for operations that change it (sync, resolve, rollback), so
/// two kefu processes take turns instead of interleaving their file writes. SQLite's own locking
/// still guards every transaction; this lock guards the files around them. Released on close or exit.
///
/// The holder writes who it is into the lock file (`pid 4242: kefu sync`), so a kefu that has to wait
/// can say for whom.
public final class StoreLock {
    private let descriptor: Int32

    /// How long a kefu waits for another to finish: `KEFU_LOCK_TIMEOUT` seconds, else 10.
    public static var defaultTimeout: Double {
        ProcessInfo.processInfo.environment["KEFU_LOCK_TIMEOUT"].flatMap(Double.init) ?? 10
    }

    /// Waits up to `timeout` seconds for the lock beside the store at `storeURL`, calling `waiting` once
    /// with the holder's description if it has to wait, then records `holder` as its own.
    /// - Throws: `StoreLockError.busy` when another kefu holds it that long.
    public init(
        beside storeURL: URL, holder: String, timeout: Double = StoreLock.defaultTimeout,
        waiting: (_ holder: String?) -> Void = { _ in }
    ) throws {
        let url = storeURL.deletingLastPathComponent().appending(path: "lock")
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        descriptor = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw StoreLockError.busy(holder: nil) }
        let deadline = Date().addingTimeInterval(timeout)
        var toldWaiting = false
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR, Date() < deadline else {
                let holder = Self.holder(descriptor) ?? Self.holderOnceWritten(descriptor)
                close(descriptor)
                throw StoreLockError.busy(holder: holder)
            }
            if !toldWaiting {
                toldWaiting = true
                waiting(Self.holder(descriptor))
            }
            usleep(20_000)
        }
        let line = Array("pid \(getpid()): \(holder)\n".utf8)
        ftruncate(descriptor, 0)
        _ = line.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
    }

    /// The holder's line when it took the lock a moment ago and is writing it now (it writes right
    /// after taking the lock); nil if it has written nothing within 100 ms.
    private static func holderOnceWritten(_ descriptor: Int32) -> String? {
        for _ in 0..<50 {
            usleep(2_000)
            if let holder = holder(descriptor) { return holder }
        }
        return nil
    }

    /// What the current holder wrote, on one line, or nil when it wrote nothing (yet).
    private static func holder(_ descriptor: Int32) -> String? {
        var buffer = [UInt8](repeating: 0, count: 256)
        let count = pread(descriptor, &buffer, buffer.count, 0)
        guard count > 0 else { return nil }
        let text = String(decoding: buffer[..<count], as: UTF8.self).split(separator: "\n").first.map(String.init)
        return text?.isEmpty == false ? text : nil
    }

    deinit {
        ftruncate(descriptor, 0)
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
