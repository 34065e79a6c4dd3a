import GRDB
import KefuCore

/// Marks each store transaction's commit as two crash points (just before it, just after it), so the
/// kill tests can stop kefu with a transaction open and with one just committed. Added only when a test
/// armed the points (`CrashPoints`).
final class CommitCrashPoints: TransactionObserver {
    func observes(eventsOfKind eventKind: DatabaseEventKind) -> Bool { false }
    func databaseDidChange(with event: DatabaseEvent) {}
    func databaseWillCommit() throws { CrashPoints.pass("store transaction about to commit") }
    func databaseDidCommit(_ db: Database) { CrashPoints.pass("store transaction committed") }
    func databaseDidRollback(_ db: Database) {}
}
