import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The places in kefu's writes where a power cut or a `kill -9` matters most (a file written beside its
/// target, renamed into place or removed; a store transaction about to commit, or committed), named so
/// a test can stop the process dead at exactly one of them instead of at a guessed moment.
///
/// Off unless the environment asks, and then only for the process it was set for:
/// - `KEFU_CRASH_LOG=FILE` appends each point's name to FILE as it is passed, so a test learns how many
///   points an uninterrupted run passes, and in what order;
/// - `KEFU_CRASH_AT=N` sends SIGKILL to the process itself at the Nth point passed.
/// A command that passes the same points in the same order for the same input is killed at the same
/// place on every run: the kill tests are deterministic (Documentation/Reliability.md).
public enum CrashPoints {
    /// Whether a test armed the points (either variable is set); cheap to ask on every write.
    public static var isArmed: Bool { settings.isArmed }

    /// Marks one point. Does nothing unless armed.
    public static func pass(_ name: StaticString) {
        guard settings.isArmed else { return }
        settings.pass(name)
    }

    private static let settings = Settings(environment: ProcessInfo.processInfo.environment)

    private final class Settings: @unchecked Sendable {
        let isArmed: Bool
        private let killAt: Int?
        private let log: Int32
        private let lock = NSLock()
        private var passed = 0

        init(environment: [String: String]) {
            killAt = environment["KEFU_CRASH_AT"].flatMap(Int.init)
            log = environment["KEFU_CRASH_LOG"].map { open($0, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644) } ?? -1
            isArmed = killAt != nil || log >= 0
        }

        func pass(_ name: StaticString) {
            lock.lock()
            defer { lock.unlock() }
            passed += 1
            if log >= 0 {
                let line = "\(name)\n"
                _ = line.withCString { write(log, $0, strlen($0)) }
            }
            if passed == killAt { kill(getpid(), SIGKILL) }
        }
    }
}
