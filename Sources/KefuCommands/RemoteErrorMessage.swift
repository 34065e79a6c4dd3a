import KefuCore
import KefuSync

/// A remote's refusal or failure in the reader's words, with the exit status it ends in.
enum RemoteErrorMessage {
    /// Runs `body`, turning remote errors into failures that name the remote `name`.
    static func translating<Result>(remote name: String, _ body: () throws -> Result) throws -> Result {
        do {
            return try body()
        } catch let error as RemoteError {
            throw failure(for: error, remote: name)
        }
    }

    /// `text` with control characters written as escapes, so a hostile target cannot rewrite the terminal.
    static func printable(_ text: String) -> String {
        String(
            text.unicodeScalars.prefix(300).flatMap { scalar -> String in
                scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format
                    ? scalar.escaped(asASCII: true) : String(scalar)
            })
    }

    static func failure(for error: RemoteError, remote name: String) -> CommandFailure {
        switch error {
        case .remoteMoved: CommandFailure(.failure, Message(.remoteMoved, name))
        case .conflictsOpen(let count): CommandFailure(.failure, Message(.pushConflictsOpen, count))
        case .locked(let holder): CommandFailure(.failure, Message(.remoteLocked, holder, name))
        case .empty(let remote): CommandFailure(.failure, Message(.remoteEmpty, remote))
        case .unreadable(let detail): CommandFailure(.failure, Message(.remoteUnreadable, detail))
        case .git(let command, let output): CommandFailure(.failure, Message(.gitFailed, command, output))
        case .pullBroughtConflicts(let count): CommandFailure(.failure, Message(.pullBroughtConflicts, count))
        case .invalidTarget(let target): CommandFailure(.usage, Message(.invalidRemoteTarget, printable(target)))
        }
    }
}
