import Foundation
import KefuStore
import KefuSync

/// The assistant of a long-running bridge (`serve --stdio`, `serve --http`), rebuilt when the store's
/// items change (a `kefu sync` or `pull` in another terminal), so a bridge never needs a restart to
/// pick up new rules. Every commit writes the store's WAL file, so the store is asked for its latest
/// changeset only when its files' stat has moved: a query on every request cost 60 µs of a 220 µs answer.
/// Safe to use from many threads: one rebuild at a time, the others wait for it.
public final class AssistantReloader: @unchecked Sendable {
    private let workspace: Workspace
    private let store: Store
    private let lock = NSLock()
    private var assistant: Assistant
    private var version: Int64?
    private var files: [FileStat?]
    /// The store and its write-ahead log, whose stat any commit changes: the paths made once, since a
    /// bridge stats them for every message.
    private let watched: [String]

    public init(workspace: Workspace, store: Store) throws {
        self.workspace = workspace
        self.store = store
        watched = [workspace.storeURL.path, workspace.storeURL.path + "-wal"]
        files = watched.map(FileStat.of(path:))
        version = try store.latestChangesetID()
        assistant = try workspace.assistant(from: store)
    }

    /// The assistant for the store as it is now.
    public func current() throws -> Assistant {
        try lock.withLock {
            let stat = watched.map(FileStat.of(path:))
            guard stat != files else { return assistant }
            files = stat
            let latest = try store.latestChangesetID()
            if latest != version {
                assistant = try workspace.assistant(from: store)
                version = latest
            }
            return assistant
        }
    }
}
