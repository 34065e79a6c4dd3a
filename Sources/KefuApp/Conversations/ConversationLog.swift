import Foundation
import KefuCore
import KefuStore

/// Where answered messages go for `kefu report`: the store's conversation log, written in batches of
/// `batch` rows (one transaction per message would cost a server more than the answer). Rows come
/// only from the `PersonalDataBoundary`, masked. Safe to flush from another thread (a server's signal
/// handler): the lock guards the rows not yet written.
public final class ConversationLog: @unchecked Sendable {
    private let store: Store
    private let batch: Int
    private let lock = NSLock()
    private var pending: [LoggedMessage] = []

    public init(store: Store, batch: Int = 1) {
        self.store = store
        self.batch = max(1, batch)
    }

    /// Keeps `rows`, writing them once a batch is full.
    func append(_ rows: [LoggedMessage]) throws {
        try lock.withLock {
            pending += rows
            if pending.count >= batch { try write() }
        }
    }

    /// Writes every row not yet written, in one transaction.
    public func flush() throws {
        try lock.withLock { try write() }
    }

    private func write() throws {
        guard !pending.isEmpty else { return }
        let rows = pending
        pending.removeAll()
        try store.log(rows)
    }
}
