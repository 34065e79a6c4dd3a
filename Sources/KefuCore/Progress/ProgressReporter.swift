/// Long work reported as it goes, so that a front end can draw a bar (`kefu sync` on a terminal): each
/// call says how many of a task's units are done. Libraries report; only the command line draws.
public protocol ProgressReporter: Sendable {
    /// `done` of `total` units of `task` are finished; called again with `done == total` at the end.
    func report(_ task: ProgressTask, done: Int, of total: Int)
}
