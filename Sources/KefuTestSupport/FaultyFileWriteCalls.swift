import Foundation
import KefuBundle

#if canImport(Glibc)
    import Glibc
#endif

/// File calls that fail the Nth write, fsync or rename they are asked for (counting only the calls
/// of `kinds`), once or from then on, the way a full disk or a failing drive would; every other call
/// goes to the system.
public final class FaultyFileWriteCalls: FileWriteCalls, @unchecked Sendable {
    public enum Call: String, CaseIterable, Sendable {
        case write, fsync, rename
    }

    public let kinds: Set<Call>
    public let nth: Int
    /// Whether every call after the Nth fails too (a disk that stays full).
    public let persistent: Bool
    private let counts = LockedValue((calls: 0, failures: 0))
    private let system = SystemFileWriteCalls()

    public init(failing kinds: Set<Call>, nth: Int, persistent: Bool) {
        self.kinds = kinds
        self.nth = nth
        self.persistent = persistent
    }

    /// Calls failed so far.
    public var failures: Int { counts.withLock { $0.failures } }

    private func fails(_ call: Call) -> Bool {
        guard kinds.contains(call) else { return false }
        return counts.withLock { counts in
            counts.calls += 1
            let fails = counts.calls == nth || (persistent && counts.calls > nth)
            if fails { counts.failures += 1 }
            return fails
        }
    }

    public func write(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int {
        guard !fails(.write) else {
            errno = ENOSPC
            return -1
        }
        return system.write(descriptor, bytes)
    }

    public func fsync(_ descriptor: Int32) -> Int32 {
        guard !fails(.fsync) else {
            errno = EIO
            return -1
        }
        return system.fsync(descriptor)
    }

    public func rename(_ source: String, _ target: String) -> Int32 {
        guard !fails(.rename) else {
            errno = EIO
            return -1
        }
        return system.rename(source, target)
    }
}
