import Foundation
import KefuCore
import KefuStore
import KefuSync

/// Where the store stands with one remote: how many items it changed since they last agreed, and the
/// remote's version now, or why it cannot be read (`kefu status` and the console's team page).
public struct RemoteStatus {
    public let remote: Remote
    public let ahead: Int
    /// The remote's current version (nil when it is gone), or the error reading it.
    public let current: Result<String?, any Error>

    /// Every remote of `store`, each read once. A remote that cannot be read says so in `current`
    /// without failing the others (a damaged kefu-remote.json once read as "up to date").
    public static func all(of workspace: Workspace, store: Store) throws -> [RemoteStatus] {
        let sync = RemoteSync(root: workspace.root, store: store, authorName: ResolvedOnce { AuthorName.resolve() })
        return try store.remotes().map { remote in
            RemoteStatus(
                remote: remote, ahead: try store.countChangedSinceBaseline(of: remote.name),
                current: Result { try sync.currentVersion(of: remote) })
        }
    }

    /// Why the remote cannot be read, in a sentence; nil when it can.
    public var unreadable: String? {
        guard case .failure(let error) = current else { return nil }
        guard let error = error as? RemoteError else { return RemoteErrorMessage.printable("\(error)") }
        return RemoteErrorMessage.failure(for: error, remote: remote.name).diagnostics.first?.message.description ?? ""
    }

    /// Whether the remote has changes the store has not pulled.
    public var isBehind: Bool {
        guard let agreed = remote.version, case .success(let now?) = current else { return false }
        return now != agreed
    }
}
