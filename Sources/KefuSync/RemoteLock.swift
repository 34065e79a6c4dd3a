import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The lock file of a folder remote, created with `O_CREAT|O_EXCL` and holding who took it, so a
/// person can tell a live push from a dead one. It prevents collisions; correctness comes from the
/// version check made under it.
final class RemoteLock {
    static let fileName = ".kefu-lock"
    /// How long a push waits for another: `KEFU_LOCK_TIMEOUT` seconds, else 15.
    static var defaultWait: Double {
        ProcessInfo.processInfo.environment["KEFU_LOCK_TIMEOUT"].flatMap(Double.init) ?? 15
    }
    private let url: URL

    /// Takes the lock in `folder`; with `breaking`, removes a lock left by a push that died first.
    /// - Throws: `RemoteError.locked` naming the holder when someone else has it.
    init(in folder: URL, author: String, breaking: Bool, waiting timeout: Double = 15) throws {
        url = folder.appending(path: Self.fileName)
        if breaking { unlink(url.path) }
        // A push holds the lock for well under a second; wait for one in progress, and only a lock
        // held longer than `timeout` (a push that died) is reported.
        let deadline = Date().addingTimeInterval(timeout)
        var descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        while descriptor < 0 && errno == EEXIST {
            // A lock left by a push on this machine whose process is gone (killed, crashed) is stale
            // for certain; one from another machine needs a person to say so (`--break-lock`).
            if Self.isStale(url) {
                unlink(url.path)
            } else if Date() < deadline {
                usleep(20_000)
            } else {
                errno = EEXIST
                break
            }
            descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        }
        guard descriptor >= 0 else {
            guard errno == EEXIST else {
                throw RemoteError.unreadable("\(url.path): \(String(cString: strerror(errno)))")
            }
            let holder = (try? String(contentsOf: url, encoding: .utf8))?.trimmingCharacters(
                in: .whitespacesAndNewlines)
            throw RemoteError.locked(holder: holder ?? "unknown")
        }
        let holder =
            "pid \(getpid()) on \(ProcessInfo.processInfo.hostName) by \(author) since \(ISO8601DateFormatter().string(from: Date()))\n"
        _ = holder.withCString { write(descriptor, $0, strlen($0)) }
        fsync(descriptor)
        close(descriptor)
    }

    /// Whether the lock at `url` is certainly abandoned: it names a process on this host that no longer
    /// runs, or it is still empty seconds after it was made (its pusher died between creating it and
    /// writing its name, which it does at once).
    private static func isStale(_ url: URL) -> Bool {
        guard let holder = try? String(contentsOf: url, encoding: .utf8) else { return false }
        if holder.isEmpty {
            let made = (try? FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate]) as? Date
            return made.map { Date().timeIntervalSince($0) > 5 } ?? false
        }
        let words = holder.split(separator: " ")
        guard words.count > 3, words[0] == "pid", let pid = pid_t(words[1]), words[2] == "on",
            words[3] == ProcessInfo.processInfo.hostName
        else { return false }
        return kill(pid, 0) != 0 && errno == ESRCH
    }

    deinit {
        unlink(url.path)
    }
}
