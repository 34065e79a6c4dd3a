import Foundation

/// How many answers are being worked on, so the last one to finish writes the log.
final class RunningCount: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func enter() { lock.withLock { count += 1 } }

    /// - Returns: whether none is running any more.
    func leave() -> Bool {
        lock.withLock {
            count -= 1
            return count == 0
        }
    }
}
