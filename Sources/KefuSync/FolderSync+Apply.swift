import Foundation
import KefuBundle
import KefuCore
import KefuStore

extension FolderSync {
    /// Finishes any interrupted sync, then plans and applies a new one.
    public func run(operation: Changeset.Operation = .sync, summary: String = "kefu sync") throws -> SyncReport {
        try FolderJournal(root: root, store: store).recover()
        return try apply(try plan(), operation: operation, summary: summary)
    }

    /// Carries out `plan`: the store change, the new baseline and the journal in one transaction,
    /// then the folder's files put in place.
    public func apply(_ plan: SyncPlan, operation: Changeset.Operation = .sync, summary: String = "kefu sync") throws
        -> SyncReport
    {
        var work = SyncWork(plan: plan, root: root, store: store, author: author)
        try work.renderFolder()
        try work.writeTemporaries()
        work.dropFilesEditedMeanwhile()

        var change = StoreChange(
            changeset: Changeset(operation: operation, source: Self.source, author: author, summary: summary))
        try work.fillStoreChange(&change)
        change.pendingWrites = work.journal
        let changeset = try store.apply(change)
        try FolderJournal(root: root, store: store).complete(try store.pendingWrites())

        var report = work.report
        report.changeset = changeset
        report.warnings = plan.warnings + work.warnings
        return report
    }
}
