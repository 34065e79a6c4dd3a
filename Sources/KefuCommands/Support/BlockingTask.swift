import Foundation

/// Runs async work to its end from a synchronous command (the commands are swift-argument-parser's
/// synchronous ones; the HTTP server is async), rethrowing what it threw.
enum BlockingTask {
    static func run(_ work: @escaping @Sendable () async throws -> Void) throws {
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        Task {
            do { try await work() } catch { outcome.failure = error }
            done.signal()
        }
        done.wait()
        if let failure = outcome.failure { throw failure }
    }

    /// Written by the task before it signals, read after the wait: the semaphore orders the two.
    private final class Outcome: @unchecked Sendable {
        var failure: (any Error)?
    }
}
