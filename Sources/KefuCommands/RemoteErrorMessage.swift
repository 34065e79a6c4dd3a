import KefuCore
import KefuSync

/// A remote's refusal or failure in the reader's words, with the exit status it ends in.
enum RemoteErrorMessage {
    static func failure(for error: RemoteError) -> CommandFailure {
        switch error {
        case .remoteMoved(let remote): CommandFailure(.failure, Message(.remoteMoved, remote))
        case .conflictsOpen(let count): CommandFailure(.failure, Message(.pushConflictsOpen, count))
        case .locked(let holder): CommandFailure(.failure, Message(.remoteLocked, holder, "NAME"))
        case .empty(let remote): CommandFailure(.failure, Message(.remoteEmpty, remote))
        case .unreadable(let detail): CommandFailure(.failure, Message(.remoteUnreadable, detail))
        case .git(let command, let output): CommandFailure(.failure, Message(.gitFailed, command, output))
        case .pullBroughtConflicts(let count): CommandFailure(.failure, Message(.pullBroughtConflicts, count))
        }
    }

    /// Runs `body`, turning remote errors into failures; `remote` names the remote in the messages.
    static func translating<Result>(remote name: String, _ body: () throws -> Result) throws -> Result {
        do {
            return try body()
        } catch let error as RemoteError {
            switch error {
            case .remoteMoved: throw CommandFailure(.failure, Message(.remoteMoved, name))
            case .locked(let holder): throw CommandFailure(.failure, Message(.remoteLocked, holder, name))
            default: throw failure(for: error)
            }
        }
    }
}
