import KefuCore

/// Why a request to the app stops: what to tell the person, and the exit status a command ends with.
/// Thrown by the app and the commands, printed once by `CommandContext`.
public struct AppFailure: Error, Sendable {
    public let status: ExitStatus
    public let diagnostics: [Diagnostic]

    public init(_ status: ExitStatus, _ message: Message, at location: SourceLocation? = nil) {
        self.status = status
        self.diagnostics = [.error(message, at: location)]
    }

    public init(_ status: ExitStatus, diagnostics: [Diagnostic]) {
        self.status = status
        self.diagnostics = diagnostics
    }

    /// Any error as the failure a person is told about: a failure of the app as it is, located problems
    /// in the bundle as a data error, a full or failing disk as such; nil for an error kefu cannot word.
    public init?(describing error: any Error) {
        switch error {
        case let failure as AppFailure: self = failure
        case let problems as DiagnosticsError: self.init(.dataError, diagnostics: problems.diagnostics)
        case _ where DiskFailure.matches(error): self.init(.failure, Message(.diskFailed, "\(error)"))
        default: return nil
        }
    }
}
