import Foundation
import GRDB
import KefuCore

/// The local store (`.kefu/store.sqlite`): current items, every revision, changesets, baselines,
/// conflicts and shop data. One value over any GRDB writer, so tests use an in-memory database and
/// the command line a WAL-mode pool on disk.
public struct Store: Sendable {
    /// Where the store lives inside a bundle folder.
    public static let relativePath = ".kefu/store.sqlite"

    public let writer: any DatabaseWriter

    /// Wraps `writer`, bringing its schema up to date.
    public init(_ writer: any DatabaseWriter) throws {
        self.writer = writer
        try Self.migrator.migrate(writer)
    }

    /// Opens (or creates) the store file at `url` in WAL mode.
    public static func open(at url: URL) throws -> Store {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        var configuration = Configuration()
        // Another kefu (a sync while a chat runs) waits this long for the lock before "the store is busy".
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            // FULL: a committed changeset survives a power cut, not only a crash.
            try db.execute(sql: "PRAGMA synchronous = FULL")
            if CrashPoints.isArmed { db.add(transactionObserver: CommitCrashPoints(), extent: .databaseLifetime) }
        }
        return try Store(DatabasePool(path: url.path, configuration: configuration))
    }

    /// A store in memory, for tests.
    public static func inMemory() throws -> Store {
        try Store(DatabaseQueue())
    }
}
