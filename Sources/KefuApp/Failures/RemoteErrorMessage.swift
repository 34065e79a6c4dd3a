import KefuCore
import KefuSync

/// A remote's refusal or failure in the reader's words, with the exit status it ends in.
public enum RemoteErrorMessage {
    /// Runs `body`, turning remote errors into failures that name the remote `name`.
    public static func translating<Result>(remote name: String, _ body: () throws -> Result) throws -> Result {
        do {
            return try body()
        } catch let error as RemoteError {
            throw failure(for: error, remote: name)
        }
    }

    /// `text` with control characters written as escapes, so a hostile target cannot rewrite the terminal.
    public static func printable(_ text: String) -> String { UnsafeCharacters.escaped(text) }

    public static func failure(for error: RemoteError, remote name: String) -> AppFailure {
        switch error {
        case .remoteMoved: AppFailure(.failure, Message(.remoteMoved, name))
        case .conflictsOpen(let count): AppFailure(.failure, Message(.pushConflictsOpen, count))
        case .locked(let holder): AppFailure(.failure, Message(.remoteLocked, holder, name))
        case .empty(let remote): AppFailure(.failure, Message(.remoteEmpty, remote))
        case .unreadable(let detail): AppFailure(.failure, Message(.remoteUnreadable, detail))
        case .git(let command, let output): AppFailure(.failure, Message(.gitFailed, command, output))
        case .pullBroughtConflicts(let count): AppFailure(.failure, Message(.pullBroughtConflicts, count))
        case .invalidTarget(let target): AppFailure(.usage, Message(.invalidRemoteTarget, printable(target)))
        case .gitRepositoryAsFolder(let path): AppFailure(.usage, Message(.remoteGitWithoutPrefix, printable(path)))
        case .notARemote(let path, let holding):
            AppFailure(.failure, Message(.remoteNotARemote, printable(path), printable(holding)))
        case .incompleteSnapshot(let file): AppFailure(.failure, Message(.remoteSnapshotIncomplete, printable(file)))
        case .tooManyDeletions(let count, let examples):
            AppFailure(.failure, Message(.remoteTooManyDeletions, count, examples.joined(separator: ", ")))
        }
    }
}
