import Foundation
import KefuCore
import KefuQuality

extension Workspace {
    /// Replays a platform's chat log through the bundle as the store holds it, into the conversation log
    /// (masked on the way, as every answer), so the report reads it: `kefu replay` and the console.
    public func replayIntoLog(_ entries: [ChatLogEntry]) throws -> [LoggedMessage] {
        try withStoreForChange { store, _ in
            let log = ConversationLog(store: store, batch: entries.count)
            let rows = try assistant(from: store).replay(entries, log: log)
            try log.flush()
            return rows
        }
    }
}
