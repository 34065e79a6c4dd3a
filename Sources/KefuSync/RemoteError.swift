import Foundation

/// Why a pull or push did not happen. Nothing was changed when one of these is thrown.
public enum RemoteError: Error, Equatable, Sendable {
    /// The remote's version is not the one this store last pulled or pushed.
    case remoteMoved(remote: String)
    /// Conflicts are open; they must be resolved before pushing.
    case conflictsOpen(count: Int)
    /// Another push holds the remote's lock.
    case locked(holder: String)
    /// The remote holds no bundle yet (nothing to pull or clone).
    case empty(remote: String)
    /// The remote's manifest cannot be read.
    case unreadable(String)
    /// A git command failed.
    case git(command: String, output: String)
    /// Pulling before a retried push brought conflicts.
    case pullBroughtConflicts(count: Int)
    /// A remote's place that kefu will not hand to git or the file system: a URL git would read as an
    /// option or a command, or one holding control characters (`RemoteTarget.check`).
    case invalidTarget(String)
    /// The pull or push would delete more items than a person deletes without meaning to
    /// (`DeletionGuard`); `examples` names the first few.
    case tooManyDeletions(count: Int, examples: [String])
    /// A shared folder's snapshot does not hold what its manifest lists (a sync tool still copying, a
    /// file cut off or changed): nothing of it is read.
    case incompleteSnapshot(file: String)
    /// A first push to a folder that holds other things than a kefu remote (`holding` names one).
    case notARemote(path: String, holding: String)
    /// A folder target that is a git repository: it takes `git+` (`git+file://PATH`).
    case gitRepositoryAsFolder(String)
}
