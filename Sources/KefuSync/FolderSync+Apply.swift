import Foundation
import KefuBundle
import KefuCore
import KefuStore

extension FolderSync {
    /// Finishes any interrupted sync, then plans and applies a new one.
    public func run(operation: Changeset.Operation = .sync, summary: String = "kefu sync") throws -> SyncReport {
        try journal.recover()
        return try apply(try plan(), operation: operation, summary: summary)
    }

    /// Carries out `plan`: the store change, the new baseline and the journal in one transaction,
    /// then the folder's files put in place.
    public func apply(_ plan: SyncPlan, operation: Changeset.Operation = .sync, summary: String = "kefu sync") throws
        -> SyncReport
    {
        var work = SyncWork(plan: plan, root: root, store: store, author: author, fileCalls: fileCalls)
        try work.renderFolder()
        let changeset: Changeset?
        do {
            try work.writeTemporaries()
            work.dropFilesEditedMeanwhile()
            var change = StoreChange(
                changeset: Changeset(operation: operation, source: Self.source, author: author, summary: summary))
            try work.fillStoreChange(&change)
            change.pendingWrites = work.journal
            changeset = try store.apply(change)
        } catch {
            // Not committed, so the folder stays exactly as it was (a full disk, a failing store). A
            // commit whose flush failed may have landed all the same: then its journal names these
            // temporaries, and the next kefu puts them in place.
            if (try? store.pendingWrites())?.isEmpty == true { work.removeTemporaries() }
            throw error
        }
        try journal.complete(try store.pendingWrites())

        var report = work.report
        report.changeset = changeset
        report.warnings = plan.warnings + work.warnings
        return report
    }

    private var journal: FolderJournal { FolderJournal(root: root, store: store, fileCalls: fileCalls) }
}
