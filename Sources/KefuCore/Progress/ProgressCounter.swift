import Foundation

/// Counts units finished on any thread and reports each to a `ProgressReporter`: what a parallel loop
/// holds to say how far it is.
public final class ProgressCounter: @unchecked Sendable {
    private let task: ProgressTask
    private let total: Int
    private let reporter: (any ProgressReporter)?
    private let lock = NSLock()
    private var done = 0

    public init(_ task: ProgressTask, total: Int, reporter: (any ProgressReporter)?) {
        self.task = task
        self.total = total
        self.reporter = reporter
    }

    /// `count` more units are done.
    public func advance(by count: Int = 1) {
        guard let reporter else { return }
        let now = lock.withLock {
            done += count
            return done
        }
        reporter.report(task, done: min(now, total), of: total)
    }
}
